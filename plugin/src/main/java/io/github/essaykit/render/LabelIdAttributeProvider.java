package io.github.essaykit.render;

import io.github.essaykit.resolve.Label;
import io.github.essaykit.resolve.Labels;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/** Puts each table's label on its element, so cross-references and links land on it. */
final class LabelIdAttributeProvider implements AttributeProvider {

    private final Labels labels;

    LabelIdAttributeProvider(Labels labels) {
        this.labels = labels;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof TableBlock) {
            Label label = labels.of(node);
            if (label != null && !label.id().isEmpty()) {
                attributes.put("id", label.id());
            }
        }
    }
}
