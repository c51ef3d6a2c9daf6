package io.github.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * A LaTeX command inside a paragraph ({@code \label{fig:x}}, {@code \autoref{fig:x}}, {@code
 * \index{Allison}}), which pandoc reads as raw LaTeX and leaves out of a web page. Kept in the
 * tree so the essay gets its one raw-content warning; rendered as nothing.
 */
public final class RawInline extends CustomNode {

    private final String content;

    public RawInline(String content) {
        this.content = content;
    }

    public String content() {
        return content;
    }

    @Override
    protected String toStringAttributes() {
        return "content=" + content;
    }
}
