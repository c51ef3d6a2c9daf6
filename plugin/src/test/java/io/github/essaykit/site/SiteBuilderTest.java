package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    @TempDir
    Path dir;

    private Path essays() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/essays/deep"));
        Files.writeString(src.getParent().resolve("first.md"), """
                ---
                title: First
                date: 2024-01-02
                ---
                # Start

                See [the second](deep/second.md#more)[^n] and [](deep/second.md).

                [^n]: A note.
                """);
        Files.writeString(src.resolve("second.md"), """
                ---
                title: Second
                date: 2024-05-06
                ---
                ## More

                Back to [the first](../first.md).
                """);
        return src.getParent();
    }

    @Test
    void buildsPagesWithRelativeLinksAtEveryDepth() throws Exception {
        Path out = dir.resolve("out");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(essays(), out));
        assertThat(result.diagnostics().all()).isEmpty();
        Document first = Jsoup.parse(out.resolve("first.html"));
        assertThat(first.select("a.essay-link").eachAttr("href")).containsExactly("deep/second.html#more", "deep/second.html");
        assertThat(first.select("a.essay-link").last().text()).isEqualTo("Second");
        Document second = Jsoup.parse(out.resolve("deep/second.html"));
        assertThat(second.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("../assets/essaykit.css");
        assertThat(second.selectFirst("a.essay-link").attr("href")).isEqualTo("../first.html");
        assertThat(Jsoup.parse(out.resolve("index.html")).select(".essay-list a").eachAttr("href"))
                .containsExactly("deep/second.html", "first.html");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws Exception {
        Path src = essays();
        SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("a")));
        SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("b")));
        assertThat(contents(dir.resolve("a"))).isEqualTo(contents(dir.resolve("b")));
    }

    @Test
    void errorsAreCollectedAndNothingIsWritten() throws Exception {
        Path src = essays();
        Files.writeString(src.resolve("bad.md"), "---\ntitle: Bad\n---\n[x](nowhere.md) and [y](first.md#nope)[^q]\n");
        Path out = dir.resolve("out");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(result.diagnostics().errors()).extracting(Diagnostic::toString).containsExactly(
                "bad.md:4:1: error: link to 'nowhere.md', which is not an essay of this site",
                "bad.md:4:21: error: link to 'first.md#nope', but that essay has no heading or label 'nope'",
                "bad.md:4:39: error: note [^q] has no definition; add a line '[^q]: The note.'");
        assertThat(out).doesNotExist();
    }

    private static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
