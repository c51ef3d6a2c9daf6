package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/** The block syntax of {@link PandocBlocksExtension}, as trees. */
class PandocBlocksParseTest {

    @Test
    void aClosingFenceClosesTheInnermostDivWhateverItsLength() {
        Node doc = Nodes.parse("::: outer\n:::: {.inner}\nin\n:::\nstill outer\n::::::\nafter\n");
        List<FencedDiv> divs = Nodes.find(doc, FencedDiv.class);
        assertThat(divs).hasSize(2);
        assertThat(divs.get(1).getParent()).isSameAs(divs.get(0));
        assertThat(divs.get(0).getLastChild()).isInstanceOf(Paragraph.class);
        assertThat(divs.get(0).getNext()).isInstanceOf(Paragraph.class);
        assertThat(divs).allMatch(FencedDiv::isClosed);
        assertThat(SourcePosition.of(divs.get(1))).isEqualTo(new SourcePosition(2, 1));
    }

    @Test
    void aFenceInsideFencedCodeIsCode() {
        Node doc = Nodes.parse("::: a\n```\n:::\n```\n:::\n");
        FencedDiv div = Nodes.find(doc, FencedDiv.class).get(0);
        assertThat(((FencedCodeBlock) div.getFirstChild()).getLiteral()).isEqualTo(":::\n");
        assertThat(div.isClosed()).isTrue();
    }

    @Test
    void notADivWithoutAttributesInsideAParagraphOrIndented() {
        assertThat(Nodes.find("::: \nx\n:::\n", FencedDiv.class)).isEmpty();
        assertThat(Nodes.find("text\n::: a\nx\n:::\n", FencedDiv.class)).isEmpty();
        assertThat(Nodes.find("    ::: a\n    x\n", FencedDiv.class)).isEmpty();
        assertThat(Nodes.find("::: {.a key=}\nx\n:::\n", FencedDiv.class)).hasSize(1);
        assertThat(Nodes.find("::: {.a key}\nx\n:::\n", FencedDiv.class)).isEmpty();
    }

    @Test
    void anUnclosedDivRunsToTheEndAndSaysSo() {
        FencedDiv div = Nodes.find("::: a\none\n\ntwo\n", FencedDiv.class).get(0);
        assertThat(div.isClosed()).isFalse();
        assertThat(Nodes.find(div, Paragraph.class)).hasSize(2);
    }

    @Test
    void aCalloutTakesItsTitleFromTheAttributeOrItsFirstHeading() {
        Node doc = Nodes.parse("::: callout-warning\n## The *date* {#sec-x}\n\nBody.\n:::\n\n"
                + "::: {.callout-tip title=\"From the attribute\"}\n## Stays a heading\n:::\n\n::: {.callout-other}\n# Heading\n:::\n");
        List<FencedDiv> divs = Nodes.find(doc, FencedDiv.class);
        assertThat(divs.get(0).callout()).hasValue("warning");
        CalloutTitle title = (CalloutTitle) divs.get(0).getFirstChild();
        assertThat(Nodes.find(title, Text.class)).extracting(Text::getLiteral).containsExactly("The ", "date");
        assertThat(Nodes.find(title, HeadingLabel.class)).isEmpty();
        assertThat(Nodes.find(divs.get(0), Heading.class)).as("not a section of the essay").isEmpty();
        assertThat(Nodes.find(divs.get(1).getFirstChild(), Text.class)).extracting(Text::getLiteral).containsExactly("From the attribute");
        assertThat(divs.get(1).getFirstChild().getNext()).isInstanceOf(Heading.class);
        assertThat(divs.get(2).callout()).isEmpty();
        assertThat(divs.get(2).getFirstChild()).isInstanceOf(Heading.class);
    }

    @Test
    void aFigureDivsLastParagraphIsItsCaptionAndItsImageStaysAnImage() {
        FencedDiv div = Nodes.find("::: {#fig-map}\n![The map](map.png)\n\nThe *harbour*.\n:::\n", FencedDiv.class).get(0);
        assertThat(div.isFloat()).isTrue();
        assertThat(div.getFirstChild()).isInstanceOf(Paragraph.class);
        assertThat(div.getFirstChild().getFirstChild()).isInstanceOfSatisfying(Image.class,
                image -> assertThat(image.getDestination()).isEqualTo("map.png"));
        assertThat(div.getLastChild()).isInstanceOf(DivCaption.class);
        assertThat(Nodes.find(div, Figure.class)).isEmpty();
        assertThat(Nodes.find("::: {#fig-alone}\nOnly a paragraph.\n:::\n", DivCaption.class)).as("nothing to caption").isEmpty();
    }

