package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The block fixtures of {@code src/test/resources/pandoc-blocks} built as one site, each essay's
 * body compared in structure with pandoc 2.17's HTML for the same file ({@code *.pandoc.html},
 * made by {@code regenerate.sh} there). Where essaykit means to differ, the difference is
 * undone on one side before comparing, and named here: that list is the whole of it.
 */
class PandocBlocksSiteTest {

    @TempDir
    static Path dir;

    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path src = CrossReferenceSiteTest.copy(Path.of("src/test/resources/pandoc-blocks"), dir.resolve("src"));
        Files.write(src.resolve("harbour.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        result = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("out")));
    }

    static Element body(String essay) throws Exception {
        Document page = Jsoup.parse(dir.resolve("out/" + essay + ".html"));
        return page.selectFirst(".essay-body");
    }

    static Element pandoc(String essay) throws Exception {
        return Jsoup.parse(Files.readString(Path.of("src/test/resources/pandoc-blocks/" + essay + ".pandoc.html"))).body();
    }

    static Stream<Arguments> fixtures() {
        Consumer<Element> none = e -> {};
        return Stream.of(
                // style and event handlers are never written (pandoc keeps them)
                Arguments.of("divs", none, (Consumer<Element>) p -> p.select("[style]").removeAttr("style")),
                // callouts are asides with a title and a body (pandoc: a div, or a section when it starts with a heading)
                Arguments.of("callouts", (Consumer<Element>) ours -> {
                    ours.select(".callout-title").remove();
                    ours.select(".callout-body").unwrap();
                    ours.select("aside.callout").tagName("div").removeClass("callout");
                }, (Consumer<Element>) p -> {
                    p.select("section[class^=callout]").tagName("div").removeAttr("id");
                    p.select("div[class^=callout] > h2:first-child").remove();
                    p.select("div[class^=callout]").removeAttr("title");
                }),
                // margin notes are asides
                Arguments.of("margin", (Consumer<Element>) ours -> ours.select("aside.margin-note").tagName("div").removeClass("margin-note"), none),
                // figure/table divs are numbered figures; cross-references are links (pandoc 2.17 has no crossref)
                Arguments.of("floats", (Consumer<Element>) ours -> {
                    ours.select("a.xref").tagName("span").removeAttr("href").removeAttr("data-preview").removeClass("xref");
                    ours.select(".caption-number").remove();
                    ours.select("div.table-wrap").unwrap();
                    for (Element caption : ours.select("figure > figcaption")) {
                        caption.tagName("p").parent().appendChild(caption);
                    }
                    ours.select("figure").tagName("div").removeClass("float").removeClass("table-figure");
                }, (Consumer<Element>) p -> {
                    p.select("span.citation").removeClass("citation").removeAttr("data-cites");
                    p.select("span").forEach(s -> s.text(s.text().startsWith("@fig") ? "Figure 1" : "Table 1"));
                }),
                // pandoc reads \index{…} and \clearpage on their lines as inline raw LaTeX: an empty paragraph
                Arguments.of("raw", none, (Consumer<Element>) p -> p.select("p").stream().filter(e -> e.text().isBlank()).forEach(Element::remove)),
                Arguments.of("line-blocks", none, none),
                Arguments.of("edges", none, none),
                Arguments.of("definition-lists", none, none));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sameStructureAsPandoc(String essay, Consumer<Element> ours, Consumer<Element> theirs) throws Exception {
        Element mine = body(essay);
        Element pandoc = pandoc(essay);
        ours.accept(mine);
        theirs.accept(pandoc);
        assertThat(BlockSkeleton.of(mine)).as(essay).containsExactlyElementsOf(BlockSkeleton.of(pandoc));
    }

    @Test
    void chunksAreCodeInTheirLanguageWithoutOptionLines() throws Exception {
        // a plain fenced block also has its language on <pre>, as pandoc writes it
        // pandoc 2.17 does not read chunks (it shows "{python echo=false}" as inline code); Quarto
        // and knitr show no code of a chunk with echo false (#| echo: false, echo=false, echo=FALSE),
        // and only its output, which essaykit does not make; shown chunks: PandocMetadataSiteTest
        assertThat(BlockSkeleton.of(body("chunks"))).containsExactly(
                "pre.r", "  code.language-r", "    \"plain <- \"a plain fenced block\"\"");
    }

    @Test
    void aPageWithMarginNotesSaysSoOnItsBodyForTheFirstPaint() throws Exception {
        // the CSS reserves their room by this class, before the browser has read as far as the first note
        assertThat(Jsoup.parse(dir.resolve("out/margin.html")).body().classNames()).contains("essay-page", "has-margin-notes");
        for (String other : new String[] {"divs", "callouts", "raw"}) {
            assertThat(Jsoup.parse(dir.resolve("out/" + other + ".html")).body().classNames()).as(other)
                    .contains("essay-page").doesNotContain("has-margin-notes");
        }
    }

    @Test
    void onlyTheRawLatexWarningIsReported() {
        assertThat(result.diagnostics().all()).extracting(Object::toString).containsExactly(
                "raw.md:9:1: warning: raw latex ('\\begin{tabular}{ll}') is for another output format and is left out of the"
                        + " web page (and 5 more raw pieces for latex in this essay); keep it if the essay is also typeset by"
                        + " LaTeX, else remove it (or write ```{=html} for the web)");
    }
}
