package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/** The essay parser's pandoc inline syntax: where attributes, spans, scripts and task markers land. */
class PandocInlineParseTest {

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                out.append(t.getLiteral());
            } else if (child instanceof Code c) {
                out.append(c.getLiteral());
            } else {
                out.append(text(child));
            }
        }
        return out.toString();
    }

    @Test
    void attributesAttachToTheCodeLinkOrImageRightBeforeThem() {
        Node doc = Nodes.parse("`x`{.r} [t](https://a.org){.external} ![a](i.png){width=50%} `y` {.not}\n");
        assertThat(InlineAttributes.of(Nodes.find(doc, Code.class).get(0)).orElseThrow().classes()).containsExactly("r");
        assertThat(InlineAttributes.of(Nodes.find(doc, Code.class).get(1))).isEmpty();
        assertThat(InlineAttributes.of(Nodes.find(doc, Link.class).get(0)).orElseThrow().classes()).containsExactly("external");
        assertThat(InlineAttributes.of(Nodes.find(doc, Image.class).get(0)).orElseThrow().get("width")).hasValue("50%");
        assertThat(text(doc)).isEqualTo("x t a y {.not}");
    }

    @Test
    void aCodeSpanWithARawAttributeIsRawContentForItsFormat() {
        Node doc = Nodes.parse("Hi `there`{=ms}. A `<b>bold</b>`{=html} word, `\\newpage`{=latex}and `kept`{.r}\n");
        assertThat(Nodes.find(doc, RawInline.class)).extracting(RawInline::format, RawInline::content)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ms", "there"), org.assertj.core.groups.Tuple.tuple("latex", "\\newpage"));
        assertThat(Nodes.find(doc, org.commonmark.node.HtmlInline.class)).extracting(h -> h.getLiteral()).containsExactly("<b>bold</b>");
        assertThat(Nodes.find(doc, Code.class)).extracting(Code::getLiteral).containsExactly("kept");
        assertThat(text(doc)).isEqualTo("Hi . A  word, and kept");
    }

    @Test
    void nothingInsideAnAttributeBlockIsMarkdown() {
        Node doc = Nodes.parse("`x`{title=\"*not* _emphasis_ [or] @cite 'quote'\"}\n");
        assertThat(InlineAttributes.of(Nodes.find(doc, Code.class).get(0)).orElseThrow().get("title"))
                .hasValue("*not* _emphasis_ [or] @cite 'quote'");
    }

    @Test
    void bracketedSpansButCitationsAndLinksFirst() {
        Node doc = Nodes.parse("[small *caps*]{.smallcaps} [@kaplan2001]{.x} [l](u){.y}\n");
        BracketedSpan span = Nodes.find(doc, BracketedSpan.class).get(0);
        assertThat(span.attributes().classes()).containsExactly("smallcaps");
        assertThat(text(span)).isEqualTo("small caps");
        assertThat(Nodes.find(doc, BracketedSpan.class)).hasSize(1);
        assertThat(Nodes.find(doc, Citation.class)).hasSize(1);
        assertThat(text(doc)).contains("{.x}");
    }

    @Test
    void labelledFigureKeepsItsOtherAttributes() {
        Figure figure = Nodes.find("![Cap](u.jpg){#fig-a width=300 .wide}\n", Figure.class).get(0);
        assertThat(figure.label()).hasValue("fig-a");
        assertThat(figure.attributes().get("width")).hasValue("300");
        assertThat(text(figure)).isEqualTo("Cap");
    }

    @Test
    void superscriptSubscriptAndStrikethroughAsInPandoc() {
        Node doc = Nodes.parse("x^2^ H~2~O ~~gone~~ H~a\\ b~ a^b c^ ~one~\n");
        assertThat(Nodes.find(doc, Superscript.class)).extracting(PandocInlineParseTest::text).containsExactly("2");
        assertThat(Nodes.find(doc, Subscript.class)).extracting(PandocInlineParseTest::text)
                .containsExactly("2", "a\u00a0b", "one");
        assertThat(Nodes.find(doc, Strikethrough.class)).extracting(PandocInlineParseTest::text).containsExactly("gone");
        assertThat(text(doc)).contains("a^b c^");
    }

    @Test
    void taskListMarkers() {
        Node doc = Nodes.parse("- [ ] todo\n- [x] done\n- [y] not a task\n");
        assertThat(Nodes.find(doc, TaskListMarker.class)).extracting(TaskListMarker::checked).containsExactly(false, true);
        assertThat(text(doc)).isEqualTo("tododone[y] not a task");
    }

    @Test
    void headingAttributesSurviveSmartPunctuation() {
        Heading heading = Nodes.find("## \"Quoted\" -- heading {#sec-q data-x=\"a--b\"}\n", Heading.class).get(0);
        assertThat(HeadingLabel.of(heading).orElseThrow().attributes().get("data-x")).hasValue("a--b");
        assertThat(text(heading)).isEqualTo("“Quoted” – heading");
    }
}
