package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front-matter corpus (src/test/resources/cases/front-matter: a pandoc article, a Quarto
 * post, a JOSS paper, an R Markdown article, an essay without a title, one with
 * {@code link-citations: false}, one in French in its own note style) built by essaykit and
 * compared with {@code pandoc -s} of the same files (expected/, regenerate.sh) wherever pandoc
 * has a reading: title, subtitle, author names, the date pandoc normalises into
 * {@code dcterms.date}, abstract, lang, keywords, description, the bibliography's heading,
 * whether citations link, and the citation text in the essay's own style.
 */
class FrontMatterPandocTest {

    static final Path CASE = Path.of("src/test/resources/cases/front-matter");
    static final List<String> ESSAYS = List.of("pandoc-article", "quarto-post", "joss-paper", "rmarkdown-article", "no-title",
            "unlinked", "french");

    @TempDir
    static Path out;

    static BuildResult result;

    @BeforeAll
    static void build() {
        result = SiteBuilder.build(SiteConfig.defaults(CASE.resolve("essays"), out));
    }

    private static Document ours(String essay) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(essay + ".html")));
    }

    private static Document pandoc(String essay) throws Exception {
        return Jsoup.parse(Files.readString(CASE.resolve("expected/" + essay + ".html")));
    }

    private static String text(Element e) {
        return e == null ? "" : e.text().replaceAll("\\s+", " ").strip();
    }

    @Test
    void buildsWithOnlyTheTitleWarning() {
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "no-title.md:6:1: warning: no 'title' in the front matter, so the first heading 'The Thirteen Days' is the"
                        + " title (and leaves the body); add 'title: \"...\"' to choose it");
    }

    @Test
    void readsTheTitleBlockLikePandoc() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (String essay : ESSAYS) {
            Document pandoc = pandoc(essay);
            Document ours = ours(essay);
            soft.assertThat(text(ours.selectFirst(".essay-header h1"))).as(essay + " title").isEqualTo(text(pandoc.selectFirst("h1.title")));
            soft.assertThat(text(ours.selectFirst(".essay-header .subtitle"))).as(essay + " subtitle")
                    .isEqualTo(text(pandoc.selectFirst("p.subtitle")));
            List<String> pandocAuthors = pandoc.select("p.author").eachText();
            // pandoc 2.17 prints author maps as "true" and ignores JOSS's "authors": no reading to compare
            if (!pandocAuthors.isEmpty() && !pandocAuthors.contains("true")) {
                soft.assertThat(ours.select(".byline .author-name").eachText()).as(essay + " authors").isEqualTo(pandocAuthors);
            }
            Element date = pandoc.selectFirst("meta[name=dcterms.date]");
            if (date != null) {
                String iso = ours.selectFirst(".byline time").attr("datetime");
                soft.assertThat((iso + "-01-01".substring(Math.min(6, iso.length() - 4))).substring(0, 10)).as(essay + " date")
                        .isEqualTo(date.attr("content"));
            }
            soft.assertThat(text(ours.selectFirst(".abstract")).replaceFirst("^Abstract ", "")).as(essay + " abstract")
                    .isEqualTo(text(pandoc.selectFirst(".abstract")).replaceFirst("^Abstract ", ""));
            String lang = pandoc.selectFirst("html").attr("lang");
            soft.assertThat(ours.selectFirst("html").attr("lang")).as(essay + " lang").isEqualTo(lang.isEmpty() ? "en-US" : lang);
            Element keywords = pandoc.selectFirst("meta[name=keywords]");
            if (keywords != null) {
                soft.assertThat(ours.select(".essay-header .tags li").eachText()).as(essay + " keywords")
                        .containsAll(Arrays.asList(keywords.attr("content").split(", ")));
            }
            Element description = pandoc.selectFirst("meta[name=description]");
            if (description != null) {
                soft.assertThat(ours.selectFirst("meta[name=description]").attr("content")).as(essay + " description")
                        .isEqualTo(description.attr("content"));
            }
            Element refsTitle = pandoc.selectFirst("h1#bibliography");
            soft.assertThat(text(ours.selectFirst("#sources-title"))).as(essay + " reference-section-title")
                    .isEqualTo(refsTitle == null ? "Sources" : text(refsTitle));
        }
        soft.assertAll();
    }

    @Test
    void linkCitationsFollowsTheEssayWhereItIsSet() throws Exception {
        // pandoc's default is unlinked; ours is linked (every citation previews its source)
        assertThat(pandoc("rmarkdown-article").select(".citation a")).isNotEmpty();
        assertThat(ours("rmarkdown-article").select(".citation a.cite-link")).isNotEmpty();
        assertThat(pandoc("unlinked").select(".citation a")).isEmpty();
        Document unlinked = ours("unlinked");
        assertThat(unlinked.select(".citation")).hasSize(2);
        assertThat(unlinked.select(".citation a")).isEmpty();
        // the bibliography's back links still land on the citations
        for (Element back : unlinked.select(".backrefs a")) {
            assertThat(unlinked.getElementById(back.attr("href").substring(1))).as(back.attr("href")).isNotNull();
        }
        assertThat(unlinked.select(".csl-entry")).hasSize(3); // two cited, one nocite
    }

    @Test
    void anEssayInItsOwnStyleCitesAsPandocDoesWithThatStyle() throws Exception {
        assertThat(ours("rmarkdown-article").select(".citation").eachText())
                .isEqualTo(pandoc("rmarkdown-article").select(".citation").eachText());
        assertThat(text(ours("french").selectFirst("#notes li")).replace(" ↩", ""))
                .isEqualTo(text(pandoc("french").selectFirst("#fn1")).replace("↩︎", "").strip());
        // the site's own style elsewhere
        assertThat(ours("pandoc-article").select(".citation").eachText())
                .isEqualTo(pandoc("pandoc-article").select(".citation").eachText());
    }

    @Test
    void quartoAndJossAuthorsShowNamesAffiliationsAndOrcid() throws Exception {
        Document quarto = ours("quarto-post");
        assertThat(quarto.select(".byline .author-name").eachText()).containsExactly("Norah Jones", "Ibrahim Okafor");
        assertThat(quarto.select(".byline .affiliation").eachText()).containsExactly("(University of Oslo)", "(Lagos Business School)");
        assertThat(quarto.selectFirst(".byline .author-name a").attr("href")).isEqualTo("https://example.org/norah");
        assertThat(quarto.selectFirst(".byline a.orcid").attr("href")).isEqualTo("https://orcid.org/0000-0002-1825-0097");
        assertThat(quarto.selectFirst(".byline a.email").attr("href")).isEqualTo("mailto:norah@example.org");
        assertThat(quarto.select(".essay-header .tags li").eachText()).containsExactly("tapes", "archives");
        Document joss = ours("joss-paper");
        assertThat(joss.select(".byline .author").eachText()).containsExactly(
                "Ada Lovelace iD (Analytical Society, United Kingdom; Royal Society, United Kingdom)",
                "Charles Babbage (Royal Society, United Kingdom)");
        assertThat(text(joss.selectFirst(".byline time"))).isEqualTo("January 29, 2021");
        Document index = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertThat(index.select(".essay-item .author").eachText()).contains("Norah Jones and Ibrahim Okafor",
                "Ada Lovelace and Charles Babbage");
    }
}
