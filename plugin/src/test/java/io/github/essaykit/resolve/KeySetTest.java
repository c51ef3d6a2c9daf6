package io.github.essaykit.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An essay's keys as the build keeps them: in order, without repeats, immutable, each key's text shared. */
class KeySetTest {

    @Test
    void keepsTheOrderFirstCitedWithoutRepeatsAndEqualsAnyOtherSetOfTheSameKeys() {
        Set<String> keys = KeySet.of(List.of("pier", "tolls", "pier", "arcade"));
        assertThat(keys).containsExactly("pier", "tolls", "arcade");
        assertThat(keys).isEqualTo(new LinkedHashSet<>(List.of("arcade", "pier", "tolls")));
        assertThat(keys.hashCode()).isEqualTo(Set.of("arcade", "pier", "tolls").hashCode());
        assertThat(keys.contains("tolls")).isTrue();
        assertThat(keys.contains("toll")).isFalse();
        assertThat(KeySet.of(List.of())).isEmpty();
    }

    @Test
    void essaysCitingOneSourceShareOneCopyOfItsKey() {
        String one = new String("marsh2016".toCharArray());
        String two = new String("marsh2016".toCharArray());
        assertThat(one).isNotSameAs(two);
        assertThat(KeySet.of(List.of(one)).iterator().next()).isSameAs(KeySet.of(Set.of(two)).iterator().next());
    }

    @Test
    void cannotBeChanged() {
        Set<String> keys = KeySet.of(List.of("pier"));
        assertThatThrownBy(() -> keys.add("tolls")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> keys.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(KeySet.of(keys)).isSameAs(keys);
    }
}
