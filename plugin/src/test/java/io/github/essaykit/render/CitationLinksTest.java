package io.github.essaykit.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each cited item is its own link, as pandoc 2.17 links them with {@code link-citations}: the
 * item's text without its prefix and suffix, its own preview and locator, and its own back link
 * from its entry. The expected link texts are those pandoc printed for the same essay.
 */
class CitationLinksTest {
    static final String ESSAY = """
            One [@kaplan2001, 84; @may1997, 170-72]. Two [see @may1997; also @stern2003 on the meetings].
            Three @stern2003 [431] says so. Four [@kaplan2001].
            Five [@may1997; @may1997, 12].
            """;

    @TempDir Path dir;
    Document page;

    @BeforeEach
    void build() throws Exception {
        page = build("");
    }

    private Document build(String frontMatter) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src" + frontMatter.length()));
        Files.copy(Path.of("../content/src/essays/sources.bib"), src.resolve("sources.bib"));
        Files.writeString(src.resolve("a.md"), "---\ntitle: A\ndate: 2024-01-02\n" + frontMatter + "---\n" + ESSAY);
        Path out = dir.resolve("out" + frontMatter.length());
        BuildResult r = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(r.diagnostics().errors()).isEmpty();
        return Jsoup.parse(out.resolve("a.html"));
    }

    private List<String> linkTexts(int citation) {
        return page.select("article span.citation").get(citation).select("a").eachText();
    }

    @Test
    void eachItemsOwnTextIsItsLinkAsInPandoc() {
        assertThat(linkTexts(0)).containsExactly("Kaplan 2001, 84", "May and Zelikow 1997, 170–72");
        assertThat(linkTexts(1)).as("prefix and suffix stay outside").containsExactly("May and Zelikow 1997", "Stern 2003");
        assertThat(linkTexts(2)).as("the author named in the text stays outside").containsExactly("2003, 431");
        assertThat(linkTexts(3)).containsExactly("Kaplan 2001");
        assertThat(linkTexts(4)).containsExactly("May and Zelikow 1997", "1997, 12");
        assertThat(page.select("article span.citation").eachText()).containsExactly(
                "(Kaplan 2001, 84; May and Zelikow 1997, 170–72)",
                "(see May and Zelikow 1997; also Stern 2003 on the meetings)",
                "Stern (2003, 431)", "(Kaplan 2001)",
                // a known difference of the text, not of the links: pandoc prints "(May and Zelikow 1997; 1997, 12)";
                // the citation layer joins two cites of one source with the style's cite-group delimiter
                "(May and Zelikow 1997, 1997, 12)");
    }

    @Test
    void eachLinkLeadsToItsOwnEntryAndPreviewsItWithItsLocator() {
        Element two = page.select("article span.citation").get(1);
        List<Element> links = two.select("a.cite-link");
        assertThat(links).extracting(a -> a.attr("href")).containsExactly("#ref-may1997", "#ref-stern2003");
        assertThat(links).extracting(a -> a.attr("data-preview")).containsExactly("ref-may1997", "ref-stern2003");
        assertThat(links).extracting(Element::id).containsExactly("cite-2", "cite-2-2");
        assertThat(links).allSatisfy(a -> assertThat(a.attr("role")).isEqualTo("doc-biblioref"));
        Element one = page.select("article span.citation").get(0);
        assertThat(one.select("a").eachAttr("data-locators")).containsExactly("p. 84", "p. 170–72");
    }

    @Test
    void everyEntryLinksBackToTheLinkOfItsOwnSource() {
        assertThat(page.select("#ref-stern2003 .backrefs a").eachAttr("href")).containsExactly("#cite-2-2", "#cite-3");
        assertThat(page.select("#ref-kaplan2001 .backrefs a").eachAttr("href")).containsExactly("#cite-1", "#cite-4");
        assertThat(page.select("#ref-may1997 .backrefs a").eachAttr("href"))
                .as("a source cited twice in one citation: back to its first link").containsExactly("#cite-1-2", "#cite-2", "#cite-5");
        for (Element back : page.select(".backrefs a")) {
            assertThat(page.getElementById(back.attr("href").substring(1))).as(back.attr("href")).isNotNull();
        }
    }

    @Test
    void unlinkedCitationsStillGiveEachItemsBackLinkATarget() throws Exception {
        page = build("link-citations: false\n");
        assertThat(page.select("article span.citation a")).isEmpty();
        assertThat(page.select("article span.citation").get(0).text()).isEqualTo("(Kaplan 2001, 84; May and Zelikow 1997, 170–72)");
        for (Element back : page.select(".backrefs a")) {
            assertThat(page.getElementById(back.attr("href").substring(1))).as(back.attr("href")).isNotNull();
        }
        assertThat(page.getElementById("cite-1-2").text()).isEqualTo("May and Zelikow 1997, 170–72");
    }

    @Test
    void backLinksAreNamedForTheLetterTheyShow() {
        for (Element back : page.select(".backrefs a")) {
            String letters = back.text().replace("↩", "").strip();
            assertThat(back.attr("aria-label")).as(back.outerHtml())
                    .isEqualTo(letters.isEmpty() ? "Back to the citation" : "Back to citation " + letters);
        }
        assertThat(page.select("#ref-may1997 .backrefs a").eachText()).containsExactly("↩ a", "b", "c");
    }
}
