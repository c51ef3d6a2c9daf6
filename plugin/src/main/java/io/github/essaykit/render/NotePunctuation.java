package io.github.essaykit.render;

import io.github.essaykit.markdown.Citation;
import io.github.essaykit.resolve.Citations;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Where a citation that became a note puts its marker, as {@code pandoc --citeproc} does with a
 * note style: the space before the marker goes, and the punctuation right after the citation
 * moves before it ({@code thinking [@orwell1946].} reads "thinking.¹"; a line break before the
 * citation goes too), unless the citation
 * opens its paragraph or names the author in the text ("Orwell¹;"); a period or comma moves
 * inside a closing quotation mark when the locale asks (punctuation-in-quote, en-US). Unlike
 * pandoc we write a moved mark once when the text already ends with it ("etc. [@x]." reads
 * "etc.¹", pandoc "etc..¹"). A citation in superscript (AMA, Nature) drops the space before it
 * too, and the punctuation stays after it ("itself¹."). The tree is only read: the text to write
 * instead of a {@link Text} node's literal, and the punctuation each marker is preceded by, are
 * kept here.
 */
final class NotePunctuation {

    static final NotePunctuation NONE = new NotePunctuation();

    private static final String CLOSING_QUOTES = "”’\"'";

    private final Map<Text, String> texts = new IdentityHashMap<>();
    private final Map<Citation, String> beforeMarker = new IdentityHashMap<>();
    private final Set<SoftLineBreak> dropped = Collections.newSetFromMap(new IdentityHashMap<>());

    private NotePunctuation() {}

    static NotePunctuation of(Node document, Citations citations, boolean punctuationInQuote) {
        NotePunctuation result = new NotePunctuation();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Citation citation) {
                    Citations.Use use = citations.of(citation);
                    if (use != null && use.note() != null) {
                        result.move(citation, use.formatted().inText().isEmpty(), punctuationInQuote);
                    } else if (use != null && use.formatted().raised()) {
                        result.attach(citation);
                    }
                }
                visitChildren(node);
            }
        });
        return result;
    }

    /** The text to write for this node: its literal unless a marker took its edge. */
    String text(Text node) {
        return texts.getOrDefault(node, node.getLiteral());
    }

    /** Whether this line break is left out: it stood between the text and a note's marker. */
    boolean dropped(SoftLineBreak node) {
        return dropped.contains(node);
    }

    /** Punctuation to write after the citation's own text, right before its marker. */
    String beforeMarker(Citation citation) {
        return beforeMarker.getOrDefault(citation, "");
    }

    private void move(Citation citation, boolean markerOnly, boolean punctuationInQuote) {
        if (!markerOnly || citation.getPrevious() == null) {
            return; // pandoc leaves "Orwell¹;" and a paragraph's opening "¹." as written
        }
        Text before = textBefore(citation);
        Text after = citation.getNext() instanceof Text t ? t : null;
        String punctuation = "";
        if (after != null) {
            String literal = text(after);
            int n = 0;
            while (n < literal.length() && isPunctuation(literal.charAt(n))) {
                n++;
            }
            punctuation = literal.substring(0, n);
            if (n > 0) {
                texts.put(after, literal.substring(n));
            }
        }
        if (before == null) {
            beforeMarker.put(citation, punctuation);
            return;
        }
        String literal = text(before).stripTrailing();
        if (!punctuation.isEmpty() && literal.endsWith(punctuation.substring(0, 1))) {
            punctuation = punctuation.substring(1); // the text's own period stays, once
        }
        int quote = literal.length();
        while (quote > 0 && CLOSING_QUOTES.indexOf(literal.charAt(quote - 1)) >= 0) {
            quote--;
        }
        if (punctuationInQuote && quote < literal.length() && (punctuation.startsWith(".") || punctuation.startsWith(","))) {
            literal = literal.substring(0, quote) + punctuation.charAt(0) + literal.substring(quote) + punctuation.substring(1);
        } else {
            literal = literal + punctuation;
        }
        texts.put(before, literal);
    }

    /** A raised citation drops the space or line break before it, as pandoc prints "itself¹." for "itself [@key]." */
    private void attach(Citation citation) {
        Text before = textBefore(citation);
        if (before != null) {
            texts.put(before, text(before).stripTrailing());
        }
    }

    /** The text right before the citation, or null; a line break between them is left out. */
    private Text textBefore(Citation citation) {
        Node previous = citation.getPrevious();
        if (previous instanceof SoftLineBreak lineBreak && lineBreak.getPrevious() instanceof Text) {
            dropped.add(lineBreak); // "objects\n[@key]." reads "objects.¹", as the space before a citation goes
            previous = lineBreak.getPrevious();
        }
        return previous instanceof Text t ? t : null;
    }

    /** Unicode punctuation, as pandoc's isPunctuation: marks, dashes, brackets and quotes. */
    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
