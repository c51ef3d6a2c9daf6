package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter that reaches the site: an essay's own style, its page language, hostile author fields, mistakes at file:line. */
class EssayFrontMatterSiteTest {

    @TempDir
    Path src;

    @TempDir
    Path out;

    private static final String SOURCES = "@book{allison1971, author = {Allison, Graham T.}, title = {Essence of Decision},"
            + " publisher = {Little, Brown}, year = {1971}}\n";

    private BuildResult build() {
        return SiteBuilder.build(SiteConfig.defaults(src, out));
    }

    private Document page(String name) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(name)));
    }

    @Test
    void anEssayInItsOwnStyleAndOneInTheSitesShareOneBibliographyPage() throws Exception {
        Files.writeString(src.resolve("sources.bib"), SOURCES);
        Files.writeString(src.resolve("apa.md"), "---\ntitle: A\ncsl: apa\n---\nText [@allison1971, 4].\n");
        Files.writeString(src.resolve("site.md"), "---\ntitle: S\n---\nText [@allison1971, 4].\n");
        Files.writeString(src.resolve("notes.md"), "---\ntitle: N\ncitation-style: chicago-notes-bibliography\nlang: fr\n---\n"
                + "Texte [@allison1971, 4].\n");
        BuildResult result = build();
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(page("apa.html").selectFirst(".citation").text()).isEqualTo("(Allison, 1971, p. 4)");
        assertThat(page("site.html").selectFirst(".citation").text()).isEqualTo("(Allison 1971, 4)");
        assertThat(page("notes.html").select(".citation")).isEmpty();
        assertThat(page("notes.html").selectFirst("#notes li").text()).startsWith("Graham T. Allison, Essence of Decision");
        assertThat(page("notes.html").selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page("site.html").selectFirst("html").attr("lang")).isEqualTo("en-US");
        assertThat(page("bibliography.html").select(".csl-entry")).hasSize(1);
    }

    @Test
    void anEssaysLangIsItsCitationsLocaleAndALanguageCslLacksIsAmericanEnglishWithAWarning() throws Exception {
        Files.writeString(src.resolve("sources.bib"), "@book{allison1971, author = {Allison, Graham T.}, title = {Essence of"
                + " Decision}, publisher = {Little, Brown}, edition = {2}, year = {1971}}\n");
        Files.writeString(src.resolve("site.md"), "---\ntitle: S\n---\nText [@allison1971, 4].\n");
        Files.writeString(src.resolve("german.md"), "---\ntitle: G\nlang: de\ndate: 2020-03-05\n---\nText [@allison1971, 4], see"
                + " @tbl-t.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n: Tonnen {#tbl-t}\n");
        Files.writeString(src.resolve("french.md"), "---\ntitle: F\ncsl: apa\nlang: fr-FR\n---\nTexte [@allison1971, 4].\n");
        Files.writeString(src.resolve("unknown.md"), "---\ntitle: U\nlang: xx\n---\nText [@allison1971, 4].\n");
        BuildResult result = build();
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "unknown.md:3:1: warning: CSL has no locale for the language 'xx', so this essay's citations use en-US terms"
                        + " and dates; write a language CSL knows (de, fr-CA, pt-BR ...) to have them in it");
        assertThat(page("site.html").selectFirst("#sources .csl-entry").text()).contains("2nd ed.");
        assertThat(page("german.html").selectFirst("#sources .csl-entry").text()).contains("2. Aufl.");
        // the page's own words in its language too: a cross-reference and the date
        assertThat(page("german.html").select("article p a[href=#tbl-t]").eachText()).containsExactly("Tabelle 1");
        assertThat(page("german.html").selectFirst(".byline time").text()).isEqualTo("5. März 2020");
        assertThat(page("index.html").select(".essay-list time").eachText()).contains("March 5, 2020"); // the index speaks the site's
        assertThat(page("french.html").selectFirst("#sources .csl-entry").text()).contains("2ᵉ éd.");
        assertThat(page("french.html").selectFirst("#sources .csl-entry").text()).as("an English title as written: CSL title-cases"
                + " only in English").contains("Essence of Decision");
        assertThat(page("unknown.html").selectFirst("#sources .csl-entry").text()).contains("2nd ed.");
        assertThat(page("bibliography.html").selectFirst(".csl-entry").text()).contains("2nd ed."); // the site's locale
    }

    @Test
    void aCslFileNamedForAnOfficialStyleButAbsentIsThatStyleWithAWarning() throws Exception {
        Files.writeString(src.resolve("sources.bib"), SOURCES);
        Files.writeString(src.resolve("a.md"), "---\ntitle: A\ncsl: apa.csl\n---\nText [@allison1971, 4].\n");
        BuildResult result = build();
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "a.md:3:1: warning: no file 'apa.csl' beside the essay, so the official style 'apa' is used; write"
                        + " 'csl: apa' to say so, or put the file beside the essay");
        assertThat(page("a.html").selectFirst(".citation").text()).isEqualTo("(Allison, 1971, p. 4)");
    }

    @Test
    void styleMistakesAreErrorsAtTheEssaysKey() throws Exception {
        Files.writeString(src.resolve("sources.bib"), SOURCES);
        Files.writeString(src.resolve("a.md"), "---\ntitle: A\n\ncsl: chicago-author-dat\n---\nText [@allison1971].\n");
        Files.writeString(src.resolve("b.md"), "---\ntitle: B\ncitation-style: styles/mine.csl\n---\nText [@allison1971].\n");
        Files.writeString(src.resolve("c.md"), "---\ntitle: C\ncsl: https://example.org/x.csl\n---\nText [@allison1971].\n");
        BuildResult result = build();
        assertThat(result.ok()).isFalse();
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "a.md:4:1: error: style 'chicago-author-dat': unknown citation style 'chicago-author-dat' (did you mean"
                        + " 'chicago-author-date'?) (in 'csl'; a style is an official id such as apa, or a .csl file beside the essay)",
                "b.md:3:1: error: style 'styles/mine.csl': cannot read the file: no such file (in 'citation-style'; a style is an"
                        + " official id such as apa, or a .csl file beside the essay)",
                "c.md:3:1: error: the style 'https://example.org/x.csl' is a web address; essaykit builds offline, so save the"
                        + " .csl file beside the essay and name it");
        assertThat(Files.exists(out.resolve("index.html"))).isFalse();
    }

    @Test
    void authorFieldsAreEscapedAndOnlySafeLinksAreWritten() throws Exception {
        Files.writeString(src.resolve("e.md"), """
                ---
                title: E
                author:
                  - name: "<script>alert(1)</script>"
                    url: "javascript:alert(1)"
                    email: "x@example.org\\" onmouseover=\\"alert(1)"
                    affiliation: "<b>Uni</b>"
                  - name: Plain
                    url: example.org/relative
                abstract: "<span onmouseover=alert(1)>Over</span> and [a link](javascript:alert(1))"
                ---
                Text.
                """);
        BuildResult result = build();
        assertThat(result.diagnostics().errors()).isEmpty();
        Document page = page("e.html");
        // the one inline script is the inert JSON-LD block, whose names are escaped so they cannot close it
        assertThat(page.select("script:not([src])")).satisfiesExactly(script -> {
            assertThat(script.attr("type")).isEqualTo("application/ld+json");
            assertThat(script.data()).doesNotContain("<");
        });
        assertThat(page.selectFirst(".author-name").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.select(".byline a[href^=javascript]")).isEmpty();
        assertThat(page.select(".author-name a")).isEmpty(); // neither javascript: nor a relative "url" becomes a link
        assertThat(page.select("[onmouseover], [onerror]")).isEmpty();
        assertThat(page.selectFirst(".affiliation").text()).isEqualTo("(<b>Uni</b>)");
        // the abstract is the essay's Markdown, cleaned as its body is: the handler and the javascript: link go
        assertThat(page.select(".abstract a[href^=javascript]")).isEmpty();
        assertThat(page.selectFirst(".abstract").text()).contains("Over and a link");
    }
}
