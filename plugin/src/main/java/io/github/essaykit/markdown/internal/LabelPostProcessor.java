package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.Figure;
import io.github.essaykit.markdown.HeadingLabel;
import io.github.essaykit.markdown.TableCaption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Finds the labels of Quarto cross-references after parsing: {@code {#id}} at the end of a
 * heading becomes a {@link HeadingLabel}; an image alone in a paragraph becomes a {@link Figure}
 * (labelled by a {@code {#id}} right after it); a paragraph starting with {@code :} or {@code
 * Table:} right after a table, or such a line directly below it (which GFM reads as a last row),
 * becomes its {@link TableCaption}.
 */
public final class LabelPostProcessor implements PostProcessor {

    private static final String ID = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.\\-]*";
    private static final Pattern TRAILING_ATTRIBUTE = Pattern.compile("\\s*\\{#(" + ID + ")\\s*}$");
    private static final Pattern ATTRIBUTE_ONLY = Pattern.compile("\\{#(" + ID + ")\\s*}");
    private static final Pattern CAPTION_START = Pattern.compile("^(?:[Tt]able)?:(?:[ \\t]+|$)");

    @Override
    public Node process(Node document) {
        List<Heading> headings = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<TableBlock> tables = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    tables.add(table);
                }
                visitChildren(block);
            }

            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }

            @Override
            public void visit(Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        });
        headings.forEach(LabelPostProcessor::labelHeading);
        tables.forEach(LabelPostProcessor::captionFromLastRow);
        for (Paragraph paragraph : paragraphs) {
            if (!makeFigure(paragraph)) {
                makeTableCaption(paragraph);
            }
        }
        return document;
    }

    private static void labelHeading(Heading heading) {
        Trailing trailing = trailingId(heading);
        if (trailing != null) {
            HeadingLabel label = new HeadingLabel(trailing.id);
            label.setSourceSpans(trailing.spans);
            heading.appendChild(label);
        }
    }

    private static boolean makeFigure(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof Image image)) {
            return false;
        }
        Node after = image.getNext();
        String label = null;
        if (after != null) {
            Matcher m = after instanceof Text text ? ATTRIBUTE_ONLY.matcher(text.getLiteral()) : null;
            if (m == null || !m.matches() || after.getNext() != null) {
                return false;
            }
            label = m.group(1);
        } else if (image.getFirstChild() == null) {
            return false;
        }
        Figure figure = new Figure(image.getDestination(), image.getTitle(), label);
        moveChildren(image, figure);
        figure.setSourceSpans(paragraph.getSourceSpans());
        paragraph.insertBefore(figure);
        paragraph.unlink();
        return true;
    }

    private static void makeTableCaption(Paragraph paragraph) {
        if (paragraph.getPrevious() instanceof TableBlock table
                && TableCaption.of(table).isEmpty()
                && addCaption(table, paragraph)) {
            paragraph.unlink();
        }
    }

    /**
     * A caption line right below a table, without a blank line, is read by GFM as a last row
     * with one cell: {@code : Caption {#tbl-x}}. Takes it back out as the caption.
     */
    private static void captionFromLastRow(TableBlock table) {
        if (!(table.getLastChild() instanceof TableBody body)
                || !(body.getLastChild() instanceof TableRow row)
                || !(row.getFirstChild() instanceof TableCell cell)) {
            return;
        }
        for (Node other = cell.getNext(); other != null; other = other.getNext()) {
            if (other.getFirstChild() != null) {
                return;
            }
        }
        if (addCaption(table, cell)) {
            row.unlink();
            if (body.getFirstChild() == null) {
                body.unlink();
            }
        }
    }

    /** Makes the inlines of {@code source} the table's caption if they start with ":". */
    private static boolean addCaption(TableBlock table, Node source) {
        if (!(source.getFirstChild() instanceof Text first)) {
            return false;
        }
        Matcher start = CAPTION_START.matcher(first.getLiteral());
        if (!start.find()) {
            return false;
        }
        TextEdits.removePrefix(first, start.end());
        Trailing trailing = trailingId(source);
        TableCaption caption = new TableCaption(trailing == null ? null : trailing.id);
        moveChildren(source, caption);
        caption.setSourceSpans(source.getSourceSpans());
        table.prependChild(caption);
        return true;
    }

    private record Trailing(String id, List<SourceSpan> spans) {}

    /** Removes a trailing {@code {#id}} from the parent's last text; returns the id and its spans. */
    private static Trailing trailingId(Node parent) {
        if (!(parent.getLastChild() instanceof Text last)) {
            return null;
        }
        Matcher m = TRAILING_ATTRIBUTE.matcher(last.getLiteral());
        if (!m.find()) {
            return null;
        }
        int attributeLength = last.getLiteral().length() - m.start();
        List<SourceSpan> removed = TextEdits.removeSuffix(last, attributeLength);
        int leadingSpace = (m.start(1) - 2) - m.start(0);
        List<SourceSpan> spans = removed.isEmpty()
                ? removed
                : List.of(removed.get(0).subSpan(leadingSpace));
        return new Trailing(m.group(1), spans);
    }

    private static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }
}
