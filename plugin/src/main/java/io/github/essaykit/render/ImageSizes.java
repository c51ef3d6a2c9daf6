package io.github.essaykit.render;

import io.github.essaykit.markdown.Figure;
import io.github.essaykit.markdown.InlineAttributes;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;

/**
 * Image sizes in units other than pixels ({@code {width=50%}}, {@code 30em}, {@code 5in}), which
 * pandoc writes as inline {@code style} that the page's Content-Security-Policy refuses: each is
 * a class named for its value ({@code size-width-50pct}), defined in one site stylesheet that
 * lists exactly the sizes the essays use, in a fixed order, and that only pages using a size link
 * to. A site without such sizes gets no stylesheet.
 */
public final class ImageSizes {

    /** The stylesheet's path in the site. */
    public static final String STYLESHEET = "assets/essaykit-sizes.css";

    private static final Pattern LENGTH = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,4})?|\\.\\d{1,4})[ \\t]*(px|%|em|rem|ex|ch|in|cm|mm|pt|pc|vw|vh)?");

    private ImageSizes() {}

    /** A width or height as pandoc reads it: a number and a CSS unit, none meaning pixels. */
    record Size(String dimension, String number, String unit) {

        /** The size of {@code dimension} ("width" or "height") written {@code value}, or null if it is no length. */
        static Size of(String dimension, String value) {
            Matcher m = LENGTH.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                return null;
            }
            String number = m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1);
            return new Size(dimension, number, m.group(2) == null ? "px" : m.group(2));
        }

        boolean inPixels() {
            return unit.equals("px");
        }

        /** {@code size-width-50pct}, {@code size-height-2-5in}: only letters, digits and hyphens. */
        String className() {
            return "size-" + dimension + "-" + number.replace('.', '-') + (unit.equals("%") ? "pct" : unit);
        }

        String rule() {
            return "." + className() + " { " + dimension + ": " + number + unit + "; }";
        }
    }

    /** Whether a page needs the stylesheet: an image of its essay has a size other than pixels. */
    public static boolean occurIn(Node document) {
        return !rules(document).isEmpty();
    }

    /** The rules an essay's images need, by class name: its part of the {@link #stylesheet}. */
    public static Map<String, String> rulesIn(Node document) {
        return Map.copyOf(rules(document));
    }

    /** The stylesheet for these essays' rules ({@link #rulesIn}), or empty when none uses a size other than pixels. */
    public static String stylesheet(Collection<Map<String, String>> essays) {
        Map<String, String> rules = new TreeMap<>();
        essays.forEach(rules::putAll);
        if (rules.isEmpty()) {
            return "";
        }
        StringBuilder css = new StringBuilder("/* Image sizes the essays give ({width=50%}), as classes: the pages allow no inline style. */\n");
        rules.values().forEach(rule -> css.append(rule).append('\n'));
        return css.toString();
    }

    private static Map<String, String> rules(Node document) {
        Map<String, String> rules = new TreeMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                InlineAttributes.of(image).ifPresent(given -> add(given.pairs(), rules));
                visitChildren(image);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Figure figure) {
                    add(figure.attributes().pairs(), rules);
                }
                visitChildren(block);
            }
        });
        return rules;
    }

    private static void add(Map<String, String> pairs, Map<String, String> rules) {
        pairs.forEach((key, value) -> {
            String dimension = key.toLowerCase(Locale.ROOT);
            if (dimension.equals("width") || dimension.equals("height")) {
                Size size = Size.of(dimension, value);
                if (size != null && !size.inPixels()) {
                    rules.put(size.className(), size.rule());
                }
            }
        });
    }
}
