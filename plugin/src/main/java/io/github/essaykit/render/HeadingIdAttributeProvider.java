package io.github.essaykit.render;

import io.github.essaykit.resolve.HeadingIds;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/** Puts each heading's resolved id on its element, so links and cross-references land on it. */
final class HeadingIdAttributeProvider implements AttributeProvider {

    private final HeadingIds ids;

    HeadingIdAttributeProvider(HeadingIds ids) {
        this.ids = ids;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading heading && ids.of(heading) != null) {
            attributes.put("id", ids.of(heading));
        }
    }
}
