package io.github.essaykit.report;

import io.github.essaykit.markdown.Citation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Sorts an essay's paragraphs into sourced (a citation or a link to a web page inside, or a note
 * reference whose note holds one) and
 * not; among those without, the ones that make a claim an editor would check: a number, a name (a
 * capitalised word that does not start a sentence), or a quotation.
 */
final class ClaimParagraphs {

    /** A paragraph, whether it has a source, and the claim it makes without one ("" for none). */
    record Sorted(Paragraph paragraph, boolean sourced, String claim, String text) {}

    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern NAME = Pattern.compile("(?<![.!?:]\\s)(?<!^)(?<=\\s)\\p{Lu}\\p{Ll}+");
    private static final Pattern QUOTE = Pattern.compile("[“\"][^”\"]{3,}[”\"]");

    private ClaimParagraphs() {}

    static List<Sorted> of(Node document) {
        List<Sorted> all = new ArrayList<>();
        Set<String> sourcedNotes = new HashSet<>(); // a paragraph is sourced by its note's citation too
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomBlock block) {
                if (block instanceof FootnoteDefinition note && sourced(note, Set.of())) {
                    sourcedNotes.add(note.getLabel());
                }
            }
        });
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                String text = text(paragraph).replaceAll("\\s+", " ").strip();
                boolean sourced = sourced(paragraph, sourcedNotes);
                all.add(new Sorted(paragraph, sourced, sourced ? "" : claim(text), text));
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock block) {
                if (!(block instanceof FootnoteDefinition)) { // a note's paragraphs are sourced by what the note holds
                    visitChildren(block);
                }
            }
        });
        return all;
    }

    private static String claim(String text) {
        if (QUOTE.matcher(text).find()) {
            return "a quotation";
        }
        if (NUMBER.matcher(text).find()) {
            return "a number";
        }
        if (NAME.matcher(text).find()) {
            return "a name";
        }
        return "";
    }

    private static boolean sourced(Node node, Set<String> sourcedNotes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Citation || (child instanceof Link link && link.getDestination().matches("(?i)https?://.*"))
                    || (child instanceof FootnoteReference ref && sourcedNotes.contains(ref.getLabel()))
                    || sourced(child, sourcedNotes)) {
                return true;
            }
        }
        return false;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof Text t ? t.getLiteral() : child instanceof org.commonmark.node.SoftLineBreak ? " " : text(child));
        }
        return text.toString();
    }
}
