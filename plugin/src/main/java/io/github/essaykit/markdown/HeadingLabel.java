package io.github.essaykit.markdown;

import java.util.Optional;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The explicit id of a heading, {@code ## The Berlin gambit {#sec-berlin}}: the last child of the
 * {@link Heading}, with the attribute removed from the heading's text. It has no children and
 * renders as nothing; its source position is that of the {@code {#...}}.
 */
public final class HeadingLabel extends CustomNode {

    private final String id;

    public HeadingLabel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The label of a heading, if it has one. */
    public static Optional<HeadingLabel> of(Heading heading) {
        for (Node child = heading.getLastChild(); child != null; child = child.getPrevious()) {
            if (child instanceof HeadingLabel label) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    @Override
    protected String toStringAttributes() {
        return "id=" + id;
    }
}
