package io.github.essaykit.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
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

    @Test
    void inAFolderEntriesOfEarlierBuildsReadBackWithOrWithoutTheIndex() throws IOException {
        Path folder = dir.resolve("cache");
        ResultCache first = ResultCache.inFolder(folder);
        first.put("a", bytes("one"));
        first.put("b", new byte[0]);
        first.keepOnlyUsed(); // writes the index
        ResultCache second = ResultCache.inFolder(folder);
        second.put("c", bytes("three")); // a build stopped before it kept anything: no index of c
        assertThat(ResultCache.inFolder(folder).get("a")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("one")));
        assertThat(ResultCache.inFolder(folder).get("b")).hasValueSatisfying(v -> assertThat(v).isEmpty());
        assertThat(ResultCache.inFolder(folder).get("c")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("three")));
        assertThat(ResultCache.inFolder(folder).keys()).containsExactly("a", "b", "c");
        assertThat(Files.list(folder).map(f -> f.getFileName().toString()).sorted().toList())
                .as("one pack and its index, not a file an entry").containsExactly("entries.index", "entries.pack");
    }

    @Test
    void aBuildKeepsOnlyWhatItUsedAndDeletesOnlyItsOwnFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cache"));
        Path legacy = Files.writeString(folder.resolve("0".repeat(64) + ".entry"), "essaykit-cache 2\n"); // the format before
        Path foreign = Files.writeString(folder.resolve("notes.txt"), "not ours");
        ResultCache first = ResultCache.inFolder(folder);
        first.put("old", bytes("old"));
        first.put("kept", bytes("kept"));
        first.keepOnlyUsed();
        ResultCache second = ResultCache.inFolder(folder);
        assertThat(second.get("kept")).isPresent();
        second.put("new", bytes("new"));
        second.keepOnlyUsed();
        assertThat(ResultCache.inFolder(folder).keys()).containsExactly("kept", "new");
        assertThat(legacy).doesNotExist();
        assertThat(foreign).hasContent("not ours");
    }

    @Test
    void aTornOrDamagedRecordReadsAsAbsentAndTheRestStays() throws IOException {
        Path folder = dir.resolve("cache");
        ResultCache cache = ResultCache.inFolder(folder);
        cache.put("whole", bytes("whole"));
        cache.put("flipped", bytes("flipped"));
        cache.put("torn", bytes("x".repeat(1000)));
        Path pack = folder.resolve("entries.pack");
        byte[] written = Files.readAllBytes(pack);
        Files.write(pack, Arrays.copyOf(written, written.length - 500)); // stopped mid-write
        CacheEntries.damage(folder, "flipped");
        ResultCache next = ResultCache.inFolder(folder);
        assertThat(next.get("torn")).isEmpty();
        assertThat(next.get("flipped")).isEmpty();
        assertThat(next.get("whole")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("whole")));
        next.put("after", bytes("after")); // appended where the torn record began, so the walk finds it
        assertThat(ResultCache.inFolder(folder).get("after")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("after")));
        assertThat(ResultCache.inFolder(folder).get("whole")).isPresent();
    }

    @Test
    void anIndexOfAnotherPackIsIgnoredAndItsRecordsFoundByWalking() throws IOException {
        ResultCache other = ResultCache.inFolder(dir.resolve("other"));
        other.put("a", bytes("from the other folder"));
        other.keepOnlyUsed();
        Path folder = dir.resolve("cache");
        ResultCache cache = ResultCache.inFolder(folder);
        cache.put("a", bytes("mine"));
        cache.put("b", bytes("mine too"));
        cache.keepOnlyUsed();
        Files.copy(dir.resolve("other/entries.index"), folder.resolve("entries.index"), StandardCopyOption.REPLACE_EXISTING);
        ResultCache next = ResultCache.inFolder(folder);
        assertThat(next.get("a")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("mine")));
        assertThat(next.get("b")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("mine too")));
        Files.writeString(folder.resolve("entries.index"), "garbage");
        assertThat(ResultCache.inFolder(folder).get("b")).isPresent();
        Files.writeString(folder.resolve("entries.pack"), "not a pack");
        assertThat(ResultCache.inFolder(folder).get("b")).isEmpty();
        ResultCache anew = ResultCache.inFolder(folder);
        anew.put("c", bytes("c"));
        assertThat(ResultCache.inFolder(folder).get("c")).isPresent();
    }

    @Test
    void aPackOfMostlyDeadEntriesIsCompacted() throws IOException {
        Path folder = dir.resolve("cache");
        byte[] large = new byte[1 << 20];
        for (int build = 0; build < 40; build++) {
            ResultCache cache = ResultCache.inFolder(folder);
            cache.get("stays");
            if (build == 0) {
                cache.put("stays", bytes("stays"));
            }
            large[build] = 1;
            cache.put("edited", large); // a megabyte a build, the last one's kept
            cache.keepOnlyUsed();
        }
        assertThat(Files.size(folder.resolve("entries.pack"))).as("live 1 MB, at most 16 MB dead on top of twice that")
                .isLessThan(19L << 20);
        ResultCache next = ResultCache.inFolder(folder);
        assertThat(next.get("stays")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("stays")));
        assertThat(next.get("edited")).hasValueSatisfying(v -> assertThat(v).isEqualTo(large));
        assertThat(next.keys()).containsExactly("edited", "stays");
    }

    @Test
    void twoCachesOfOneFolderAppendingInTurnLoseNothing() {
        Path folder = dir.resolve("cache");
        ResultCache a = ResultCache.inFolder(folder);
        ResultCache b = ResultCache.inFolder(folder);
        a.put("a1", bytes("a1"));
        b.put("b1", bytes("b1")); // b opened the pack after a wrote to it: appends after a's record
        a.put("a2", bytes("a2"));
        for (String key : List.of("a1", "b1", "a2")) {
            assertThat(ResultCache.inFolder(folder).get(key)).as(key).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes(key)));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
