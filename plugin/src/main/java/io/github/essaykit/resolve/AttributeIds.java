package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.markdown.Attributes;
import io.github.essaykit.markdown.BracketedSpan;
import io.github.essaykit.markdown.InlineAttributes;
import io.github.essaykit.markdown.SourcePosition;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/**
 * The ids an author gives spans, code, links and images ({@code [x]{#term}}) go through the
 * page's {@link PageIds} like labels: one used twice or in a scheme essaykit keeps is an error at
 * its attribute block, and automatic heading ids step around the rest.
 */
final class AttributeIds {

    private AttributeIds() {}

    static void claim(Node document, PageIds ids, String file, List<Diagnostic> diagnostics) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof InlineAttributes given) {
                    claim(given.attributes(), given);
                } else if (node instanceof BracketedSpan span) {
                    claim(span.attributes(), span);
                }
                visitChildren(node);
            }

            private void claim(Attributes attributes, Node node) {
                if (attributes.id().isEmpty()) {
                    return;
                }
                SourcePosition where = SourcePosition.of(node);
                String taken = ids.claimLabel(attributes.id(), where);
                if (taken != null) {
                    diagnostics.add(Diagnostic.error(file, where.line(), where.column(), "id '" + attributes.id() + "' "
                            + taken + "; choose another id (ids must be unique in the page)"));
                }
            }
        });
    }
}
