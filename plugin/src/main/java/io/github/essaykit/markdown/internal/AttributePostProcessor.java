package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.InlineAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Gives each attribute block written right after a code span, link or image to it (as its
 * {@link InlineAttributes}); every other one goes back to the text it was written as (a
 * heading's or a caption's trailing block is read from that text by the label post-processor).
 */
final class AttributePostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<PendingAttributes> pending = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof PendingAttributes attributes) {
                    pending.add(attributes);
                }
                visitChildren(node);
            }
        });
        Set<Node> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PendingAttributes block : pending) {
            Node owner = block.getPrevious();
            boolean attachable = owner instanceof Code || owner instanceof Link || owner instanceof Image;
            if (attachable && !(owner.getLastChild() instanceof InlineAttributes)) {
                InlineAttributes attributes = new InlineAttributes(block.attributes);
                attributes.setSourceSpans(block.getSourceSpans());
                block.unlink();
                owner.appendChild(attributes);
            } else {
                parents.add(block.getParent());
                TextEdits.replaceWithText(block, block.raw);
            }
        }
        parents.forEach(TextEdits::mergeAdjacent);
        return document;
    }
}
