package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.bench.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output does not depend on how many threads work on the essays, and two builds of different
 * projects in one JVM (Maven -T, the invoker, essay:serve beside a build) share no mutable state.
 */
class ParallelBuildTest {

    private static final Path DEMO = Path.of("../content/src/essays");

    @TempDir
    static Path dir;

    private static Path corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = dir.resolve("corpus");
        Corpus.writeEssaykit(corpus, 24, 150);
    }

    @Test
    void generatedCorpusIsByteIdenticalWithOneAndFourThreads() {
        Map<String, byte[]> one = build(config(corpus, "one").threads(1).build());
        Map<String, byte[]> four = build(config(corpus, "four").threads(4).build());
        assertThat(one).containsKeys("index.html", "bibliography.html", Corpus.slug(23) + ".html");
        assertSameFiles(four, one);
    }

    @Test
    void demoSiteIsByteIdenticalWithOneAndFourThreads() {
        assertSameFiles(build(config(DEMO, "demo-four").threads(4).build()), build(config(DEMO, "demo-one").threads(1).build()));
    }

    /**
     * Two builds in two styles at once, each with its page cache (the second round takes every
     * page from it): anything static and mutable (a formatter, a style, a cache) would mix them.
     */
    @Test
    void twoProjectsBuiltAtOnceGiveWhatEachGivesAlone() {
        Map<String, byte[]> demoAlone = build(config(DEMO, "demo-alone").threads(2).build());
        Map<String, byte[]> apaAlone = build(config(corpus, "apa-alone").style("apa").threads(2).build());
        BuildMemory demoCache = BuildMemory.stored(dir.resolve("demo-cache"));
        BuildMemory apaCache = BuildMemory.stored(dir.resolve("apa-cache"));

        for (int round = 1; round <= 2; round++) {
            CompletableFuture<Map<String, byte[]>> demoBeside = CompletableFuture.supplyAsync(
                    () -> build(config(DEMO, "demo-beside").threads(2).build(), demoCache));
            CompletableFuture<Map<String, byte[]>> apaBeside = CompletableFuture.supplyAsync(
                    () -> build(config(corpus, "apa-beside").style("apa").threads(2).build(), apaCache));
            assertSameFiles(demoBeside.join(), demoAlone);
            assertSameFiles(apaBeside.join(), apaAlone);
        }
        assertThat(new String(apaAlone.get("bibliography.html"))).doesNotContain("Cuban");
    }

    private static SiteConfig.Builder config(Path source, String out) {
        return SiteConfig.builder(source, dir.resolve(out));
    }

    /** Builds and reads back every file written, by path. */
    private static Map<String, byte[]> build(SiteConfig config) {
        return build(config, BuildMemory.NONE);
    }

    private static Map<String, byte[]> build(SiteConfig config, BuildMemory memory) {
        BuildResult result = SiteBuilder.build(config, memory);
        assertThat(result.diagnostics().errors()).isEmpty();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(config.outputDirectory())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(config.outputDirectory().relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(new String(actual.get(path))).as(path).isEqualTo(new String(bytes)));
    }
}
