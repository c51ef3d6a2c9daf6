package io.github.essaykit.markdown;

import java.util.List;
import org.commonmark.node.CustomNode;

/**
 * A Quarto cross-reference: a citation whose keys start with {@code sec-}, {@code fig-}, {@code
 * tbl-} or {@code eq-}: {@code @sec-berlin}, {@code @Sec-berlin} (capitalised word), {@code [-@fig-u2]} (number
 * only), {@code [see @fig-a; @fig-b]}. Labels have their prefix lower-cased ({@code sec-berlin});
 * prefix is the text before the first key, suffix the text after the last one.
 */
public final class CrossRef extends CustomNode {

    private final List<String> labels;
    private final boolean capitalize;
    private final boolean suppressWord;
    private final boolean bracketed;
    private final String prefix;
    private final String suffix;
    private final List<Integer> labelOffsets;

    public CrossRef(
            List<String> labels,
            boolean capitalize,
            boolean suppressWord,
            boolean bracketed,
            String prefix,
            String suffix,
            List<Integer> labelOffsets) {
        this.labels = List.copyOf(labels);
        this.capitalize = capitalize;
        this.suppressWord = suppressWord;
        this.bracketed = bracketed;
        this.prefix = prefix == null ? "" : prefix;
        this.suffix = suffix == null ? "" : suffix;
        this.labelOffsets = List.copyOf(labelOffsets);
        if (this.labels.isEmpty() || this.labels.size() != this.labelOffsets.size()) {
            throw new IllegalArgumentException("one offset per label, at least one label");
        }
    }

    /** The kinds of labels Quarto cross-references, by key prefix. */
    public enum Kind {
        SECTION("sec-"),
        FIGURE("fig-"),
        TABLE("tbl-"),
        EQUATION("eq-");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        /** The kind of a label or key such as "sec-x" or "Sec-x", or null when it is none. */
        public static Kind of(String key) {
            for (Kind kind : values()) {
                if (key.regionMatches(true, 0, kind.prefix, 0, kind.prefix.length())
                        && key.length() > kind.prefix.length()) {
                    return kind;
                }
            }
            return null;
        }
    }

    public List<String> labels() {
        return labels;
    }

    /** The first label's kind. */
    public Kind kind() {
        return Kind.of(labels.get(0));
    }

    /** {@code @Sec-x}: the word ("Section") starts with a capital. */
    public boolean capitalize() {
        return capitalize;
    }

    /** {@code [-@sec-x]}: the number alone, without the word. */
    public boolean suppressWord() {
        return suppressWord;
    }

    public boolean isBracketed() {
        return bracketed;
    }

    public String prefix() {
        return prefix;
    }

    public String suffix() {
        return suffix;
    }

    /** Where the label's reference ({@code @} or {@code -@}) is written. */
    public SourcePosition labelPosition(int index) {
        return SourcePosition.at(this, labelOffsets.get(index));
    }

    @Override
    protected String toStringAttributes() {
        return "labels=" + labels + ", capitalize=" + capitalize + ", suppressWord=" + suppressWord;
    }
}
