package io.github.essaykit.markdown;

import org.commonmark.node.CustomBlock;

/**
 * Content for another output format, which a web page does not show: a {@code ```{=latex}}
 * block (any format but html) or a LaTeX command alone on its lines ({@code \newpage}, {@code
 * \index{…}}). Kept in the tree so the essay gets a warning at its position; rendered as nothing.
 */
public final class RawBlock extends CustomBlock {

    private final String format;
    private final String content;

    public RawBlock(String format, String content) {
        this.format = format;
        this.content = content;
    }

    /** "latex", "tex", "docx" … as written after {@code =}. */
    public String format() {
        return format;
    }

    public String content() {
        return content;
    }

    @Override
    protected String toStringAttributes() {
        return "format=" + format;
    }
}
