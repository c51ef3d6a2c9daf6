package io.github.essaykit.site;

import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.resolve.Labels;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The estimated reading time shown on the index and under an essay's title. The rule, so that
 * it is the same on every build: the words of the essay's text (headings, paragraphs, lists,
 * tables and notes; not code blocks, citations or front matter), counted as runs of letters or
 * digits between spaces, divided by 238 words a minute (the average for adults reading
 * non-fiction in English, Brysbaert 2019), rounded up, at least one minute.
 */
final class ReadingTime {

    static final int WORDS_PER_MINUTE = 238;

    private ReadingTime() {}

    static int words(ParsedEssay essay) {
        return words(essay.document());
    }

    /** Counted block by block (a paragraph's last word and the next one's first are two words). */
    private static int words(Node node) {
        if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
            return count(Labels.textOf(node)) + inlineNotes(node);
        }
        int words = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            words += words(child);
        }
        return words;
    }

    /** The words of ^[inline notes], which a paragraph's text leaves out. */
    private static int inlineNotes(Node node) {
        int words = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            words += child instanceof InlineFootnote note ? count(Labels.textOf(note)) : inlineNotes(child);
        }
        return words;
    }

    /** Runs between whitespace (as {@code \\s+} splits: ASCII spaces only) holding a letter or digit; no regex, no garbage. */
    static int count(String text) {
        int words = 0;
        boolean counted = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    private static int minutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** "7 min read" for an essay of {@code words} words. */
    static String text(int words) {
        return minutes(words) + " min read";
    }
}
