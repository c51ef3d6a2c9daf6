package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.LineBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Pandoc's line blocks: a paragraph whose lines start with {@code | } (or are a lone {@code |})
 * becomes a {@link LineBlock}; each such line ends in a hard break and keeps its leading spaces
 * (as no-break spaces, as pandoc writes them); a line without the bar continues the one before.
 * A GFM table has already taken the paragraphs that are tables.
 */
public final class LineBlockPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        for (Paragraph paragraph : Paragraphs.of(document)) {
            if (startsLine(paragraph.getFirstChild())) {
                LineBlock block = new LineBlock();
                block.setSourceSpans(paragraph.getSourceSpans());
                stripBar((Text) paragraph.getFirstChild());
                for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof SoftLineBreak && startsLine(child.getNext())) {
                        HardLineBreak hard = new HardLineBreak();
                        hard.setSourceSpans(child.getSourceSpans());
                        child.insertBefore(hard);
                        child.unlink();
                        child = hard;
                        stripBar((Text) hard.getNext());
                    }
                }
                Paragraphs.moveChildren(paragraph, block);
                paragraph.insertBefore(block);
                paragraph.unlink();
            }
        }
        return document;
    }

    /** A text that starts a line block line: "|" then a space, or "|" alone before a break. */
    private static boolean startsLine(Node node) {
        if (!(node instanceof Text text)) {
            return false;
        }
        String s = text.getLiteral();
        return s.startsWith("| ") || s.startsWith("|\t")
                || s.equals("|") && (node.getNext() == null || node.getNext() instanceof SoftLineBreak);
    }

    private static void stripBar(Text text) {
        String rest = text.getLiteral().length() > 1 ? text.getLiteral().substring(2) : "";
        int spaces = 0;
        while (spaces < rest.length() && rest.charAt(spaces) == ' ') {
            spaces++;
        }
        TextEdits.removePrefix(text, text.getLiteral().length() - rest.length());
        if (spaces > 0) {
            text.setLiteral("\u00a0".repeat(spaces) + rest.substring(spaces));
        }
    }
}
