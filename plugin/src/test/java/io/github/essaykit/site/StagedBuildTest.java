package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are written into the staging folder as they are finished, but an error the build finds
 * only after that (the link check reads the finished pages) still leaves the output folder as
 * the build before left it, byte for byte, with no staging folder; and a first build that fails
 * so leaves no output folder at all.
 */
class StagedBuildTest {

    @TempDir
    Path dir;

    private Path essays() throws Exception {
        Path src = Files.createDirectories(dir.resolve("essays"));
        for (int i = 1; i <= 6; i++) {
            Files.writeString(src.resolve("essay-" + i + ".md"), "---\ntitle: Essay " + i + "\ndate: 2024-01-0" + i
                    + "\n---\nText of essay " + i + ".\n");
        }
        return src;
    }

    /** An error only the link check finds, on a finished page: a link in the author's HTML to no file of the site. */
    private static void breakAfterRendering(Path src) throws Exception {
        Files.writeString(src.resolve("essay-3.md"), "---\ntitle: Essay 3, edited\ndate: 2024-01-03\n---\n"
                + "New text.\n\n<a href=\"nowhere.html\">a</a>\n");
        Files.writeString(src.resolve("essay-5.md"), "---\ntitle: Essay 5, edited\ndate: 2024-01-05\n---\nNew text.\n");
    }

    @Test
    void anErrorFoundAfterThePagesAreWrittenLeavesTheOldSiteByteIdentical() throws Exception {
        Path src = essays();
        Path out = dir.resolve("site");
        for (int threads : new int[] {1, 3}) {
            SiteConfig config = SiteConfig.builder(src, out).threads(threads).build();
            assertThat(SiteBuilder.build(config).ok()).isTrue();
            Map<String, byte[]> before = tree(out);
            breakAfterRendering(src);

            BuildResult failed = SiteBuilder.build(config);

            assertThat(failed.ok()).isFalse();
            assertThat(failed.diagnostics().errors()).extracting(Diagnostic::message)
                    .anyMatch(m -> m.contains("link 'nowhere.html' leads to no file of the site"));
            assertThat(equal(tree(out), before)).as("the output folder after the failed build").isTrue();
            assertThat(out.resolve(".essaykit-staging")).doesNotExist();
            essays(); // the essays as they were, for the next thread count
        }
    }

    @Test
    void aFirstBuildThatFailsAfterRenderingLeavesNoOutputFolder() throws Exception {
        Path src = essays();
        breakAfterRendering(src);
        Path out = dir.resolve("target/site");
        BuildResult failed = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(failed.diagnostics().hasErrors()).isTrue();
        assertThat(out).doesNotExist();
    }

    @Test
    void aBuildKeepsOnlyPathsAndWritesOnlyChangedFiles() throws Exception {
        Path src = essays();
        Path out = dir.resolve("site");
        BuildResult first = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(first.site().paths()).contains("essay-1.html", "index.html", "bibliography.html");
        assertThat(first.work().written()).isEqualTo(first.site().paths().size());
        Files.writeString(src.resolve("essay-2.md"), "---\ntitle: Essay 2\ndate: 2024-01-02\n---\nEdited text.\n");
        BuildResult second = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(second.work().written()).isEqualTo(1); // essay-2.html: its title, so the index, is the same
        assertThat(out.resolve("essay-2.html")).content().contains("Edited text.");
    }

    private static Map<String, byte[]> tree(Path root) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static boolean equal(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }
}
