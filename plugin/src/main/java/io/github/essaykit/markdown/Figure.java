package io.github.essaykit.markdown;

import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * An image alone in its paragraph, as pandoc's implicit figures: {@code ![U-2 photo of the
 * site.](u2.jpg){#fig-u2}}. It replaces the paragraph; its children are the caption's inline
 * content (the image's description). Unlabelled images become figures only with a caption.
 */
public final class Figure extends CustomBlock {

    private final String destination;
    private final String title;
    private final Attributes attributes;

    /** @param attributes the image's attributes ({@code {#fig-x width=50%}}); the id is the label */
    public Figure(String destination, String title, Attributes attributes) {
        this.destination = destination;
        this.title = title == null ? "" : title;
        this.attributes = attributes;
    }

    /** The image's URL as written (after entity and escape processing). */
    public String destination() {
        return destination;
    }

    /** The image's title, "" when none. */
    public String title() {
        return title;
    }

    /** The {@code {#fig-x}} id without {@code #}, if any. */
    public Optional<String> label() {
        return attributes.id().isEmpty() ? Optional.empty() : Optional.of(attributes.id());
    }

    /** The image's attributes, id included. */
    public Attributes attributes() {
        return attributes;
    }

    @Override
    protected String toStringAttributes() {
        return "destination=" + destination + ", attributes=" + attributes;
    }
}
