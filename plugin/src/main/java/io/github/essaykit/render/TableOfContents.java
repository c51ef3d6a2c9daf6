package io.github.essaykit.render;

import io.github.essaykit.markdown.HeadingLabel;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.resolve.Label;
import io.github.essaykit.resolve.Labels;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * An essay's table of contents: its headings in order, with the ids, numbers and titles the
 * headings themselves show (from the same {@link Labels}), so an entry always matches its heading.
 * Headings inside callouts and other blocks are not sections of the essay and are left out, as
 * are headings marked {@code .unlisted} (pandoc).
 */
public final class TableOfContents {

    /** One heading: {@code depth} 1 for the essay's top heading level, 2 below it, and so on. */
    public record Entry(String id, String number, String text, int depth) {}

    private TableOfContents() {}

    /** @param depth how many heading levels to list, counted from the essay's top level */
    public static List<Entry> of(ParsedEssay essay, Labels labels, int depth) {
        List<Heading> headings = new ArrayList<>();
        for (Node node = essay.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
            }
        }
        int top = headings.stream().mapToInt(Heading::getLevel).min().orElse(1);
        List<Entry> entries = new ArrayList<>();
        for (Heading heading : headings) {
            Label label = labels.of(heading);
            int level = heading.getLevel() - top + 1;
            boolean unlisted = HeadingLabel.of(heading).map(h -> h.attributes().hasClass("unlisted")).orElse(false);
            if (label != null && level <= depth && !unlisted) {
                entries.add(new Entry(label.id(), label.number(), label.text(), level));
            }
        }
        return entries;
    }
}
