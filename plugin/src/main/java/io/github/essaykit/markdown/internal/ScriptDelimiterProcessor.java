package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.Subscript;
import io.github.essaykit.markdown.Superscript;
import java.util.function.Supplier;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;

/**
 * Matches one {@code ^} or {@code ~} on each side into a {@link Superscript} or {@link Subscript},
 * as pandoc does, only when the text between holds no space or line break (pandoc's rule; an
 * escaped space is a no-break space and may be used).
 */
public final class ScriptDelimiterProcessor implements DelimiterProcessor {

    private final char delimiter;
    private final Supplier<Node> node;

    private ScriptDelimiterProcessor(char delimiter, Supplier<Node> node) {
        this.delimiter = delimiter;
        this.node = node;
    }

    public static DelimiterProcessor superscript() {
        return new ScriptDelimiterProcessor('^', Superscript::new);
    }

    public static DelimiterProcessor subscript() {
        return new ScriptDelimiterProcessor('~', Subscript::new);
    }

    @Override
    public char getOpeningCharacter() {
        return delimiter;
    }

    @Override
    public char getClosingCharacter() {
        return delimiter;
    }

    @Override
    public int getMinLength() {
        return 1;
    }

    @Override
    public int process(DelimiterRun openingRun, DelimiterRun closingRun) {
        Text opener = openingRun.getOpener();
        Node closer = closingRun.getCloser();
        if (opener.getNext() == closer) {
            return 0;
        }
        // from the closer back: a space near it ends the check early for every opener further back
        for (Node n = closer.getPrevious(); n != opener; n = n.getPrevious()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak
                    || n instanceof Text text && text.getLiteral().chars().anyMatch(c -> c == ' ' || c == '\t')) {
                return 0;
            }
        }
        Node script = node.get();
        SourceSpans spans = SourceSpans.empty();
        spans.addAllFrom(openingRun.getOpeners(1));
        for (Node n = opener.getNext(); n != closer; ) {
            Node next = n.getNext();
            script.appendChild(n);
            spans.addAll(n.getSourceSpans());
            n = next;
        }
        spans.addAllFrom(closingRun.getClosers(1));
        script.setSourceSpans(spans.getSourceSpans());
        opener.insertAfter(script);
        return 1;
    }
}
