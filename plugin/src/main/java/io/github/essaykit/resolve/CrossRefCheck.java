package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Suggestions;
import io.github.essaykit.markdown.CrossRef;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.ParsedEssay;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;

/**
 * Every cross-reference must name a label of its essay: an unknown one is an error at the
 * reference, with the closest label as a suggestion. Returns how many references were checked.
 */
final class CrossRefCheck {

    private CrossRefCheck() {}

    static int check(ParsedEssay essay, Labels labels, List<Diagnostic> diagnostics) {
        List<String> known = labels.byId().values().stream().filter(Label::isCrossReferenceable).map(Label::id).toList();
        int[] count = {0};
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof CrossRef ref) {
                    for (int i = 0; i < ref.labels().size(); i++) {
                        String label = ref.labels().get(i);
                        count[0]++;
                        if (labels.get(label) == null || !labels.get(label).isCrossReferenceable()) {
                            SourcePosition at = ref.labelPosition(i);
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
}
