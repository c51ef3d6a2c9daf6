package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.Attributes;
import org.commonmark.node.CustomNode;

/**
 * An attribute block found while parsing inlines, before it is known whether it belongs to
 * something (the code span, link or image right before it); {@link AttributePostProcessor}
 * attaches it or turns it back into the text it was written as.
 */
final class PendingAttributes extends CustomNode {

    final Attributes attributes;
    final String raw;

    PendingAttributes(Attributes attributes, String raw) {
        this.attributes = attributes;
        this.raw = raw;
    }
}
