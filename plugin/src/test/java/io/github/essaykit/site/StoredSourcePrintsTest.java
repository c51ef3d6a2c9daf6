package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.cache.CacheEntries;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources' prints of a library are read back by the next build of the same library, and by no other. */
class StoredSourcePrintsTest {

    @TempDir
    Path dir;

    private SourceLibrary library(ResultCache cache, String year) throws Exception {
        Path bib = Files.writeString(dir.resolve("sources.bib"), "@book{adams, author = {Adams, Ann}, title = {A}, year = {" + year + "}}\n");
        return SourceLoader.create(dir, cache).load(List.of(bib)).library();
    }

    @Test
    void aBuildOfTheSameLibraryReadsThePrintsAndNoOtherDoes() throws Exception {
        Path folder = dir.resolve("cache");
        SourceLibrary library = library(ResultCache.inFolder(folder), "2001");
        StoredSourcePrints first = StoredSourcePrints.of(ResultCache.inFolder(folder), library, new ConcurrentHashMap<>());
        assertThat(first.prints()).isEmpty();
        first.prints().put("adams", "print of adams");
        first.prints().put("\u0000site\u0000adams", "key of a list of downloads"); // prints the site's settings: not kept
        first.save();

        Map<String, String> again = StoredSourcePrints.of(ResultCache.inFolder(folder), library(ResultCache.inFolder(folder), "2001"),
                new ConcurrentHashMap<>()).prints();
        assertThat(again).containsExactly(Map.entry("adams", "print of adams"));
        // the file edited: another library, printed afresh
        assertThat(StoredSourcePrints.of(ResultCache.inFolder(folder), library(ResultCache.inFolder(folder), "2002"),
                new ConcurrentHashMap<>()).prints()).isEmpty();
        // a library made in code has no print; a session's memory keeps its own map
        assertThat(StoredSourcePrints.of(ResultCache.inFolder(folder), SourceLibrary.of(library.sources()), new ConcurrentHashMap<>())
                .prints()).isEmpty();
        assertThat(StoredSourcePrints.of(ResultCache.inMemory(), library, new ConcurrentHashMap<>()).prints()).isEmpty();

        // a damaged entry reads as none
        for (String key : CacheEntries.read(folder).keySet()) {
            CacheEntries.put(folder, key, "source prints 1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(StoredSourcePrints.of(ResultCache.inFolder(folder), library(ResultCache.inFolder(folder), "2001"),
                new ConcurrentHashMap<>()).prints()).isEmpty();
    }
}
