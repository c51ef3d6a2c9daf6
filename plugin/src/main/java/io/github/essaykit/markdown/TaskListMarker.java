package io.github.essaykit.markdown;

import org.commonmark.node.CustomNode;

/**
 * The {@code [ ]} or {@code [x]} opening a list item, {@code - [x] done}: the first child of the
 * item's first paragraph, written as a disabled checkbox, as pandoc does.
 */
public final class TaskListMarker extends CustomNode {

    private final boolean checked;

    public TaskListMarker(boolean checked) {
        this.checked = checked;
    }

    public boolean checked() {
        return checked;
    }

    @Override
    protected String toStringAttributes() {
        return "checked=" + checked;
    }
}
