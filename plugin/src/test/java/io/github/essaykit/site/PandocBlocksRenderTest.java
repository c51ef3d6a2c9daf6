package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What readers and authors get from pandoc's blocks where essaykit chooses its own HTML or messages. */
class PandocBlocksRenderTest {

    @TempDir
    Path dir;

    private BuildResult build(String markdown) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("essay.md"), "---\ntitle: Blocks\n---\n\n" + markdown);
        Files.write(src.resolve("map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("out")));
    }

    private Element body() throws Exception {
        return Jsoup.parse(dir.resolve("out/essay.html")).selectFirst(".essay-body");
    }

    @Test
    void bracketsHoldingAHeadingsTextLinkToIt() throws Exception {
        // pandoc's implicit heading references (the JOSS/Open Journals example paper uses them)
        BuildResult result = build("See [Harbour  lights], [the tables][Tide tables] and [tide TABLES][], but not [Ferries],"
                + " ![Harbour lights] or \\[Harbour lights\\].\n\n[defined]: https://example.org/\n\n"
                + "## Harbour lights\n\nText [defined].\n\n## Tide tables {#sec-tides}\n\nText.\n");
        assertThat(result.diagnostics().all()).isEmpty();
        Element first = body().selectFirst("p");
        assertThat(first.select("a.xref")).extracting(a -> a.text() + " -> " + a.attr("href")).containsExactly(
                "Harbour lights -> #harbour-lights", "the tables -> #sec-tides", "tide TABLES -> #sec-tides");
        assertThat(first.text()).contains("not [Ferries], ![Harbour lights] or [Harbour lights].");
        assertThat(body().select("a[href=https://example.org/]")).hasSize(1);
    }

    @Test
    void aGridTableIsNotReadAndSaysSo() throws Exception {
        // pandoc's grid tables (the Open Journals example paper has one) are no table here: a warning, not silence
        BuildResult result = build("Before.\n\n+--------+-------+\n| Ferry  | Fare  |\n+:=======+:=====:+\n| Bergen | 3     |\n"
                + "+--------+-------+\n\nA sum: 3 + 4 + 5.\n");
        assertThat(result.diagnostics().all()).map(Object::toString).containsExactly("essay.md:7:1: warning: this looks like a"
                + " pandoc grid table (+---+ borders), which essaykit does not read: it shows as a paragraph of text; write it"
                + " as a pipe table ('| a | b |', then '|---|---|')");
    }

    @Test
    void aCalloutIsANoteAsideNamedByItsKindAndTitle() throws Exception {
        BuildResult result = build("::: {.callout-warning #wrn-date}\n## The *date* is uncertain\n\nCheck it.\n:::\n\n"
                + "::: callout-tip\nA tip.\n:::\n\n## Next\n");
        assertThat(result.diagnostics().all()).isEmpty();
        Element body = body();
        assertThat(body.select("aside").outerHtml()).isEqualTo("""
                <aside id="wrn-date" class="callout callout-warning" role="note" aria-label="Warning: The date is uncertain">
                 <div class="callout-title">
                  The <em>date</em> is uncertain
                 </div>
                 <div class="callout-body">
                  <p>Check it.</p>
                 </div>
                </aside>
                <aside class="callout callout-tip" role="note" aria-label="Tip">
                 <div class="callout-title">Tip</div>
                 <div class="callout-body">
                  <p>A tip.</p>
                 </div>
                </aside>""");
        assertThat(body.select("h2").eachText()).as("the callout's heading is its title, not a section").containsExactly("Next");
    }

    @Test
    void marginNotesAreNoteAsidesKeepingTheirClasses() throws Exception {
        build("Text.\n\n::: {.column-margin #m1}\nIn the margin.\n:::\n");
        Element aside = body().selectFirst("aside");
        assertThat(aside.id()).isEqualTo("m1");
        assertThat(aside.classNames()).containsExactly("margin-note", "column-margin");
        assertThat(aside.attr("role")).isEqualTo("note");
    }

    @Test
    void figureAndTableDivsAreNumberedWithImagesAndTablesAndReferencedWithAPreviewTarget() throws Exception {
        BuildResult result = build("See @fig-first, @fig-div and @tbl-div.\n\n![First](map.png){#fig-first}\n\n"
                + "::: {#fig-div .wide}\n![](map.png)\n\n![](map.png)\n\nTwo *maps*.\n:::\n\n"
                + "::: {#tbl-div}\n| a |\n|---|\n| 1 |\n\nA table.\n:::\n");
        assertThat(result.diagnostics().all()).isEmpty();
        Element body = body();
        assertThat(body.select("a.xref").eachText()).containsExactly("Figure 1", "Figure 2", "Table 1");
        assertThat(body.select("a.xref").eachAttr("data-preview")).containsExactly("fig-first", "fig-div", "tbl-div");
        Element figure = body.getElementById("fig-div");
        assertThat(figure.tagName()).isEqualTo("figure");
        assertThat(figure.classNames()).containsExactly("float", "wide");
        assertThat(figure.select("img")).hasSize(2);
        assertThat(figure.select("figure")).as("its images are not figures of their own").hasSize(1);
        assertThat(figure.child(figure.childrenSize() - 1).text()).isEqualTo("Figure 2: Two maps.");
        Element table = body.getElementById("tbl-div");
        assertThat(table.child(0).tagName()).isEqualTo("figcaption");
        assertThat(table.child(0).text()).isEqualTo("Table 1: A table.");
    }

    @Test
    void aReferenceToAChunkLabelSaysThatCodeIsNotRun() throws Exception {
        BuildResult result = build("As @fig-speed shows.\n\n```{r}\n#| label: fig-speed\n#| fig-cap: Speed\nplot(cars)\n```\n");
        assertThat(result.diagnostics().all()).extracting(Object::toString).containsExactly(
                "essay.md:5:4: error: cross-reference to 'fig-speed', the figure that the r code chunk at line 7 would make"
                        + " when run; essaykit does not run code, so add the figure to the essay yourself"
                        + " (e.g. the image, '![Caption](speed.png){#fig-speed}') or remove the reference");
        assertThat(Files.exists(dir.resolve("out/essay.html"))).isFalse();
    }

    @Test
    void aChunkLabelIsATargetWhenTheEssayGivesTheFigure() throws Exception {
        BuildResult result = build("As @fig-speed shows.\n\n```{r}\n#| label: fig-speed\nplot(cars)\n```\n\n"
                + "![Speed and distance](map.png){#fig-speed}\n");
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(body().selectFirst("a.xref").text()).isEqualTo("Figure 1");
        assertThat(body().selectFirst("pre code").text()).isEqualTo("plot(cars)");
    }

    @Test
    void divAttributesAreEscapedAndDivIdsAreUniqueInThePage() throws Exception {
        build("::: {#box title=\"<script>alert('x')</script> & more\" data-note='a \"b\"'}\nText.\n:::\n");
        Element div = body().getElementById("box");
        assertThat(div.attr("title")).isEqualTo("<script>alert('x')</script> & more");
        assertThat(div.attr("data-note")).isEqualTo("a \"b\"");
        assertThat(body().select("script")).isEmpty();

        BuildResult clash = build("## Harbour {#harbour}\n\n::: {#harbour}\nText.\n:::\n");
        assertThat(clash.diagnostics().all()).extracting(Object::toString).containsExactly(
                "essay.md:7:1: error: id 'harbour' is already the label at line 5; change this id (ids must be unique in the page)");
    }

    @Test
    void anUnclosedDivWarnsAndRawHtmlBlocksAreCleaned() throws Exception {
        BuildResult result = build("```{=html}\n<p onclick=\"x()\">Raw <script>bad()</script>text</p>\n```\n\n::: note\nNever closed.\n");
        assertThat(result.diagnostics().all()).extracting(Object::toString).anySatisfy(d -> assertThat(d).isEqualTo(
                "essay.md:9:1: warning: this fenced div is never closed, so it runs to the end of the essay; end it with a line ':::'"));
        assertThat(body().select("script, [onclick]")).isEmpty();
        assertThat(body().selectFirst("p").text()).isEqualTo("Raw text");
        assertThat(body().selectFirst("div.note").text()).isEqualTo("Never closed.");
    }
}
