package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in the inputs as a careless user makes them: each reported once, at file:line:col. */
class InputMessagesTest {

    @TempDir
    Path dir;

    private Path essays() throws Exception {
        return Files.createDirectories(dir.resolve("essays"));
    }

    private List<String> problems(SiteConfig config) {
        return SiteBuilder.compile(config).diagnostics().all().stream().map(Diagnostic::toString).toList();
    }

    private List<String> problems(Path src) {
        return problems(SiteConfig.defaults(src, dir.resolve("out")));
    }

    private static SiteConfig withTemplates(Path src, Path out, Path templates) {
        return SiteConfig.builder(src, out).templateDirectory(templates).build();
    }

    @Test
    void aLatin1EssayIsOneErrorAtTheBadByte() throws Exception {
        Path src = essays();
        Files.write(src.resolve("cafe.md"), "---\ntitle: Caf\u00e9s\n---\n".getBytes(StandardCharsets.UTF_8));
        Files.write(src.resolve("harbour.md"), "---\ntitle: Harbour\n---\n\nOne.\nThe caf\u00e9.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems(src)).containsExactly("harbour.md:6:8: error: byte 0xE9 is not valid UTF-8 text; save the file"
                + " as UTF-8, or set project.build.sourceEncoding (or -Dessay.encoding=...) to the encoding it is saved in");
    }

    @Test
    void aLatin1CslFileIsOneErrorAtTheBadByte() throws Exception {
        Path src = essays();
        Files.writeString(src.resolve("e.md"), "---\ntitle: E\n---\n[@a]\n");
        Files.write(src.resolve("sources.json"), "[\n  {\"id\": \"a\", \"type\": \"book\",\n   \"title\": \"Caf\u00e9\"}\n]\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems(src)).containsExactly(
                "sources.json:3:17: error: byte 0xE9 is not valid UTF-8 text; save the file as UTF-8");
    }

