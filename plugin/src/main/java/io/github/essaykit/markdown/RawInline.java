package io.github.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * Raw content for another format inside a paragraph: a LaTeX command ({@code \label{fig:x}},
 * {@code \autoref{fig:x}}, {@code \index{Allison}}) or a code span with a raw attribute ({@code
 * `.PP`{=ms}}), which pandoc leaves out of a web page. Kept in the tree so the essay gets its one
 * raw-content warning; rendered as nothing.
 */
public final class RawInline extends CustomNode {

    private final String format;
    private final String content;

    public RawInline(String format, String content) {
        this.format = format;
        this.content = content;
    }

    /** "latex", "ms" …, lower case. */
    public String format() {
        return format;
    }

    public String content() {
        return content;
    }

    @Override
    protected String toStringAttributes() {
        return "format=" + format + ", content=" + content;
    }
}
