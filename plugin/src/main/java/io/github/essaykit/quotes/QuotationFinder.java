package io.github.essaykit.quotes;

import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Finds the quotations an essay attributes to a source: a run between quotation marks
 * ({@code “…”}, or {@code "…"} left straight) followed by a citation, with only spaces,
 * punctuation or an opening parenthesis between; and a block quote whose last paragraph ends with
 * a citation, or that is followed by a paragraph holding only a citation (an attribution line such
 * as {@code — [@key]}).
 */
public final class QuotationFinder {

    /** Stands for a citation in a paragraph's flattened text. */
    static final char CITATION = '\uFFFC';
    private static final String BETWEEN = " \t\n.,;:!?(\u2014\u2013-";

    private QuotationFinder() {}

    public static List<Quotation> find(Node document) {
        List<Quotation> found = new ArrayList<>();
        Set<Citation> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                inline(paragraph, found, claimed);
            }
        });
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                block(quote, found, claimed);
                visitChildren(quote);
            }
        });
        found.sort((a, b) -> a.at().line() != b.at().line() ? a.at().line() - b.at().line() : a.at().column() - b.at().column());
        return found;
    }

    private static void inline(Paragraph paragraph, List<Quotation> found, Set<Citation> claimed) {
        Flat flat = Flat.of(paragraph);
        String text = flat.text.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean straight = c == '"' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (c != '\u201C' && !straight) {
                continue;
            }
            int close = text.indexOf(straight ? '"' : '\u201D', i + 1);
            if (close < 0) {
                return;
            }
            int after = close + 1;
            while (after < text.length() && BETWEEN.indexOf(text.charAt(after)) >= 0) {
                after++;
            }
            if (after < text.length() && text.charAt(after) == CITATION) {
                Citation citation = flat.citationAt(after);
                claimed.add(citation);
                found.add(new Quotation(text.substring(i + 1, close), flat.position(i, paragraph), citation, paragraph));
            }
            i = close;
        }
    }

    private static void block(BlockQuote quote, List<Quotation> found, Set<Citation> claimed) {
        List<Flat> paragraphs = new ArrayList<>();
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p) {
                paragraphs.add(Flat.of(p));
            }
        }
        if (paragraphs.isEmpty()) {
            return;
        }
        StringBuilder words = new StringBuilder();
        paragraphs.forEach(p -> words.append(p.text).append('\n'));
        String all = words.toString().stripTrailing();
        Citation citation = null;
        String trimmed = strip(all);
        if (trimmed.endsWith(String.valueOf(CITATION))) {
            Flat last = paragraphs.get(paragraphs.size() - 1);
            citation = last.citationAt(last.text.lastIndexOf(String.valueOf(CITATION)));
            all = trimmed.substring(0, trimmed.length() - 1);
        } else if (quote.getNext() instanceof Paragraph next) {
            Flat line = Flat.of(next);
            if (strip(line.text.toString()).equals(String.valueOf(CITATION)) || line.text.toString().strip().equals(String.valueOf(CITATION))) {
                citation = line.citationAt(line.text.indexOf(String.valueOf(CITATION)));
            }
        }
        if (citation == null || claimed.contains(citation)) {
            return;
        }
        claimed.add(citation);
        Paragraph first = (Paragraph) paragraphs.get(0).block;
        found.add(new Quotation(all.replace(String.valueOf(CITATION), " "), paragraphs.get(0).position(0, first), citation, quote));
    }

    /** Without the spaces, punctuation and dashes at both ends. */
    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && BETWEEN.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && BETWEEN.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A paragraph's inline text in one string, citations as {@link #CITATION}, with where each piece came from. */
    private static final class Flat {
        final Node block;
        final StringBuilder text = new StringBuilder();
        final List<Integer> starts = new ArrayList<>();
        final List<Node> nodes = new ArrayList<>();

        private Flat(Node block) {
            this.block = block;
        }

        static Flat of(Node block) {
            Flat flat = new Flat(block);
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                flat.add(child);
            }
            return flat;
        }

        private void add(Node node) {
            if (node instanceof Text t) {
                piece(node, t.getLiteral());
            } else if (node instanceof Code code) {
                piece(node, code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                piece(node, "\n");
            } else if (node instanceof Citation) {
                piece(node, String.valueOf(CITATION));
            } else if (!(node instanceof InlineFootnote)) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    add(child);
                }
            }
        }

        private void piece(Node node, String literal) {
            starts.add(text.length());
            nodes.add(node);
            text.append(literal);
        }

        private int pieceAt(int index) {
            int i = Collections.binarySearch(starts, index);
            return i < 0 ? -i - 2 : i;
        }

        Citation citationAt(int index) {
            return (Citation) nodes.get(pieceAt(index));
        }

        /** Where the character at {@code index} was written (the block's start when its node has no position). */
        SourcePosition position(int index, Node fallback) {
            int piece = pieceAt(index);
            if (piece >= 0) {
                SourcePosition at = SourcePosition.at(nodes.get(piece), index - starts.get(piece));
                if (at.isKnown()) {
                    return at;
                }
            }
            return SourcePosition.of(fallback);
        }
    }
}