    @Test
    void chunkOptionsFromHeaderAndHashPipeLinesWhichLeaveTheCode() {
        List<CodeChunk> chunks = Nodes.find("```{r plot-1, fig.cap=\"Speed, distance\", echo=FALSE}\n#| label: fig-speed\n"
                + "#| fig-cap: 'Cars'\nplot(cars)\n#| not an option here\n```\n\n```{python}\nx = 1\n```\n", CodeChunk.class);
        assertThat(chunks.get(0).language()).isEqualTo("r");
        assertThat(chunks.get(0).options()).containsExactly(Map.entry("label", "fig-speed"), Map.entry("fig-cap", "Cars"),
                Map.entry("echo", "FALSE"));
        assertThat(chunks.get(0).code()).isEqualTo("plot(cars)\n#| not an option here\n");
        assertThat(chunks.get(1).label()).isEmpty();
        assertThat(chunks.get(1).code()).isEqualTo("x = 1\n");
        assertThat(Nodes.find("```{.python #code-1}\nx\n```\n", CodeChunk.class)).as("attributes, not a chunk").isEmpty();
        assertThat(Nodes.find("```r\nx\n```\n", CodeChunk.class)).isEmpty();
    }

    @Test
    void rawBlocksByFormatAndLatexCommandsOnTheirLines() {
        Node doc = Nodes.parse("```{=html}\n<b>x</b>\n```\n\n```{=latex}\n\\foo\n```\n\n\\newpage\n\n"
                + "\\index{Allison, Graham}\\index[names]{Kennedy}\n\\clearpage\n\nText \\index{y} in a paragraph.\n\n\\[ x \\]\n");
        assertThat(Nodes.find(doc, HtmlBlock.class)).extracting(HtmlBlock::getLiteral).containsExactly("<b>x</b>\n");
        assertThat(Nodes.find(doc, RawBlock.class)).extracting(RawBlock::content)
                .containsExactly("\\foo\n", "\\newpage\n", "\\index{Allison, Graham}\\index[names]{Kennedy}\n\\clearpage\n");
        assertThat(Nodes.find(doc, Paragraph.class)).hasSize(2);
        assertThat(SourcePosition.of(Nodes.find(doc, RawBlock.class).get(2))).isEqualTo(new SourcePosition(11, 1));
    }

    @Test
    void lineBlocksKeepBreaksAndLeadingSpaces() {
        LineBlock block = Nodes.find("| one\n|    two *x*\n|\n| four\n  continued\n", LineBlock.class).get(0);
        assertThat(Nodes.find(block, HardLineBreak.class)).hasSize(3);
        assertThat(Nodes.find(block, Text.class)).extracting(Text::getLiteral)
                .containsExactly("one", "\u00a0\u00a0\u00a0two ", "x", "four", "continued");
        assertThat(Nodes.find("| a | b |\n|---|---|\n| 1 | 2 |\n", LineBlock.class)).as("a table").isEmpty();
        assertThat(Nodes.find("a | b\n| c\n", LineBlock.class)).isEmpty();
    }

    @Test
    void definitionListsPairTermsWithDefinitions() {
        DefinitionList list = Nodes.find("Term\n: tight\n~ tight too\n\nLoose term\n\n:   loose\n\n    more\n\n: after a blank\n",
                DefinitionList.class).get(0);
        List<Node> children = Nodes.find(list, Node.class).stream().filter(n -> n.getParent() == list).toList();
        assertThat(children).extracting(n -> n.getClass().getSimpleName()).containsExactly("DefinitionTerm",
                "DefinitionDescription", "DefinitionDescription", "DefinitionTerm", "DefinitionDescription", "DefinitionDescription");
        assertThat(children.stream().filter(n -> n instanceof DefinitionDescription).map(n -> ((DefinitionDescription) n).isTight()))
                .containsExactly(true, true, false, false);
        assertThat(Nodes.find(children.get(4), Paragraph.class)).hasSize(2);
    }

    @Test
    void aTableCaptionAfterABlankLineIsStillACaption() {
        Node doc = Nodes.parse("| a | b |\n|---|---|\n| 1 | 2 |\n\n: Rates {#tbl-rates}\n");
        assertThat(Nodes.find(doc, DefinitionList.class)).isEmpty();
        assertThat(TableCaption.of(Nodes.find(doc, TableBlock.class).get(0))).flatMap(TableCaption::label).hasValue("tbl-rates");
        assertThat(Nodes.find("Two lines\nof a paragraph\n: not a definition\n", DefinitionList.class)).isEmpty();
    }
}
