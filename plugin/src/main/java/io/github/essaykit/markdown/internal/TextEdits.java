package io.github.essaykit.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;

/**
 * Shortens a text node at either end and keeps its source span right, assuming the removed part
 * was written literally (no escapes or entities). A text left empty is unlinked.
 */
final class TextEdits {

    private TextEdits() {}

    /** Removes the first {@code n} characters. */
    static void removePrefix(Text text, int n) {
        text.setLiteral(text.getLiteral().substring(n));
        List<SourceSpan> spans = text.getSourceSpans();
        if (spans.size() == 1 && spans.get(0).getLength() >= n) {
            text.setSourceSpans(List.of(spans.get(0).subSpan(n)));
        }
        if (text.getLiteral().isEmpty()) {
            text.unlink();
        }
    }

    /** Removes the last {@code n} characters, trailing spaces before them too; returns the removed spans. */
    static List<SourceSpan> removeSuffix(Text text, int n) {
        String literal = text.getLiteral();
        String kept = literal.substring(0, literal.length() - n).stripTrailing();
        int removed = literal.length() - kept.length();
        text.setLiteral(kept);
        List<SourceSpan> spans = text.getSourceSpans();
        List<SourceSpan> removedSpans = List.of();
        if (!spans.isEmpty() && spans.get(spans.size() - 1).getLength() >= removed) {
            SourceSpan last = spans.get(spans.size() - 1);
            int cut = last.getLength() - removed;
            removedSpans = List.of(last.subSpan(cut + (removed - n)));
            var newSpans = new ArrayList<>(spans.subList(0, spans.size() - 1));
            if (cut > 0) {
                newSpans.add(last.subSpan(0, cut));
            }
            text.setSourceSpans(newSpans);
        }
        if (kept.isEmpty()) {
            text.unlink();
        }
        return removedSpans;
    }

    /**
     * Puts a text in the place of {@code node}, with its source spans; the caller merges adjacent
     * texts once, afterwards ({@link #mergeAdjacent}), so that many replacements stay linear.
     */
    static Text replaceWithText(Node node, String literal) {
        Text text = new Text(literal);
        text.setSourceSpans(node.getSourceSpans());
        node.insertBefore(text);
        node.unlink();
        return text;
    }

    /** Merges each run of adjacent texts among {@code parent}'s children into one, as the parser leaves them. */
    static void mergeAdjacent(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            if (!(child instanceof Text first) || !(child.getNext() instanceof Text)) {
                child = child.getNext();
                continue;
            }
            StringBuilder literal = new StringBuilder(first.getLiteral());
            SourceSpans spans = SourceSpans.empty();
            spans.addAll(first.getSourceSpans());
            Node next = first.getNext();
            while (next instanceof Text more) {
                literal.append(more.getLiteral());
                spans.addAll(more.getSourceSpans());
                next = more.getNext();
                more.unlink();
            }
            first.setLiteral(literal.toString());
            first.setSourceSpans(spans.getSourceSpans());
            child = next;
        }
    }
}