    @Test
    void aLatin1StyleFileIsOneErrorAtTheBadByte() throws Exception {
        Path src = essays();
        Files.writeString(src.resolve("e.md"), "---\ntitle: E\n---\nText.\n");
        Files.write(src.resolve("house.csl"), "<?xml version=\"1.0\"?>\n<style>\n<!-- caf\u00e9 -->\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        SiteConfig config = SiteConfig.builder(src, dir.resolve("out")).style("house.csl").build();
        assertThat(problems(config)).containsExactly("house.csl:3:9: error: byte 0xE9 is not valid UTF-8 text; save the file"
                + " as UTF-8; set the style or locale parameter (-Dessay.style, -Dessay.locale)");
    }

    @Test
    void anEmptySourceFileIsOneWarningNotAParserError() throws Exception {
        Path src = essays();
        Files.writeString(src.resolve("e.md"), "---\ntitle: E\n---\nText.\n");
        Files.writeString(src.resolve("sources.json"), "  \n");
        Files.writeString(src.resolve("sources.yaml"), "");
        assertThat(problems(src)).containsExactly(
                "sources.json: warning: the file is empty, so it adds no sources; add sources or remove the file",
                "sources.yaml: warning: the file is empty, so it adds no sources; add sources or remove the file");
    }

    @Test
    void crOnlyAndCrlfEssaysBuildLikeTheirLfTwin() throws Exception {
        String lf = "---\ntitle: Harbours\n---\n\n## Cranes\n\nText [@nobody].\n";
        for (String ending : List.of("\n", "\r\n", "\r")) {
            Path src = Files.createDirectories(dir.resolve("e" + ending.length() + ending.charAt(0)));
            Files.writeString(src.resolve("e.md"), lf.replace("\n", ending));
            assertThat(problems(src)).containsExactly(
                    "e.md:7:7: error: unknown citation key 'nobody'; add it to a bibliography file or fix the key");
        }
    }

    @Test
    void aBibliographyFolderWhereAFileIsExpectedSaysSo() throws Exception {
        Path src = essays();
        Files.writeString(src.resolve("e.md"), "---\ntitle: E\nbibliography: refs\n---\nText.\n");
        Files.createDirectories(src.resolve("refs"));
        assertThat(problems(src)).containsExactly(
                "e.md:3:1: error: bibliography file 'refs' is a folder, not a file (paths are relative to the essay)");
    }

    @Test
    void aHeadingThatLooksLikeANoteIdGetsItsOwnId() throws Exception {
        Path src = essays();
        Files.writeString(src.resolve("e.md"), "---\ntitle: E\n---\n\n# Fn 1\n\n# Fn\n\n# Fn\n\n# Notes\n\nText[^a] [see @x].\n\n"
                + "[^a]: A note.\n");
        Files.writeString(src.resolve("sources.yaml"), "- id: x\n  type: book\n  title: X\n");
        Path out = dir.resolve("out");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(result.diagnostics().all()).isEmpty();
        Document page = Jsoup.parse(out.resolve("e.html"));
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates().contains("fn-1", "fnref-1", "notes", "cite-1", "ref-x");
        assertThat(page.select(".essay-body h1").eachAttr("id")).containsExactly("section-fn-1", "fn", "section-fn-2", "section-notes");
    }

    @Test
    void aLabelInAnIdSchemeEssaykitKeepsIsAnErrorAtTheLabel() throws Exception {
        Path src = essays();
        Files.writeString(src.resolve("e.md"), "---\ntitle: E\n---\n\n## Sources {#ref-smith}\n\n## Main {#main}\n\nText.\n");
        assertThat(problems(src)).containsExactly(
                "e.md:5:12: error: label 'ref-smith' has the form essaykit keeps for the ids of bibliography entries (ref-key);"
                        + " choose another label (ids must be unique in the page)",
                "e.md:7:9: error: label 'main' is the id of the page's own 'main' element; choose another label"
                        + " (ids must be unique in the page)");
    }

    @Test
    void rawHtmlRepeatingAnIdIsOneErrorAtTheSecondId() throws Exception {
        Path src = essays();
        Files.writeString(src.resolve("e.md"), "---\ntitle: E\n---\n\n<div id=\"x\">a</div>\n\nText <span id=\"x\">b</span>"
                + " <a id=\"fn-1\">c</a>[^n].\n\n[^n]: Note.\n");
        assertThat(problems(src)).containsExactly(
                "e.md:7:16: error: id 'x' is already the id of the raw HTML at line 5; change this id (ids must be unique in the page)",
                "e.md:7:35: error: id 'fn-1' has the form essaykit keeps for the ids of notes (fn-1); change this id"
                        + " (ids must be unique in the page)");
    }

    @Test
    void aHeadingStepsAroundAnIdOfRawHtml() throws Exception {
        Path src = essays();
        Files.writeString(src.resolve("e.md"), "---\ntitle: E\n---\n\n# Intro\n\n<p id=\"intro\">Raw.</p>\n\n[Up](#intro)\n");
        Path out = dir.resolve("out");
        assertThat(SiteBuilder.build(SiteConfig.defaults(src, out)).diagnostics().all()).isEmpty();
        Document page = Jsoup.parse(out.resolve("e.html"));
        assertThat(page.select(".essay-body h1").eachAttr("id")).containsExactly("intro-1");
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void aTemplateMistakeIsOneErrorAtTheTemplateLineAndWritesNothing() throws Exception {
        Path src = essays();
        Files.writeString(src.resolve("a.md"), "---\ntitle: A\n---\nText.\n");
        Files.writeString(src.resolve("b.md"), "---\ntitle: B\n---\nText.\n");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("essay.mustache"), "{{<layout}}{{$content}}\n<h1>{{titel}}</h1>\n{{/content}}{{/layout}}\n");
        Path out = dir.resolve("out");
        BuildResult result = SiteBuilder.build(withTemplates(src, out, templates));
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                templates.toAbsolutePath().normalize().toString().replace('\\', '/') + "/essay.mustache:2:5: error: template variable"
                        + " 'titel' is not defined (did you mean 'title'?); use a name the page provides, or remove the tag");
        assertThat(out).doesNotExist();
    }
}
