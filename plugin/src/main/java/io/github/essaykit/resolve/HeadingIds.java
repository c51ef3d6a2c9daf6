package io.github.essaykit.resolve;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Stable, readable, unique ids for an essay's headings: "The Berlin gambit" gets
 * "the-berlin-gambit", a second one "the-berlin-gambit-1". The same text gives the same id on
 * every build, so links into an essay survive rebuilds.
 */
public record HeadingIds(Map<Heading, String> ids) {

    public HeadingIds {
        ids = Collections.unmodifiableMap(new IdentityHashMap<>(ids));
    }

    public String of(Heading heading) {
        return ids.get(heading);
    }

    public static HeadingIds assign(Node document, Set<String> taken) {
        Set<String> used = new HashSet<>(taken);
        Map<Heading, String> ids = new IdentityHashMap<>();
        assign(document, used, ids);
        return new HeadingIds(ids);
    }

    private static void assign(Node node, Set<String> used, Map<Heading, String> ids) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                String base = slug(textOf(heading));
                String id = base;
                for (int n = 1; !used.add(id); n++) {
                    id = base + "-" + n;
                }
                ids.put(heading, id);
            } else {
                assign(child, used, ids);
            }
        }
    }

    /** Lower-case letters and digits joined by hyphens; accents dropped; "section" if empty. */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s_-]+", "")
                .strip()
                .replaceAll("[\\s_-]+", "-");
        slug = slug.replaceAll("^[^\\p{L}]+", "");
        return slug.isEmpty() ? "section" : slug;
    }

    public static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else {
                appendText(child, text);
            }
        }
    }
}
