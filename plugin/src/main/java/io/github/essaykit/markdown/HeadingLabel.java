package io.github.essaykit.markdown;

import java.util.Optional;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The attributes of a heading, {@code ## The Berlin gambit {#sec-berlin .hide}}: the last child
 * of the {@link Heading}, with the attribute block removed from the heading's text. Its id, if
 * any, is the heading's label; {@code {-}} or {@code {.unnumbered}} leave the heading out of the
 * section numbering. It has no children and renders as nothing; its source position is that of
 * the {@code {...}}.
 */
public final class HeadingLabel extends CustomNode {

    private final Attributes attributes;

    public HeadingLabel(Attributes attributes) {
        this.attributes = attributes;
    }

    /** The explicit id, "" when the attributes give none. */
    public String id() {
        return attributes.id();
    }

    public Attributes attributes() {
        return attributes;
    }

    /** The attribute block of a heading, if it has one. */
    public static Optional<HeadingLabel> of(Heading heading) {
        for (Node child = heading.getLastChild(); child != null; child = child.getPrevious()) {
            if (child instanceof HeadingLabel label) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** Whether a heading is left out of section numbering ({@code {-}}, {@code {.unnumbered}}). */
    public static boolean isUnnumbered(Heading heading) {
        return of(heading).map(label -> label.attributes.hasClass("unnumbered")).orElse(false);
    }

    @Override
    protected String toStringAttributes() {
        return "id=" + id() + ", attributes=" + attributes;
    }
}
