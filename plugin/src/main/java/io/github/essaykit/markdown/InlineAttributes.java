package io.github.essaykit.markdown;

import java.util.Optional;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The attributes written right after inline code, a link or an image: {@code `x`{.r}}, {@code
 * [t](u){.external}}, {@code ![a](i.png){width=50%}}. It is the last child of the {@link Code},
 * {@link Link} or {@link Image} it belongs to, has no children and renders as nothing itself.
 */
public final class InlineAttributes extends CustomNode {

    private final Attributes attributes;

    public InlineAttributes(Attributes attributes) {
        this.attributes = attributes;
    }

    public Attributes attributes() {
        return attributes;
    }

    /** The attributes of a code span, link or image, if it has some. */
    public static Optional<Attributes> of(Node node) {
        return node.getLastChild() instanceof InlineAttributes given
                ? Optional.of(given.attributes)
                : Optional.empty();
    }

    @Override
    protected String toStringAttributes() {
        return attributes.toString();
    }
}
