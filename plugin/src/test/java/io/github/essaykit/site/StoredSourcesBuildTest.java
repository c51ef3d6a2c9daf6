package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.cache.CacheEntries;
import io.github.essaykit.cache.ResultCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An essay:build in a new JVM takes each unchanged bibliography file's sources from the cache
 * folder, and every page made from them has the bytes of a build that parsed them.
 */
class StoredSourcesBuildTest {

    private static final Path SITE = Path.of("src/test/resources/cases/citations-site/essays");

    @TempDir
    Path dir;

    @Test
    void pagesMadeFromCachedSourcesAreThoseOfACleanBuild() throws IOException {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        try (Stream<Path> files = Files.list(SITE)) {
            for (Path file : files.toList()) {
                Files.copy(file, essays.resolve(file.getFileName()));
            }
        }
        Path cache = dir.resolve("cache");
        SiteConfig config = SiteConfig.builder(essays, dir.resolve("out")).build();
        assertThat(SiteBuilder.build(config, BuildMemory.stored(cache)).ok()).isTrue();

        // only the sources kept: a build that parsed a file again would store its entry anew
        Path sourcesOnly = dir.resolve("sources-only");
        ResultCache kept = ResultCache.inFolder(sourcesOnly);
        CacheEntries.read(cache).forEach((key, value) -> {
            if (new String(value, StandardCharsets.ISO_8859_1).contains("source file 2")) {
                kept.put(key, value);
            }
        });
        kept.keepOnlyUsed();
        List<String> sourceEntries = CacheEntries.records(sourcesOnly);
        assertThat(sourceEntries).as("sources.bib and local.json").hasSize(2);

        BuildResult fromCache = SiteBuilder.build(config, BuildMemory.stored(sourcesOnly));
        assertThat(CacheEntries.records(sourcesOnly)).as("read, not parsed and stored again").doesNotHaveDuplicates()
                .containsAll(sourceEntries);
        BuildResult clean = SiteBuilder.build(SiteConfig.builder(essays, dir.resolve("clean")).build());
        assertThat(fromCache.ok()).isTrue();
        assertThat(fromCache.diagnostics()).isEqualTo(clean.diagnostics());
        Map<String, String> expected = IncrementalBuildTest.files(dir.resolve("clean"));
        Map<String, String> actual = IncrementalBuildTest.files(dir.resolve("out"));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet()).contains("bibliography.html");
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }
}
