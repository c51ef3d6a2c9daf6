package io.github.essaykit.markdown;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A pandoc fenced div, {@code ::: {.class #id key=value}} … {@code :::} (or {@code ::: class}),
 * holding any blocks, nested ones included. Quarto gives some classes a meaning: callouts
 * ({@code .callout-note} …), margin notes ({@code .column-margin}, {@code .aside}); and a
 * {@code #fig-…}/{@code #tbl-…} id makes the div a cross-reference target whose last paragraph
 * is its caption ({@link DivCaption}).
 */
public final class FencedDiv extends CustomBlock {

    /** The callout kinds Quarto defines, in the order its documentation lists them. */
    public static final List<String> CALLOUTS = List.of("note", "tip", "warning", "important", "caution");

    private final Attributes attributes;
    private boolean closed;

    public FencedDiv(Attributes attributes) {
        this.attributes = attributes;
    }

    public Attributes attributes() {
        return attributes;
    }

    /** Whether a closing fence ended the div (else its container or the file did). */
    public boolean isClosed() {
        return closed;
    }

    /** Called by the parser at the closing fence. */
    public void markClosed() {
        closed = true;
    }

    /** "note", "tip" … for a Quarto callout. */
    public Optional<String> callout() {
        return attributes.classes().stream()
                .filter(c -> c.startsWith("callout-") && CALLOUTS.contains(c.substring(8)))
                .map(c -> c.substring(8))
                .findFirst();
    }

    /** A note for the margin: Quarto's {@code .column-margin} or {@code .aside}. */
    public boolean isMarginNote() {
        return attributes.hasClass("column-margin") || attributes.hasClass("aside");
    }

    /** A figure or table div, {@code #fig-…} / {@code #tbl-…}, which cross-references may name. */
    public boolean isFloat() {
        return attributes.id().startsWith("fig-") || attributes.id().startsWith("tbl-");
    }

    @Override
    protected String toStringAttributes() {
        return "attributes=" + attributes;
    }
}
