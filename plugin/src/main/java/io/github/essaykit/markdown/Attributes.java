package io.github.essaykit.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pandoc's attribute syntax, {@code {#id .class key=value key="quoted value"}}, as headings, code,
 * fenced divs, links, images and spans write it. {@code -} alone is {@code .unnumbered}. Values
 * may be quoted with {@code "} or {@code '}, with backslash escapes inside quotes. A later {@code
 * #id} replaces an earlier one, as in pandoc. Parsing only; what to emit is the renderer's choice.
 */
public record Attributes(String id, List<String> classes, Map<String, String> pairs) {

    public static final Attributes NONE = new Attributes("", List.of(), Map.of());

    public Attributes {
        classes = List.copyOf(classes);
        pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
    }

    /** Parses {@code {…}}, braces included, with nothing else around it but spaces. */
    public static Optional<Attributes> parse(String text) {
        String s = text.strip();
        if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
            return Optional.empty();
        }
        return parseInside(s.substring(1, s.length() - 1));
    }

    /** Parses what stands between the braces. */
    public static Optional<Attributes> parseInside(String inside) {
        String id = "";
        List<String> classes = new ArrayList<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = 0;
        int n = inside.length();
        while (true) {
            while (i < n && Character.isWhitespace(inside.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return Optional.of(new Attributes(id, classes, pairs));
            }
            char c = inside.charAt(i);
            if (c == '#' || c == '.') {
                int end = nameEnd(inside, i + 1);
                if (end == i + 1) {
                    return Optional.empty();
                }
                String name = inside.substring(i + 1, end);
                if (c == '#') {
                    id = name;
                } else {
                    classes.add(name);
                }
                i = end;
            } else if (c == '-' && (i + 1 == n || Character.isWhitespace(inside.charAt(i + 1)))) {
                classes.add("unnumbered");
                i++;
            } else {
                int end = nameEnd(inside, i);
                if (end == i || end >= n || inside.charAt(end) != '=') {
                    return Optional.empty();
                }
                String key = inside.substring(i, end);
                StringBuilder value = new StringBuilder();
                i = value(inside, end + 1, value);
                if (i < 0) {
                    return Optional.empty();
                }
                pairs.put(key, value.toString());
            }
            if (i < n && !Character.isWhitespace(inside.charAt(i))) {
                return Optional.empty();
            }
        }
    }

    /** A value after {@code =}: quoted, or up to the next space; returns the index after it, -1 if unclosed. */
    private static int value(String s, int i, StringBuilder out) {
        int n = s.length();
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            char quote = s.charAt(i);
            for (int j = i + 1; j < n; j++) {
                char c = s.charAt(j);
                if (c == '\\' && j + 1 < n) {
                    out.append(s.charAt(++j));
                } else if (c == quote) {
                    return j + 1;
                } else {
                    out.append(c);
                }
            }
            return -1;
        }
        int j = i;
        while (j < n && !Character.isWhitespace(s.charAt(j))) {
            out.append(s.charAt(j++));
        }
        return j;
    }

    /** Identifiers, classes and keys: letters, digits and {@code -_:.}, as pandoc reads them. */
    private static int nameEnd(String s, int i) {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "-_:.".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    public boolean hasClass(String name) {
        return classes.contains(name);
    }

    /** The value of {@code key}, if given. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(pairs.get(key));
    }

    /** A copy without {@code key}. */
    public Attributes without(String key) {
        Map<String, String> rest = new LinkedHashMap<>(pairs);
        rest.remove(key);
        return new Attributes(id, classes, rest);
    }
}
