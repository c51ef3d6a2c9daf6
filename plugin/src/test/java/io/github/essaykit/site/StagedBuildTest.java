package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.write.SiteFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes each page to the staging folder as soon as it is finished (SiteWriter.Staging),
 * not after the whole site is in memory; the site it leaves must be the same as ever: the bytes
 * essay:check computes, and the old site whole when an error shows only once pages were written.
 */
class StagedBuildTest {

    @TempDir
    Path dir;

    private Path essays() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("sources.bib"), "@book{doe, author = {Doe, Jane}, title = {Tapes}, year = {2001}, publisher = {P}}\n");
        for (int i = 0; i < 12; i++) {
            Files.writeString(src.resolve("e" + i + ".md"), "---\ntitle: Essay " + i + "\ndate: 2024-01-" + (10 + i)
                    + "\n---\n## Part {#sec-part}\n\nAs heard [@doe, " + (i + 1) + "] and in [the next](e" + ((i + 1) % 12)
                    + ".md#sec-part).[^n]\n\n[^n]: A note on @sec-part.\n");
        }
        return src;
    }

    @Test
    void theWrittenSiteHoldsTheBytesTheCheckComputes() throws IOException {
        Path src = essays();
        Path out = dir.resolve("out");
        BuildResult built = SiteBuilder.build(SiteConfig.builder(src, out).threads(3).build());
        BuildResult checked = SiteBuilder.compile(SiteConfig.defaults(src, dir.resolve("unused")));
        assertThat(built.diagnostics().all()).isEmpty();
        assertThat(built.files().all().keySet()).isEqualTo(checked.files().all().keySet()).contains("e0.html", "e11.html",
                "index.html", "bibliography.html", "assets/essaykit.css");
        Map<String, String> computed = new TreeMap<>();
        checked.files().all().forEach((path, content) -> computed.put(path, text(content)));
        assertThat(tree(out)).isEqualTo(computed);
        // what build returns names the written files
        assertThat(text(built.files().all().get("e3.html"))).isEqualTo(computed.get("e3.html"));
        assertThat(dir.resolve("unused")).doesNotExist();
    }

    @Test
    void anErrorFoundAfterPagesWereWrittenLeavesTheOldSiteAndNoStagingFolder() throws IOException {
        Path src = essays();
        Path out = dir.resolve("out");
        assertThat(SiteBuilder.build(SiteConfig.defaults(src, out)).ok()).isTrue();
        Map<String, String> before = tree(out);
        // a fragment of the page itself is checked in the finished HTML, after every essay page is staged
        Files.writeString(src.resolve("e5.md"), "---\ntitle: Essay 5, edited\n---\n## Part {#sec-part}\n\nSee [below](#nowhere).\n");
        Files.writeString(src.resolve("e12.md"), "---\ntitle: A new essay\n---\nNew text.\n");

        BuildResult failed = SiteBuilder.build(SiteConfig.builder(src, out).threads(2).build());

        assertThat(failed.ok()).isFalse();
        assertThat(failed.files()).isNull();
        assertThat(failed.diagnostics().errors()).extracting(Diagnostic::toString)
                .containsExactly("e5.md:6:5: error: link '#nowhere' names no element of this essay; link to a heading, label or id of it");
        assertThat(tree(out)).isEqualTo(before);
        assertThat(out.resolve(".essaykit-staging")).doesNotExist();
    }

    @Test
    void aFirstBuildThatFailsAfterStagingCreatesNoOutputFolder() throws IOException {
        Path src = essays();
        Files.writeString(src.resolve("e5.md"), "---\ntitle: Essay 5\n---\nSee [below](#nowhere).\n");
        Path out = dir.resolve("site/out");
        Files.createDirectories(out.getParent());

        assertThat(SiteBuilder.build(SiteConfig.defaults(src, out)).ok()).isFalse();

        assertThat(out).doesNotExist();
    }

    private static String text(SiteFiles.Content content) {
        if (content instanceof SiteFiles.Bytes bytes) {
            return new String(bytes.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (InputStream in = ((SiteFiles.Copy) content).open()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(".essaykit")) {
                    files.put(rel, Files.readString(p));
                }
            }
        }
        return files;
    }
}
