package io.github.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * pandoc's bracketed span, {@code [small caps]{.smallcaps}} or {@code [le mot]{lang=fr}}: its
 * children are the text in brackets, written as a {@code <span>} with the attributes (pandoc
 * writes {@code .underline} as {@code <u>} and {@code .mark} as {@code <mark>}).
 */
public final class BracketedSpan extends CustomNode {

    private final Attributes attributes;

    public BracketedSpan(Attributes attributes) {
        this.attributes = attributes;
    }

    public Attributes attributes() {
        return attributes;
    }

    @Override
    protected String toStringAttributes() {
        return attributes.toString();
    }
}
