package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.Attributes;
import io.github.essaykit.markdown.DefinitionDescription;
import io.github.essaykit.markdown.Figure;
import io.github.essaykit.markdown.HeadingLabel;
import io.github.essaykit.markdown.InlineAttributes;
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
 * Table:} right before or after a table, or such a line directly below it (which GFM reads as a
 * last row), becomes its {@link TableCaption}. Headings and captions may carry any pandoc attributes; only
 * their id is a label.
 */
public final class LabelPostProcessor implements PostProcessor {

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
        tables.forEach(LabelPostProcessor::caption); // in document order: a caption goes to the first table that takes it
        paragraphs.forEach(LabelPostProcessor::makeFigure);
        return document;
    }

    private static void labelHeading(Heading heading) {
        Trailing trailing = trailingAttributes(heading);
        if (trailing != null) {
            HeadingLabel label = new HeadingLabel(trailing.attributes);
            label.setSourceSpans(trailing.spans);
            heading.appendChild(label);
        }
    }

    private static boolean makeFigure(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof Image image) || image.getNext() != null) {
            return false;
        }
        Attributes attributes = InlineAttributes.of(image).orElse(Attributes.NONE);
        if (attributes.id().isEmpty() && !hasCaption(image)) {
            return false;
        }
        if (image.getLastChild() instanceof InlineAttributes given) {
            given.unlink();
        }
        Figure figure = new Figure(image.getDestination(), image.getTitle(), attributes);
        moveChildren(image, figure);
        figure.setSourceSpans(paragraph.getSourceSpans());
        paragraph.insertBefore(figure);
        paragraph.unlink();
        return true;
    }

    private static boolean hasCaption(Image image) {
        return image.getFirstChild() != null && !(image.getFirstChild() instanceof InlineAttributes);
    }

    /**
     * A table's caption, as pandoc looks for it: a caption paragraph right above the table, else a
     * caption line directly below it (a last row for GFM), else a caption paragraph below it.
     */
    private static void caption(TableBlock table) {
        if (table.getPrevious() instanceof Paragraph above && addCaption(table, above, true)) {
            above.unlink();
        } else if (table.getPrevious() instanceof DefinitionDescription above && captionNotDefinition(above)
                && addCaption(table, above.getFirstChild(), false)) {
            ((TableCaption) table.getFirstChild()).setSourceSpans(above.getSourceSpans());
            above.unlink();
        } else if (!captionFromLastRow(table) && table.getNext() instanceof Paragraph below && addCaption(table, below, true)) {
            below.unlink();
        }
    }

    /**
     * A caption line right below a table, without a blank line, is read by GFM as a last row
     * with one cell: {@code : Caption {#tbl-x}}. Takes it back out as the caption.
     */
    /**
     * A one-line paragraph, a blank line and {@code : Caption} above a table: pandoc reads no
     * definition there but a paragraph and the table's caption. The definition parser took the
     * caption line (without its {@code :}) as the paragraph's only definition.
     */
    private static boolean captionNotDefinition(DefinitionDescription description) {
        return !description.isTight()
                && description.getPrevious() instanceof Paragraph
                && description.getFirstChild() instanceof Paragraph
                && description.getFirstChild().getNext() == null;
    }

    private static boolean captionFromLastRow(TableBlock table) {
        if (!(table.getLastChild() instanceof TableBody body)
                || !(body.getLastChild() instanceof TableRow row)
                || !(row.getFirstChild() instanceof TableCell cell)) {
            return false;
        }
        for (Node other = cell.getNext(); other != null; other = other.getNext()) {
            if (other.getFirstChild() != null) {
                return false;
            }
        }
        if (addCaption(table, cell, true)) {
            row.unlink();
            if (body.getFirstChild() == null) {
                body.unlink();
            }
            return true;
        }
        return false;
    }

    /**
     * Makes the inlines of {@code source} the table's caption if they start with ":" (or, where the
     * ":" was already taken off, {@code marked} false, in any case).
     */
    private static boolean addCaption(TableBlock table, Node source, boolean marked) {
        if (!(source.getFirstChild() instanceof Text first)) {
            return false;
        }
        if (marked) {
            Matcher start = CAPTION_START.matcher(first.getLiteral());
            if (!start.find()) {
                return false;
            }
            TextEdits.removePrefix(first, start.end());
        }
        Trailing trailing = trailingAttributes(source);
        String id = trailing == null || trailing.attributes.id().isEmpty() ? null : trailing.attributes.id();
        TableCaption caption = new TableCaption(id);
        moveChildren(source, caption);
        caption.setSourceSpans(source.getSourceSpans());
        table.prependChild(caption);
        return true;
    }

    private record Trailing(Attributes attributes, List<SourceSpan> spans) {}

    /** How many '{' from the end are tried as the start of a trailing attribute block. */
    private static final int TRAILING_TRIES = 8;

    /**
     * Removes a trailing attribute block {@code {#id .class k=v}} from the parent's last text;
     * returns it with its spans. A value may hold '{', so a few candidates are tried, nearest first.
     */
    private static Trailing trailingAttributes(Node parent) {
        if (!(parent.getLastChild() instanceof Text last)) {
            return null;
        }
        String literal = last.getLiteral();
        int end = literal.stripTrailing().length();
        if (end == 0 || literal.charAt(end - 1) != '}') {
            return null;
        }
        int from = end;
        for (int tries = 0; tries < TRAILING_TRIES; tries++) {
            int open = literal.lastIndexOf('{', from - 1);
            if (open < 0 || end - open > Attributes.LIMIT) {
                return null;
            }
            Attributes.Parsed parsed = Attributes.parseAt(literal, open);
            if (parsed != null && parsed.end() == end) {
                // the spans returned start at the '{', spaces before it removed too
                return new Trailing(parsed.attributes(), TextEdits.removeSuffix(last, literal.length() - open));
            }
            from = open;
        }
        return null;
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
