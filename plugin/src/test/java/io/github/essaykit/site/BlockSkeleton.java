package io.github.essaykit.site;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The structure of an HTML fragment for comparison with pandoc's: one line per element (tag, id,
 * sorted classes, data-/title/lang/dir attributes) and per run of text (whitespace collapsed,
 * no-break spaces as spaces, curly apostrophes straight: smart punctuation is another feature).
 * Formatting whitespace, syntax-highlighting spans and pandoc's row classes are left out.
 */
final class BlockSkeleton {

    private BlockSkeleton() {}

    static List<String> of(Element root) {
        List<String> lines = new ArrayList<>();
        for (Node child : root.childNodes()) {
            walk(child, 0, lines);
        }
        return lines;
    }

    private static void walk(Node node, int depth, List<String> lines) {
        String indent = "  ".repeat(depth);
        if (node instanceof TextNode text) {
            String t = text.getWholeText().replace('\u00a0', ' ').replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                lines.add(indent + "\"" + t + "\"");
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        if (element.tagName().equals("code") && element.parent() != null && element.parent().tagName().equals("pre")) {
            lines.add(indent + "code" + classes(element));
            lines.add(indent + "  \"" + element.wholeText().stripTrailing() + "\"");
            return;
        }
        StringBuilder line = new StringBuilder(indent).append(element.tagName());
        if (!element.id().isEmpty()) {
            line.append('#').append(element.id());
        }
        if (!element.tagName().equals("tr")) {
            line.append(classes(element));
        }
        for (Attribute a : element.attributes()) {
            if (a.getKey().startsWith("data-") || List.of("title", "lang", "dir").contains(a.getKey())) {
                line.append(' ').append(a.getKey()).append('=').append(a.getValue());
            }
        }
        lines.add(line.toString());
        for (Node child : element.childNodes()) {
            walk(child, depth + 1, lines);
        }
    }

    private static String classes(Element element) {
        StringBuilder out = new StringBuilder();
        new TreeSet<>(element.classNames()).forEach(c -> out.append('.').append(c));
        return out.toString();
    }
}
