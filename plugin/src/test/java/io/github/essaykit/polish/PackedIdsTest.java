package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** Ids of one hash ("Aa" and "BB", "AaAa", "AaBB", "BBAa" and "BBBB") are each found, and only they. */
    @Test
    void findsIdsThatShareAHash() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        PackedIds ids = new PackedIds(List.of("AaAa", "BBBB", "AaBB", "x", "Aa"));

        assertThat(List.of("AaAa", "BBBB", "AaBB", "x", "Aa")).allMatch(ids::contains);
        assertThat(List.of("BBAa", "BB", "AaA", "Aa ")).noneMatch(ids::contains);
        assertThat(ids.all()).containsExactly("Aa", "AaAa", "AaBB", "BBBB", "x");
        assertThat(new PackedIds(ids.packed(), ids.ends(), ids.hashes())).isEqualTo(ids);
    }

    /** Ids read back as written, or refused: a lookup in ids out of their order would miss. */
    @Test
    void refusesIdsOutOfOrder() {
        PackedIds ids = new PackedIds(List.of("a", "b", "c"));
        assertThat(new PackedIds(ids.packed(), ids.ends(), ids.hashes()).all()).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> new PackedIds("abc", new int[] {1, 2, 3}, new int[] {98, 97, 99}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PackedIds("abc", new int[] {2, 1, 3}, new int[] {97, 98, 99}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PackedIds("abc", new int[] {1, 2, 4}, new int[] {97, 98, 99}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holdsNothingWhenEmpty() {
        PackedIds ids = new PackedIds(List.of());

        assertThat(ids.contains("x")).isFalse();
        assertThat(ids.all()).isEmpty();
    }
}
