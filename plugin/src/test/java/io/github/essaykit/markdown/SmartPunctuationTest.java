package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * pandoc 2.17's smart punctuation, case by case (each expected text is what {@code pandoc -f
 * markdown -t html} printed for the input); the longer fixture is compared in
 * {@code InlineMarkupPandocTest}.
 */
class SmartPunctuationTest {

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            out.append(child instanceof Text t ? t.getLiteral() : text(child));
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "from the '90s.|from the ’90s.",
        "the '90s, rock 'n' roll|the ‘90s, rock ’n’ roll",
        "'90s music|’90s music",
        "x 'a' y|x ‘a’ y",
        "'Shelob's' name|‘Shelob’s’ name",
        "\"a\"b|“a”b",
        "a\"b\"c|a”b”c",
        "\" spaced \"|” spaced ”",
        "5'10\"|5’10”",
        "a 'b'c d|a ’b’c d",
        "(\"x\")|(“x”)",
        "\"'x'\"|“‘x’”",
        "He said \"a \"b\" c\".|He said “a”b” c”.",
        "a--b---c|a–b—c",
        "a ---- b ----- c|a —- b —– c",
        "\"a \"a \"a \"a \"a|“a”a “a”a “a",
        "Win... a....b|Win… a….b",
        "a\\'b \\\"x\\\"|a'b \"x\"",
        "*x*'s|x’s",
        "Mr. Smith, e.g. this, pp. 3 and Dr. Who, etc. and xMr. y|Mr.\u00a0Smith, e.g.\u00a0this, pp.\u00a03 and Dr.\u00a0Who, etc. and xMr. y",
    })
    void asPandoc(String markdown, String expected) {
        assertThat(text(Nodes.parse(markdown))).isEqualTo(expected);
    }

    @Test
    void codeAddressesAndCitationsAreLeftAlone() {
        Node doc = Nodes.parse("`\"a\" -- b` <https://a.org/x--y> [t](https://a.org/'q'--) [@kaplan2001, pp. 3--5]\n");
        assertThat(Nodes.find(doc, org.commonmark.node.Code.class).get(0).getLiteral()).isEqualTo("\"a\" -- b");
        assertThat(text(doc)).contains("https://a.org/x--y");
        assertThat(Nodes.find(doc, org.commonmark.node.Link.class).get(1).getDestination()).isEqualTo("https://a.org/'q'--");
        assertThat(Nodes.find(doc, Citation.class).get(0).items().get(0).locator()).isEqualTo("3--5");
    }

    @Test
    void quotesSpanEmphasisAndLinks() {
        assertThat(text(Nodes.parse("\"*Emphasis* inside\" and *\"quote inside\"*\n")))
                .isEqualTo("“Emphasis inside” and “quote inside”");
        assertThat(text(Nodes.parse("\"[link](u)\" and \"Line start\nquote\" end\n")))
                .isEqualTo("“link” and “Line start\nquote” end".replace("\n", ""));
    }

    @Test
    void aLineOfUnclosedQuotesIsLinear() {
        // pandoc backtracks over the rest of the paragraph at each unclosed quote
        assertThat(text(Nodes.parse("'a ".repeat(40_000)))).isEqualTo("’a ".repeat(40_000).strip());
        // pandoc 2.17 on three of these: “’a”’a “’a
        assertThat(text(Nodes.parse("\"'a ".repeat(20_000)))).isEqualTo("“’a”’a ".repeat(10_000).strip());
    }
}
