package io.github.essaykit.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values by key: in memory the value itself is kept (no bytes read back); in a folder the bytes, read back each run. */
class ResultCacheTest {

    @TempDir
    Path dir;

    private final AtomicInteger reads = new AtomicInteger();
    private final Function<byte[], List<String>> read = bytes -> {
        reads.incrementAndGet();
        return List.of(new String(bytes, StandardCharsets.UTF_8));
    };

    @Test
    void inMemoryTheValuePutIsTheValueGotWithoutReadingBytes() {
        ResultCache cache = ResultCache.inMemory();
        List<String> value = List.of("page");
        cache.put("k", () -> {
            throw new AssertionError("no bytes are made in memory");
        }, value);
        assertThat(cache.get("k", read)).containsSame(value);
        assertThat(reads).hasValue(0);
    }

    @Test
    void inMemoryBytesPutAloneAreReadOnceAndTheValueKept() {
        ResultCache cache = ResultCache.inMemory();
        cache.put("k", "page".getBytes(StandardCharsets.UTF_8));
        List<String> first = cache.get("k", read).orElseThrow();
        assertThat(first).containsExactly("page");
        assertThat(cache.get("k", read)).containsSame(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void inAFolderEveryGetReadsTheStoredBytes() {
        ResultCache cache = ResultCache.inFolder(dir.resolve("cache"));
        cache.put("k", () -> "page".getBytes(StandardCharsets.UTF_8), List.of("ignored"));
        ResultCache next = ResultCache.inFolder(dir.resolve("cache")); // the next run
        assertThat(next.get("k", read)).contains(List.of("page"));
        assertThat(next.get("k", read)).contains(List.of("page"));
        assertThat(reads).hasValue(2);
        assertThat(ResultCache.NONE.get("k", read)).isEmpty();
    }

    @Test
    void inMemoryAnEntryNotUsedByABuildIsForgotten() {
        ResultCache cache = ResultCache.inMemory();
        cache.put("old", () -> new byte[0], List.of("old"));
        cache.keepOnlyUsed();
        cache.put("new", () -> new byte[0], List.of("new"));
        cache.keepOnlyUsed();
        assertThat(cache.get("old", read)).isEmpty();
        assertThat(cache.get("new", read)).contains(List.of("new"));
    }
}
