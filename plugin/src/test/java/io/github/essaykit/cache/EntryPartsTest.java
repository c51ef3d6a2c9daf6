package io.github.essaykit.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store in parts: each item in its part, in key order; a part written when changed, and otherwise kept unread. */
class EntryPartsTest {

    @TempDir
    Path dir;

    @Test
    void itemsGoToTheirPartInKeyOrderAndOnlyChangedPartsAreWritten() {
        List<SortedMap<String, Integer>> parts = EntryParts.split(Map.of("b", 1, "a", 2, "c", 3, "d", 4), key -> key.compareTo("c") < 0 ? 0 : 15);
        assertThat(parts).hasSize(EntryParts.COUNT);
        assertThat(parts.get(0)).containsExactly(Map.entry("a", 2), Map.entry("b", 1));
        assertThat(parts.get(15)).containsExactly(Map.entry("c", 3), Map.entry("d", 4));
        assertThat(parts.subList(1, 15)).allMatch(Map::isEmpty);

        EntryParts store = new EntryParts("a store");
        assertThat(store.keys()).hasSize(EntryParts.COUNT).doesNotHaveDuplicates().isEqualTo(new EntryParts("a store").keys())
                .doesNotContainAnyElementsOf(new EntryParts("another store").keys());
        ResultCache cache = ResultCache.inFolder(dir);
        store.save(cache, 3, true, () -> "three".getBytes(StandardCharsets.UTF_8));
        store.save(cache, 4, false, () -> {
            throw new AssertionError("an unchanged part made");
        });
        cache.keepOnlyUsed();
        assertThat(ResultCache.inFolder(dir).get(store.keys().get(3))).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("three"));
        assertThat(ResultCache.inFolder(dir).get(store.keys().get(4))).isEmpty();
    }
}
