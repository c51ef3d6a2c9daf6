package io.github.essaykit.markdown;

import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.CustomBlock;

/**
 * A table's caption, written as a paragraph right after (or before) the table: {@code : Jupiter sites
 * {#tbl-jupiters}} (pandoc also accepts {@code Table:}). It becomes the first child of the {@link
 * TableBlock}, as {@code <caption>} is in HTML; its children are the caption's inline content.
 */
public final class TableCaption extends CustomBlock {

    private final String label;

    public TableCaption(String label) {
        this.label = label;
    }

    /** The {@code {#tbl-x}} id without {@code #}, if any. */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /** The caption of a table, if it has one. */
    public static Optional<TableCaption> of(TableBlock table) {
        return table.getFirstChild() instanceof TableCaption caption
                ? Optional.of(caption)
                : Optional.empty();
    }

    @Override
    protected String toStringAttributes() {
        return "label=" + label;
    }
}
