package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

class LabelParseTest {

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            out.append(TextContentRenderer.builder().build().render(child));
        }
        return out.toString();
    }

    @Test
    void headingLabelIsStrippedFromTheText() {
        Heading heading = Nodes.find("# Title\n\n## The *Berlin* gambit {#sec-berlin}\n", Heading.class).get(1);
        assertThat(HeadingLabel.of(heading)).hasValueSatisfying(label -> {
            assertThat(label.id()).isEqualTo("sec-berlin");
            assertThat(SourcePosition.of(label)).isEqualTo(new SourcePosition(3, 24));
        });
        assertThat(text(heading)).isEqualTo("The Berlin gambit");
        assertThat(heading.getFirstChild().getNext()).isInstanceOf(Emphasis.class);
        Text last = (Text) heading.getLastChild().getPrevious();
        assertThat(last.getLiteral()).isEqualTo(" gambit");
        assertThat(last.getSourceSpans().get(0).getLength()).isEqualTo(" gambit".length());
    }

    @Test
    void anyIdOnAnyHeadingKindAndHeadingsWithout() {
        var headings = Nodes.find("Setext {#intro}\n=======\n\n### Plain\n\n# Spaced {#x-1 }\n", Heading.class);
        assertThat(HeadingLabel.of(headings.get(0))).map(HeadingLabel::id).hasValue("intro");
        assertThat(text(headings.get(0))).isEqualTo("Setext");
        assertThat(HeadingLabel.of(headings.get(1))).isEmpty();
        assertThat(HeadingLabel.of(headings.get(2))).map(HeadingLabel::id).hasValue("x-1");
    }

    @Test
    void headingWithOnlyALabel() {
        Heading heading = Nodes.find("## {#sec-empty}", Heading.class).get(0);
        assertThat(HeadingLabel.of(heading)).map(HeadingLabel::id).hasValue("sec-empty");
        assertThat(heading.getFirstChild()).isInstanceOf(HeadingLabel.class);
    }

    @Test
    void classesAndOtherAttributesAreReadButGiveNoLabel() {
        Heading heading = Nodes.find("# Head {.unnumbered .hide lang=fr}", Heading.class).get(0);
        assertThat(HeadingLabel.of(heading)).hasValueSatisfying(given -> {
            assertThat(given.id()).isEmpty();
            assertThat(given.attributes().classes()).containsExactly("unnumbered", "hide");
            assertThat(given.attributes().get("lang")).hasValue("fr");
        });
        assertThat(HeadingLabel.isUnnumbered(heading)).isTrue();
        assertThat(text(heading)).isEqualTo("Head");
        Heading dash = Nodes.find("# Head {#sec-h -}", Heading.class).get(0);
        assertThat(HeadingLabel.of(dash)).map(HeadingLabel::id).hasValue("sec-h");
        assertThat(HeadingLabel.isUnnumbered(dash)).isTrue();
        // not an attribute block: stays text
        assertThat(text(Nodes.find("# Set {x} here", Heading.class).get(0))).isEqualTo("Set {x} here");
    }

    @Test
    void labelledFigure() {
        Node doc = Nodes.parse("Text.\n\n![U-2 photo of the *San Cristóbal* site.](u2.jpg \"t\"){#fig-u2}\n");
        Figure figure = Nodes.find(doc, Figure.class).get(0);
        assertThat(figure.label()).hasValue("fig-u2");
        assertThat(figure.destination()).isEqualTo("u2.jpg");
        assertThat(figure.title()).isEqualTo("t");
        assertThat(text(figure)).isEqualTo("U-2 photo of the San Cristóbal site.");
        assertThat(figure.getParent()).isSameAs(doc);
        assertThat(SourcePosition.of(figure)).isEqualTo(new SourcePosition(3, 1));
        assertThat(Nodes.find(doc, Image.class)).isEmpty();
        assertThat(Nodes.find(doc, Paragraph.class)).hasSize(1);
    }

    @Test
    void unlabelledImageAloneIsAFigureLikePandocImplicitFigures() {
        assertThat(Nodes.find("![A caption](a.png)", Figure.class)).singleElement()
                .satisfies(f -> assertThat(f.label()).isEmpty());
        assertThat(Nodes.find("![](a.png)", Figure.class)).isEmpty();
    }

    @Test
    void imageWithOtherContentIsNoFigure() {
        assertThat(Nodes.find("![a](a.png) and text", Figure.class)).isEmpty();
        assertThat(Nodes.find("See ![a](a.png){#fig-a}", Figure.class)).isEmpty();
        assertThat(Nodes.find("![a](a.png) {#fig-a}", Figure.class)).isEmpty();
    }

    private static final String TABLE = "| Site | Missiles |\n|---|---|\n| Çiğli | 15 |\n";

    @Test
    void captionAfterABlankLine() {
        TableBlock table = Nodes.find(TABLE + "\n: Jupiter *sites* {#tbl-jupiters}\n", TableBlock.class).get(0);
        TableCaption caption = TableCaption.of(table).orElseThrow();
        assertThat(caption.label()).hasValue("tbl-jupiters");
        assertThat(text(caption)).isEqualTo("Jupiter sites");
        assertThat(SourcePosition.of(caption)).isEqualTo(new SourcePosition(5, 1));
        assertThat(((Text) caption.getFirstChild()).getSourceSpans().get(0).getColumnIndex()).isEqualTo(2);
        assertThat(Nodes.find(table.getParent(), Paragraph.class)).isEmpty();
    }

    @Test
    void captionDirectlyBelowTheTableIsNotARow() {
        TableBlock table = Nodes.find(TABLE + ": Jupiter sites {#tbl-jupiters}\n", TableBlock.class).get(0);
        assertThat(TableCaption.of(table).orElseThrow().label()).hasValue("tbl-jupiters");
        assertThat(Nodes.find(table, TableRow.class)).hasSize(2);
        assertThat(Nodes.find(table, TableBody.class)).hasSize(1);
    }

    @Test
    void captionWithoutLabelAndTablePrefix() {
        TableBlock table = Nodes.find(TABLE + "\nTable: Where they stood\n", TableBlock.class).get(0);
        TableCaption caption = TableCaption.of(table).orElseThrow();
        assertThat(caption.label()).isEmpty();
        assertThat(text(caption)).isEqualTo("Where they stood");
    }

    @Test
    void captionBeforeTheTable() {
        // pandoc reads a caption line above the table too (the Quarto ACM template writes it there)
        String markdown = "Some prose about the bases.\n\n: Where the *missiles* stood {#tbl-sites}\n\n" + TABLE;
        TableBlock table = Nodes.find(markdown, TableBlock.class).get(0);
        TableCaption caption = TableCaption.of(table).orElseThrow();
        assertThat(caption.label()).hasValue("tbl-sites");
        assertThat(text(caption)).isEqualTo("Where the missiles stood");
        assertThat(SourcePosition.of(caption)).isEqualTo(new SourcePosition(3, 1));
        assertThat(Nodes.find(table.getParent(), Paragraph.class)).hasSize(1);
        assertThat(Nodes.find(table, TableRow.class)).hasSize(2);
        assertThat(Nodes.find(markdown, DefinitionList.class)).isEmpty();

        String afterLongerProse = "Prose about the bases\nthat runs over two lines.\n\nTable: Where they stood\n\n" + TABLE;
        table = Nodes.find(afterLongerProse, TableBlock.class).get(0);
        assertThat(text(TableCaption.of(table).orElseThrow())).isEqualTo("Where they stood");
    }

    @Test
    void aDefinitionRightBelowItsTermIsNoCaptionOfTheTableAfterIt() {
        String markdown = "Launch site\n: Where the missiles stood\n\n" + TABLE;
        assertThat(Nodes.find(markdown, DefinitionList.class)).hasSize(1);
        assertThat(TableCaption.of(Nodes.find(markdown, TableBlock.class).get(0))).isEmpty();
    }

    @Test
    void aCaptionBetweenTwoTablesBelongsToTheFirstUnlessItHasOne() {
        // as pandoc 2.17: a table takes the caption above it first, else the one below it
        String twoTables = TABLE + "\n: Between\n\n" + TABLE;
        java.util.List<TableBlock> tables = Nodes.find(twoTables, TableBlock.class);
        assertThat(text(TableCaption.of(tables.get(0)).orElseThrow())).isEqualTo("Between");
        assertThat(TableCaption.of(tables.get(1))).isEmpty();

        String aboveBoth = ": Above\n\n" + TABLE + "\n: Between\n\n" + TABLE;
        tables = Nodes.find(aboveBoth, TableBlock.class);
        assertThat(text(TableCaption.of(tables.get(0)).orElseThrow())).isEqualTo("Above");
        assertThat(text(TableCaption.of(tables.get(1)).orElseThrow())).isEqualTo("Between");
    }

    @Test
    void paragraphsThatAreNoCaptions() {
        assertThat(Nodes.find(TABLE + "\nJust text: {#tbl-x}\n", TableCaption.class)).isEmpty();
        assertThat(Nodes.find(": Not after a table {#tbl-x}\n", TableCaption.class)).isEmpty();
        assertThat(Nodes.find(TABLE + "\n:no space\n", TableCaption.class)).isEmpty();
    }
}
