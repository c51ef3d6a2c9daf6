package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortedPathsTest {

    @Test
    void isTheSetOfThePathsGiven() {
        Set<String> paths = SortedPaths.of(List.of("b.html", "a/index.html", "b.html", "timeline.svg"));

        assertThat(paths).isEqualTo(Set.of("a/index.html", "b.html", "timeline.svg")).hasSize(3);
        assertThat(paths).containsExactly("a/index.html", "b.html", "timeline.svg");
        assertThat(paths.contains("b.htm")).isFalse();
        assertThat(paths.contains(42)).isFalse();
        assertThat(SortedPaths.of(paths)).isSameAs(paths);
        assertThat(SortedPaths.of(List.of())).isEmpty();
    }
}
