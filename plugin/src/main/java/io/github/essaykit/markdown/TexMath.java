package io.github.essaykit.markdown;

import java.util.Optional;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/**
 * TeX math as pandoc reads it: {@code $…$} or {@code \(…\)} inline, {@code $$…$$} or {@code \[…\]}
 * display. The TeX is kept exactly as written (no Markdown escapes apply inside), as a field and
 * not as {@code Text} children, so text post-processors (smart punctuation) never touch it. A
 * display formula may carry a Quarto label written after it, {@code $$E = mc^2$$ {#eq-mass}}.
 */
public final class TexMath extends CustomNode {

    private final String tex;
    private final boolean display;
    private final String label;

    public TexMath(String tex, boolean display, String label) {
        this.tex = tex;
        this.display = display;
        this.label = label;
        if (label != null && !display) {
            throw new IllegalArgumentException("only display math carries a label");
        }
    }

    /** The TeX between the delimiters, backslashes and all. */
    public String tex() {
        return tex;
    }

    /** True for display math ({@code $$…$$}, {@code \[…\]}). */
    public boolean display() {
        return display;
    }

    /** The {@code {#eq-x}} id without {@code #}, if any. */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /** True if the tree holds math anywhere (notes included): its page then loads the math assets. */
    public static boolean occursIn(Node node) {
        if (node instanceof TexMath) {
            return true;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (occursIn(child)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected String toStringAttributes() {
        return "tex=" + tex + ", display=" + display + ", label=" + label;
    }
}
