package io.github.essaykit.parse;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** 1-based line and column of a node, from CommonMark's 0-based source spans; 0 when unknown. */
public record Positions(int line, int column) {

    public static Positions of(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan first = spans.get(0);
                return new Positions(first.getLineIndex() + 1, first.getColumnIndex() + 1);
            }
        }
        return new Positions(0, 0);
    }
}
