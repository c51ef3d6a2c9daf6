package io.github.essaykit.markdown;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;

/**
 * A link to a heading of the same essay by its text, pandoc's implicit heading reference:
 * {@code [Heading text]}, {@code [Heading text][]} or {@code [other words][Heading text]}, where
 * no link reference definition has that label. Its children are the link's text.
 */
public final class HeadingReference extends CustomNode {

    private final Heading target;

    public HeadingReference(Heading target) {
        this.target = target;
    }

    /** The heading linked to (the first with that text, as in pandoc). */
    public Heading target() {
        return target;
    }
}
