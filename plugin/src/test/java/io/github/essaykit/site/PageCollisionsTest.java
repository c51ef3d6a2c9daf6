package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.polish.LinkCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No essay is silently dropped or shadowed; names with spaces and any script work. */
class PageCollisionsTest {

    @TempDir
    Path dir;

    private Path src;

    private void essay(String name, String title, String body) throws Exception {
        src = dir.resolve("essays");
        Path file = src.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + title + "\n---\n" + body + "\n");
    }

    private BuildResult build() {
        return SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("site")));
    }

    @Test
    void essaysNamedLikeTheSitesOwnPagesAreErrors() throws Exception {
        essay("index.md", "Start here", "Hello.");
        essay("bibliography.md", "Reading list", "Books.");
        essay("notes/index.md", "Notes", "A folder's index is its own page.");
        BuildResult result = build();
        assertThat(result.ok()).isFalse();
        assertThat(result.diagnostics().errors()).extracting(Diagnostic::toString).containsExactly(
                "bibliography.md: error: would be written to bibliography.html, which is the site's bibliography page; "
                        + "rename this file",
                "index.md: error: would be written to index.html, which is the site's index page; rename this file");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void essaysNamedLikeASourcesPageOrALaterIndexPageAreErrors() throws Exception {
        for (int i = 1; i <= 50; i++) {
            essay("log-" + i + ".md", "Log " + i, "Entry.");
        }
        essay("page/2.md", "Second page", "Mine.");
        essay("bibliography/pier.md", "On piers", "Mine too.");
        Files.writeString(src.resolve("sources.bib"), "@book{pier, title = {The Long Pier}, author = {Marsh, Eleanor}, date = {2016}}\n");
        BuildResult result = build();
        assertThat(result.diagnostics().errors()).extracting(Diagnostic::toString).containsExactly(
                "bibliography/pier.md: error: would be written to bibliography/pier.html, which is the page of a source of the "
                        + "bibliography; rename this file",
                "page/2.md: error: would be written to page/2.html, which is a page of the site's index; rename this file");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void twoFilesForOnePageAreErrorsNamingBoth() throws Exception {
        essay("Tide.md", "Tide", "Upper.");
        essay("tide.md", "tide", "Lower.");
        essay(Normalizer.normalize("café.md", Normalizer.Form.NFC), "Café one", "Composed.");
        essay(Normalizer.normalize("café.md", Normalizer.Form.NFD), "Café two", "Decomposed.");
        essay("harbour.md", "Harbour", "Essay.");
        Files.writeString(src.resolve("harbour.html"), "<p>an old export");
        Files.createDirectories(src.resolve("assets"));
        Files.writeString(src.resolve("assets/essaykit.css"), "body{}");
        BuildResult result = build();
        assertThat(result.diagnostics().errors()).extracting(Diagnostic::toString)
                .anyMatch(s -> s.equals("Tide.md: error: would be written to Tide.html, the same file as 'tide.md' on hosts "
                        + "that ignore upper and lower case or Unicode forms (macOS, Windows); rename one of them"))
                .anyMatch(s -> s.startsWith("tide.md: error: would be written to tide.html, the same file as 'Tide.md'"))
                .anyMatch(s -> s.equals("harbour.md: error: would be written to harbour.html, as would 'harbour.html'; "
                        + "rename one of them"))
                .anyMatch(s -> s.equals("harbour.html: error: would be written to harbour.html, as would 'harbour.md'; "
                        + "rename one of them"))
                .anyMatch(s -> s.equals("assets/essaykit.css: error: would be written to assets/essaykit.css, which is a "
                        + "file of the site's own template; rename this file"))
                .filteredOn(s -> s.contains("Café") || s.contains("café") || s.contains("cafe"))
                .hasSize(2);
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void namesWithSpacesAndAnyScriptBuildWithEncodedLinksThatTheCheckAccepts() throws Exception {
        essay("my essay.md", "My Essay", "See [the café](café.md) and [the diary](日記/第一.md#sec-later).");
        essay("café.md", "Café", "Back to [mine](<my essay.md>).");
        essay("日記/第一.md", "First", "## Later {#sec-later}\n\nHome: [back](../my%20essay.md).");
        BuildResult result = build();
        assertThat(result.diagnostics().all()).isEmpty();
        Path out = dir.resolve("site");
        assertThat(out.resolve("my essay.html")).exists();
        assertThat(out.resolve("日記/第一.html")).exists();
        Document mine = Jsoup.parse(out.resolve("my essay.html"));
        assertThat(mine.select("a.essay-link").eachAttr("href"))
                .containsExactly("caf%C3%A9.html", "%E6%97%A5%E8%A8%98/%E7%AC%AC%E4%B8%80.html#sec-later");
        assertThat(Jsoup.parse(out.resolve("日記/第一.html")).select("a.essay-link").eachAttr("href"))
                .containsExactly("../my%20essay.html");
        assertThat(Jsoup.parse(out.resolve("index.html")).select(".essay-list a").eachAttr("href"))
                .containsExactlyInAnyOrder("my%20essay.html", "caf%C3%A9.html", "%E6%97%A5%E8%A8%98/%E7%AC%AC%E4%B8%80.html");
        // and the link check, given a wrong encoding, still catches it
        assertThat(LinkCheck.check(java.util.Map.of("index.html", "<a href=\"my%2520essay.html\">x</a>",
                "my essay.html", "<p>"), java.util.Set.of())).hasSize(1);
    }

    @Test
    void aCopiedFileNamedLikeAPartOfALongSitemapIsAnError() {
        // past 50,000 addresses the sitemap is split into sitemap-1.xml, sitemap-2.xml, ...
        java.util.List<String> keys = java.util.stream.IntStream.range(0, 50_000).mapToObj(i -> "k" + i).toList();
        java.util.List<io.github.essaykit.discover.SourceFile> copied = java.util.List.of(
                new io.github.essaykit.discover.SourceFile("sitemap-2.xml", dir.resolve("sitemap-2.xml")),
                new io.github.essaykit.discover.SourceFile("sitemap-3.xml", dir.resolve("sitemap-3.xml")));
        assertThat(PageCollisions.check(java.util.List.of(), copied, keys)).extracting(Diagnostic::toString).containsExactly(
                "sitemap-2.xml: error: would be written to sitemap-2.xml, which is a file essaykit writes (a download, the feed or "
                        + "the sitemap); rename this file");
        assertThat(PageCollisions.check(java.util.List.of(), copied, keys.subList(0, 40_000))).isEmpty();
    }
}
