package io.github.essaykit.render;

import io.github.essaykit.markdown.TaskListMarker;
import java.util.Map;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.renderer.html.AttributeProvider;

/** A list holding task items is {@code <ul class="task-list">}, as pandoc writes it. */
final class TaskListAttributeProvider implements AttributeProvider {

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if ((node instanceof BulletList || node instanceof OrderedList) && hasTask((ListBlock) node)) {
            attributes.merge("class", "task-list", (a, b) -> a + " " + b);
        }
    }

    private static boolean hasTask(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item.getFirstChild() != null && item.getFirstChild().getFirstChild() instanceof TaskListMarker) {
                return true;
            }
        }
        return false;
    }
}
