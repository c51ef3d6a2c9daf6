package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.TaskListMarker;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/** A list item whose text starts with {@code [ ]}, {@code [x]} or {@code [X]} and a space gets a {@link TaskListMarker}. */
public final class TaskListPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<ListItem> items = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                items.add(item);
                visitChildren(item);
            }
        });
        for (ListItem item : items) {
            if (!(item.getFirstChild() instanceof Paragraph paragraph) || !(paragraph.getFirstChild() instanceof Text text)) {
                continue;
            }
            String literal = text.getLiteral();
            if (literal.length() < 4 || literal.charAt(0) != '[' || literal.charAt(2) != ']' || literal.charAt(3) != ' '
                    || " xX".indexOf(literal.charAt(1)) < 0) {
                continue;
            }
            TaskListMarker marker = new TaskListMarker(literal.charAt(1) != ' ');
            List<SourceSpan> spans = text.getSourceSpans();
            if (!spans.isEmpty() && spans.get(0).getLength() >= 3) {
                marker.setSourceSpans(List.of(spans.get(0).subSpan(0, 3)));
            }
            TextEdits.removePrefix(text, 4);
            paragraph.prependChild(marker);
        }
        return document;
    }
}
