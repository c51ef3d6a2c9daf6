package io.github.essaykit.markdown;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Where a node starts in the Markdown source: 1-based line and column, 0 and 0 when unknown (the
 * parser was built without source spans). Columns count UTF-16 characters, as {@link SourceSpan}
 * does.
 */
public record SourcePosition(int line, int column) {

    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    /** The start of the node's first source span. */
    public static SourcePosition of(Node node) {
        return at(node, 0);
    }

    /**
     * The position {@code offset} characters into the node's source text, where the text of
     * consecutive spans (one per line) is joined with a line feed.
     */
    public static SourcePosition at(Node node, int offset) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return UNKNOWN;
        }
        int rest = offset;
        for (SourceSpan span : spans) {
            if (rest <= span.getLength()) {
                return new SourcePosition(span.getLineIndex() + 1, span.getColumnIndex() + rest + 1);
            }
            rest -= span.getLength() + 1;
        }
        SourceSpan first = spans.get(0);
        return new SourcePosition(first.getLineIndex() + 1, first.getColumnIndex() + 1);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** "12:5", the form diagnostics print after the file name. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
