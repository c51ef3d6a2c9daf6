package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/** LaTeX commands inside running text, as JOSS papers write them for their PDF. */
class RawLatexInlineTest {

    private static List<String> nodes(String markdown) {
        Node document = EssayMarkdown.parser().parse(markdown);
        List<String> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                found.add("text " + text.getLiteral());
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof RawInline raw) {
                    found.add("raw " + raw.content() + " at " + SourcePosition.of(raw).line() + ":" + SourcePosition.of(raw).column());
                }
                visitChildren(node);
            }
        });
        return found;
    }

    @Test
    void commandsWithAnArgumentAreRawAtTheirPlace() {
        assertThat(nodes("Terms.\\label{fig:terms} Then \\autoref{fig:terms} shows\\index{a}[b]{c} it."))
                .containsExactly("text Terms.", "raw \\label{fig:terms} at 1:7", "text  Then ", "raw \\autoref{fig:terms} at 1:30",
                        "text  shows", "raw \\index{a}[b]{c} at 1:55", "text  it.");
    }

    @Test
    void aBareBackslashWordStaysText() {
        // pandoc reads \Users as raw LaTeX and drops it ("C:stays"); a path is likelier than a command
        assertThat(nodes("Open C:\\Users\\me and type \\alpha.")).containsExactly("text Open C:\\Users\\me and type \\alpha.");
    }

    @Test
    void layoutCommandsWithoutArgumentsAreRaw() {
        assertThat(nodes("One\\newpage two \\noindentation")).containsExactly(
                "text One", "raw \\newpage at 1:4", "text  two \\noindentation");
    }

    @Test
    void codeAndMathAreNotTouched() {
        assertThat(nodes("`\\label{x}` and $\\frac{a}{b}$")).doesNotContainSubsequence("raw").noneMatch(s -> s.startsWith("raw"));
    }
}
