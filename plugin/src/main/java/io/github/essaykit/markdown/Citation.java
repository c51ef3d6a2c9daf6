package io.github.essaykit.markdown;

import java.util.List;
import org.commonmark.node.CustomNode;

/**
 * A pandoc citation: bracketed (parenthetical) like {@code [see @may1997, 170-72; @stern2003]},
 * or narrative like {@code @kaplan2001} or {@code @kaplan2001 [84]}. It has no children; the
 * items carry prefix, locator and suffix as plain text.
 */
public final class Citation extends CustomNode {

    private final List<CiteItem> items;
    private final boolean bracketed;
    private final List<Integer> keyOffsets;

    /**
     * @param keyOffsets for each item, where its {@code @} (or {@code -@}) is in the node's source
     *     text, counting from the node's start
     */
    public Citation(List<CiteItem> items, boolean bracketed, List<Integer> keyOffsets) {
        this.items = List.copyOf(items);
        this.bracketed = bracketed;
        this.keyOffsets = List.copyOf(keyOffsets);
        if (this.items.isEmpty() || this.items.size() != this.keyOffsets.size()) {
            throw new IllegalArgumentException("one key offset per item, at least one item");
        }
    }

    public List<CiteItem> items() {
        return items;
    }

    /** True for {@code [@key]}, false for a narrative {@code @key}. */
    public boolean isBracketed() {
        return bracketed;
    }

    /** True for a narrative citation, whose one item has mode AUTHOR_IN_TEXT. */
    public boolean isNarrative() {
        return !bracketed;
    }

    /** Where the item's key is written ({@code @} or {@code -@}): what an unknown-key error names. */
    public SourcePosition keyPosition(int index) {
        return SourcePosition.at(this, keyOffsets.get(index));
    }

    @Override
    protected String toStringAttributes() {
        return "items=" + items + ", bracketed=" + bracketed;
    }
}
