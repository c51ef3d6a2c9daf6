package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.CrossRef;
import java.util.List;
import org.commonmark.node.Node;

/**
 * Makes the node for parsed citation items: a {@link CrossRef} when every key is a {@code sec-},
 * {@code fig-} or {@code tbl-} label, else a {@link Citation} (so a mixed bracket stays a citation
 * and its labels show up as unknown keys).
 */
public final class CiteNodes {

    private CiteNodes() {}

    /** @param offset added to each item's offset: where the parsed text starts in the node */
    public static Node create(List<CiteSyntax.Item> items, boolean bracketed, int offset) {
        List<Integer> offsets = items.stream().map(item -> item.at() + offset).toList();
        boolean crossRef = items.stream().allMatch(item -> CrossRef.Kind.of(item.item().key()) != null);
        if (!crossRef) {
            return new Citation(items.stream().map(CiteSyntax.Item::item).toList(), bracketed, offsets);
        }
        CiteItem first = items.get(0).item();
        List<String> labels = items.stream().map(item -> label(item.item().key())).toList();
        return new CrossRef(
                labels,
                Character.isUpperCase(first.key().charAt(0)),
                first.mode() == CiteItem.Mode.SUPPRESS_AUTHOR,
                bracketed,
                first.prefix(),
                items.get(items.size() - 1).rawSuffix(),
                offsets);
    }

    /** "Sec-berlin" becomes "sec-berlin"; the rest of the label keeps its case. */
    static String label(String key) {
        CrossRef.Kind kind = CrossRef.Kind.of(key);
        return kind.prefix() + key.substring(kind.prefix().length());
    }
}
