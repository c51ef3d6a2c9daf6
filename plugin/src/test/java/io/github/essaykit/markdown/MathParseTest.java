package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * What the pandoc oracle (render/MathPandocOracleTest) cannot show: the nodes themselves, Quarto
 * equation labels, and openings that never close, which once made a paragraph quadratic (a
 * paragraph of 10,000 {@code \[} took 11 s, 20,000 twice as long as that squared would allow).
 * No timing is asserted: a regression shows as a test that runs for minutes.
 */
class MathParseTest {

    @Test
    void texIsKeptExactlyAndIsNoText() {
        TexMath math = Nodes.find("a $\\frac{1}{2}\\,\\text{m}$ b", TexMath.class).get(0);
        assertThat(math.tex()).isEqualTo("\\frac{1}{2}\\,\\text{m}");
        assertThat(math.display()).isFalse();
        assertThat(math.getFirstChild()).as("smart punctuation and other text passes never see math").isNull();
        assertThat(Nodes.find("a $x'' -- y...$ b", Text.class)).extracting(Text::getLiteral).containsExactly("a ", " b");
    }

    @Test
    void aQuartoLabelAfterDisplayMathIsTakenOff() {
        List<TexMath> maths = Nodes.find("$$\nE = mc^2\n$$ {#eq-mass}\n\nand $$x$$ {#eq-x.1} then $$y$$ {#fig-y}", TexMath.class);
        assertThat(maths).extracting(TexMath::tex).containsExactly("\nE = mc^2\n", "x", "y");
        assertThat(maths).extracting(m -> m.label().orElse(null)).containsExactly("eq-mass", "eq-x.1", null);
        assertThat(Nodes.find("$$y$$ {#fig-y}", Text.class)).extracting(Text::getLiteral)
                .as("only eq- labels belong to equations").containsExactly(" {#fig-y}");
        assertThat(Nodes.find("$x$ {#eq-inline}", TexMath.class).get(0).label()).as("inline math has no label").isEmpty();
    }

    @Test
    void singleBackslashMathIsOffAsInPandocsMarkdown() {
        assertThat(Nodes.find("A quote \\[sic\\] and \\(x\\).", TexMath.class)).isEmpty();
        Parser parser = Parser.builder().extensions(List.of(MathExtension.withSingleBackslash())).build();
        assertThat(Nodes.find(parser.parse("A quote \\[sic\\] and \\(x\\)."), TexMath.class))
                .extracting(TexMath::tex).containsExactly("sic", "x");
    }

    @Test
    void mathKeepsItsSourcePosition() {
        TexMath math = Nodes.find("Some text\nthen $x$ here", TexMath.class).get(0);
        assertThat(SourcePosition.of(math).line()).isEqualTo(2);
        assertThat(SourcePosition.of(math).column()).isEqualTo(6);
    }

    @Test
    void occursInFindsMathInNotesToo() {
        assertThat(TexMath.occursIn(Nodes.parse("Text.[^n]\n\n[^n]: A note with $x$."))).isTrue();
        assertThat(TexMath.occursIn(Nodes.parse("It costs $5 or $6.\n\nAnd `$x$` is code."))).isFalse();
    }

    @Test
    void openingsThatNeverCloseStayTextInLinearTime() {
        int n = 20_000;
        Parser parser = Parser.builder().extensions(List.of(MathExtension.withSingleBackslash())).build();
        for (String paragraph : List.of("\\[".repeat(n), "\\(".repeat(n), "$" + "\\text{{".repeat(n))) {
            assertThat(Nodes.find(parser.parse(paragraph), TexMath.class)).as(paragraph.substring(0, 8)).isEmpty();
        }
        assertThat(Nodes.find("$\\text{".repeat(n), TexMath.class)).as("each \\text{ closed by the next $")
                .hasSize(n / 2).allSatisfy(m -> assertThat(m.tex()).isEqualTo("\\text{"));
    }
}
