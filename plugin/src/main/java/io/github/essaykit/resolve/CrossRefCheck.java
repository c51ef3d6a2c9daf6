package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Suggestions;
import io.github.essaykit.markdown.CodeChunk;
import io.github.essaykit.markdown.CrossRef;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.ParsedEssay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;

/**
 * Every cross-reference must name a label of its essay: an unknown one is an error at the
 * reference, with the closest label as a suggestion. A label that only a code chunk has ({@code #|
 * label: fig-plot}) names output that running the code would make: the error says so, since
 * essaykit does not run code. Returns how many references were checked.
 */
final class CrossRefCheck {

    private CrossRefCheck() {}

    static int check(ParsedEssay essay, Labels labels, List<Diagnostic> diagnostics) {
        List<String> known = labels.byId().values().stream().filter(Label::isCrossReferenceable).map(Label::id).toList();
        int[] count = {0};
        Map<String, CodeChunk> chunks = new HashMap<>();
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof CodeChunk chunk) {
                    chunk.label().ifPresent(label -> chunks.putIfAbsent(label, chunk));
                }
                visitChildren(block);
            }
        });
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof CrossRef ref) {
                    for (int i = 0; i < ref.labels().size(); i++) {
                        String label = ref.labels().get(i);
                        count[0]++;
                        if (labels.get(label) == null || !labels.get(label).isCrossReferenceable()) {
                            SourcePosition at = ref.labelPosition(i);
                            CodeChunk chunk = chunks.get(label);
                            if (chunk != null) {
                                diagnostics.add(Diagnostic.error(essay.file().relative(), at.line(), at.column(),
                                        chunkMessage(label, chunk)));
                                continue;
                            }
                            diagnostics.add(Diagnostic.error(essay.file().relative(), at.line(), at.column(),
                                    "cross-reference to '" + label + "', which no heading, figure, table or equation of this essay has"
                                            + Suggestions.didYouMean(label, known)));
                        }
                    }
                }
                visitChildren(node);
            }
        });
        return count[0];
    }

    private static String chunkMessage(String label, CodeChunk chunk) {
        String what = label.startsWith("tbl-") ? "table" : "figure";
        String example = label.startsWith("tbl-")
                ? "a table with the caption line ': Caption {#" + label + "}'"
                : "the image, '![Caption](" + label.substring(label.indexOf('-') + 1) + ".png){#" + label + "}'";
        return "cross-reference to '" + label + "', the " + what + " that the " + chunk.language()
                + " code chunk at line " + SourcePosition.of(chunk).line() + " would make when run; essaykit does not run code,"
                + " so add the " + what + " to the essay yourself (e.g. " + example + ") or remove the reference";
    }
}
