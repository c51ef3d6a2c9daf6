package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackedIdsTest {

    @Test
    void findsExactlyTheIdsItHolds() {
        PackedIds ids = new PackedIds(List.of("ref-b", "fn1", "ref-ab", "a", "Zeta", "ref-b"));

        assertThat(List.of("a", "fn1", "ref-ab", "ref-b", "Zeta")).allMatch(ids::contains);
        assertThat(List.of("", "ref-", "ref-a", "ref-abc", "fn", "fn10", "zeta", "b")).noneMatch(ids::contains);
        assertThat(ids.hashes()).hasSize(5);
    }

    /** Ids of one {@code String.hashCode} ("Aa" and "BB", "AaAa", "AaBB", "BBAa" and "BBBB") are each found, and only they. */
    @Test
    void findsIdsThatShareAStringHash() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        PackedIds ids = new PackedIds(List.of("AaAa", "BBBB", "AaBB", "x", "Aa"));

        assertThat(List.of("AaAa", "BBBB", "AaBB", "x", "Aa")).allMatch(ids::contains);
        assertThat(List.of("BBAa", "BB", "AaA", "Aa ")).noneMatch(ids::contains);
        assertThat(new PackedIds(ids.hashes())).isEqualTo(ids);
    }

    /** The ids a generated site holds by the hundred thousand, each its own hash. */
    @Test
    void givesEachOfManySimilarIdsItsOwnHash() {
        Set<Long> hashes = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            hashes.add(PackedIds.hash("fn" + i));
            hashes.add(PackedIds.hash("ref-smith" + i));
            hashes.add(PackedIds.hash("sec-" + Integer.toString(i, 36)));
        }
        assertThat(hashes).hasSize(600_000);
    }

    /** Ids read back as written, or refused: a lookup in hashes out of their order would miss. */
    @Test
    void refusesIdsOutOfOrder() {
        PackedIds ids = new PackedIds(List.of("a", "b", "c"));
        assertThat(new PackedIds(ids.hashes()).contains("b")).isTrue();
        assertThat(new PackedIds(ids.hashes()).digest()).isEqualTo(ids.digest());
        assertThatThrownBy(() -> new PackedIds(new long[] {3, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PackedIds(new long[] {2, 2})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hasTheDigestOfItsIdsInAnyOrder() {
        assertThat(new PackedIds(List.of("a", "b")).digest()).isEqualTo(new PackedIds(List.of("b", "a", "b")).digest())
                .isNotEqualTo(new PackedIds(List.of("a", "c")).digest());
    }

    @Test
    void holdsNothingWhenEmpty() {
        PackedIds ids = new PackedIds(List.of());

        assertThat(ids.contains("x")).isFalse();
        assertThat(ids.contains("")).isFalse();
    }
}
