package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedIdsTest {

    @Test
    void findsExactlyTheIdsItHolds() {
        PackedIds ids = new PackedIds(List.of("ref-b", "fn1", "ref-ab", "a", "Zeta", "ref-b"));

        assertThat(List.of("a", "fn1", "ref-ab", "ref-b", "Zeta")).allMatch(ids::contains);
        assertThat(List.of("", "ref-", "ref-a", "ref-abc", "fn", "fn10", "zeta", "b")).noneMatch(ids::contains);
        assertThat(ids.all()).containsExactly("Zeta", "a", "fn1", "ref-ab", "ref-b");
    }

    @Test
    void holdsNothingWhenEmpty() {
        PackedIds ids = new PackedIds(List.of());

        assertThat(ids.contains("x")).isFalse();
        assertThat(ids.all()).isEmpty();
    }
}
