package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationParseTest {

    private static Citation only(String markdown) {
        List<Citation> citations = Nodes.find(markdown, Citation.class);
        assertThat(citations).hasSize(1);
        return citations.get(0);
    }

    @Test
    void bracketedWithPrefixesAndLocators() {
        Citation c = only("As shown [see @may1997, 170-72; also @stern2003, chap. 4].");
        assertThat(c.isBracketed()).isTrue();
        assertThat(c.items()).containsExactly(
                new CiteItem("may1997", "see", "page", "170-72", "", CiteItem.Mode.NORMAL),
                new CiteItem("stern2003", "also", "chapter", "4", "", CiteItem.Mode.NORMAL));
        assertThat(SourcePosition.of(c)).isEqualTo(new SourcePosition(1, 10));
        assertThat(c.keyPosition(0)).isEqualTo(new SourcePosition(1, 15));
        assertThat(c.keyPosition(1)).isEqualTo(new SourcePosition(1, 38));
    }

    @Test
    void suppressAuthor() {
        Citation c = only("In 2001 [-@kaplan2001] he said");
        assertThat(c.items()).containsExactly(
                new CiteItem("kaplan2001", "", "", "", "", CiteItem.Mode.SUPPRESS_AUTHOR));
        assertThat(c.keyPosition(0)).isEqualTo(new SourcePosition(1, 10));
    }

    @Test
    void narrative() {
        Citation c = only("As @kaplan2001 says.");
        assertThat(c.isNarrative()).isTrue();
        assertThat(c.items()).containsExactly(
                new CiteItem("kaplan2001", "", "", "", "", CiteItem.Mode.AUTHOR_IN_TEXT));
        assertThat(SourcePosition.of(c)).isEqualTo(new SourcePosition(1, 4));
        Node next = c.getNext();
        assertThat(next).isInstanceOf(Text.class);
        assertThat(((Text) next).getLiteral()).isEqualTo(" says.");
    }

    @Test
    void narrativeWithLocatorConsumesTheBracket() {
        Citation c = only("As @kaplan2001 [84] says.");
        assertThat(c.items()).containsExactly(
                new CiteItem("kaplan2001", "", "page", "84", "", CiteItem.Mode.AUTHOR_IN_TEXT));
        assertThat(((Text) c.getNext()).getLiteral()).isEqualTo(" says.");
        assertThat(c.getSourceSpans().get(0).getLength()).isEqualTo("@kaplan2001 [84]".length());
    }

    @Test
    void narrativeFollowedByALinkKeepsTheLink() {
        Node doc = Nodes.parse("@a [text](http://x.org)");
        assertThat(Nodes.find(doc, Citation.class)).singleElement()
                .satisfies(c -> assertThat(c.items().get(0).hasLocator()).isFalse());
        assertThat(Nodes.find(doc, Link.class)).hasSize(1);
    }

    @Test
    void bracedKeyAllowsOddCharacters() {
        assertThat(only("see @{odd key} here").items().get(0).key()).isEqualTo("odd key");
        assertThat(only("[@{10.1000/xyz?a=b}, p. 3]").items().get(0))
                .isEqualTo(new CiteItem("10.1000/xyz?a=b", "", "page", "3", "", CiteItem.Mode.NORMAL));
    }

    @Test
    void trailingPunctuationIsNotPartOfTheKey() {
        assertThat(only("as @doe99. Then").items().get(0).key()).isEqualTo("doe99");
        assertThat(only("as @doe99: then").items().get(0).key()).isEqualTo("doe99");
        assertThat(only("(as @doe99)").items().get(0).key()).isEqualTo("doe99");
        assertThat(only("as @a:b.c#d$e%f&g-h+i?j<k>l~m/n.").items().get(0).key())
                .isEqualTo("a:b.c#d$e%f&g-h+i?j<k>l~m/n");
    }

    @Test
    void suffixAfterLocator() {
        assertThat(only("[@a, p. 33, and passim]").items().get(0))
                .isEqualTo(new CiteItem("a", "", "page", "33", ", and passim", CiteItem.Mode.NORMAL));
    }

    @Test
    void escapesInPrefixAndSuffixAreResolved() {
        assertThat(only("[see \\* @a, 3 \\[sic\\]]").items().get(0))
                .isEqualTo(new CiteItem("a", "see *", "page", "3", " [sic]", CiteItem.Mode.NORMAL));
    }

    @Test
    void citationSpanningTwoLines() {
        Citation c = only("Text [see @a, 3;\n  also @b, 4] end");
        assertThat(c.items()).extracting(CiteItem::key).containsExactly("a", "b");
        assertThat(c.keyPosition(0)).isEqualTo(new SourcePosition(1, 11));
        assertThat(c.keyPosition(1)).isEqualTo(new SourcePosition(2, 8));
    }

    @Test
    void citationThenFootnoteIsNeverAReferenceLink() {
        Node doc = Nodes.parse("Claim [@key, p. 4][^n].\n\n[^n]: The note.\n");
        Paragraph p = (Paragraph) doc.getFirstChild();
        Node citation = p.getFirstChild().getNext();
        assertThat(citation).isInstanceOf(Citation.class);
        assertThat(((Citation) citation).items()).containsExactly(
                new CiteItem("key", "", "page", "4", "", CiteItem.Mode.NORMAL));
        assertThat(citation.getNext()).isInstanceOf(FootnoteReference.class);
        assertThat(((FootnoteReference) citation.getNext()).getLabel()).isEqualTo("n");
        assertThat(Nodes.find(doc, Link.class)).isEmpty();
    }

    @Test
    void citationInsideFootnotesAndInlineNotes() {
        Node doc = Nodes.parse("Text^[As @a argues [@b].]\n\nMore[^1].\n\n[^1]: See [@c].\n");
        assertThat(Nodes.find(doc, Citation.class)).extracting(c -> c.items().get(0).key())
                .containsExactly("a", "b", "c");
        assertThat(Nodes.find(doc, InlineFootnote.class)).hasSize(1);
    }

    @Test
    void linksWinAndKeepANarrativeCitationInTheirText() {
        // pandoc agrees for the first two; it does not read "[@a]: url" as a definition at all
        for (String markdown : List.of(
                "[@a](http://x.org)",
                "[@a][ref]\n\n[ref]: http://x.org\n",
                "[@a]\n\n[@a]: http://x.org\n")) {
            Node doc = Nodes.parse(markdown);
            assertThat(Nodes.find(doc, Link.class)).as(markdown).singleElement()
                    .satisfies(link -> assertThat(link.getFirstChild()).isInstanceOf(Citation.class));
            assertThat(Nodes.find(doc, Citation.class)).as(markdown).singleElement()
                    .satisfies(c -> assertThat(c.isNarrative()).isTrue());
        }
    }

    @Test
    void emailAddressIsALinkNotACitation() {
        Node doc = Nodes.parse("Write to name@example.com today.");
        assertThat(Nodes.find(doc, Citation.class)).isEmpty();
        assertThat(Nodes.find(doc, Link.class)).singleElement()
                .satisfies(link -> assertThat(link.getDestination()).isEqualTo("mailto:name@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "an \\@at sign",
        "in code `@key` only",
        "```\n@key [@key]\n```",
        "    @key indented code",
        "[text with a@b here]",
        "<me@example.com>",
        "an @ alone",
        "x@key",
        "@-key",
        "<span data-x=\"@key\">",
        "@{unclosed"
    })
    void notCitations(String markdown) {
        assertThat(Nodes.find(markdown, Citation.class)).isEmpty();
        assertThat(Nodes.find(markdown, CrossRef.class)).isEmpty();
    }

    @Test
    void bracketWithAMissingKeyKeepsItsNarrativeCitations() {
        // as pandoc: the bracket is not a citation, the @a inside it is a narrative one
        Node doc = Nodes.parse("[@a; no key here]");
        assertThat(Nodes.find(doc, Citation.class)).singleElement()
                .satisfies(c -> assertThat(c.isNarrative()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[@a; b; @c]", "[see b; @c]", "[@a; and; @c, p. 3]", "[(see; this) @c]"})
    void aPartWithoutAKeyBeforeAKeyMakesTheBracketText(String markdown) {
        // pandoc 2.17 reads none of these as a citation: each @key inside is a narrative one; a JOSS
        // paper's "[@Rew90; Rew2006; @OGC_netCDF]" (the @ forgotten) printed as one citation here
        List<Citation> citations = Nodes.find(markdown, Citation.class);
        assertThat(citations).isNotEmpty().allSatisfy(c -> assertThat(c.isNarrative()).isTrue());
    }

    @Test
    void aSemicolonEscapedOrInCodeIsPartOfThePrefix() {
        assertThat(only("[see\\; this @c]").items()).extracting(CiteItem::prefix).containsExactly("see; this");
        assertThat(only("[see `a;b` @c]").items()).extracting(CiteItem::prefix).containsExactly("see `a;b`");
    }

    @Test
    void escapedAtInsideBracketsIsNoKey() {
        assertThat(Nodes.find("[mail \\@a]", Citation.class)).isEmpty();
        assertThat(Nodes.find("[`@a` and @b]", Citation.class)).singleElement()
                .satisfies(c -> assertThat(c.items()).extracting(CiteItem::key).containsExactly("b"));
    }

    @Test
    void codeSpanStaysCode() {
        Node doc = Nodes.parse("`@key`");
        assertThat(Nodes.find(doc, Code.class)).singleElement()
                .satisfies(code -> assertThat(code.getLiteral()).isEqualTo("@key"));
    }
}
