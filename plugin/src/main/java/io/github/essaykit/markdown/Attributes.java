package io.github.essaykit.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * pandoc's attributes, {@code {#id .class key=value key2="quoted value" -}}, parsed with pandoc's
 * grammar (its Markdown reader's {@code attributes}): an identifier starts with a letter and goes
 * on with letters, digits and {@code -_:.}; {@code id=} and {@code class=} keys set the id and add
 * classes; {@code -} is the class {@code unnumbered}; a later {@code #id} wins; values may be
 * quoted with {@code "} or {@code '} (backslash escapes and character references decoded, a line
 * break read as a space) or bare up to a space or {@code }}. The parse reads at most
 * {@value #LIMIT} characters, so scanning text for attributes stays linear.
 *
 * @param id the id, "" when none
 * @param classes the classes in order, without the dot
 * @param pairs the other key-value pairs in order (a key given twice keeps its last value)
 */
public record Attributes(String id, List<String> classes, Map<String, String> pairs) {

    /** How far a single attribute block may reach. */
    public static final int LIMIT = 2000;

    public static final Attributes NONE = new Attributes("", List.of(), Map.of());

    public Attributes {
        classes = List.copyOf(classes);
        pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
    }

    /** An attribute block and the index just after its closing brace. */
    public record Parsed(Attributes attributes, int end) {}

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

    public boolean isEmpty() {
        return id.isEmpty() && classes.isEmpty() && pairs.isEmpty();
    }

    /** Parses {@code text} as exactly one attribute block, braces included, spaces around allowed. */
    public static Optional<Attributes> parse(String text) {
        int start = spaces(text, 0, text.length());
        Parsed parsed = parseAt(text, start);
        if (parsed == null || spaces(text, parsed.end(), text.length()) != text.length()) {
            return Optional.empty();
        }
        return Optional.of(parsed.attributes());
    }

    /** Parses what stands between the braces of an attribute block. */
    public static Optional<Attributes> parseInside(String inside) {
        return parse("{" + inside + "}");
    }

    /** Parses an attribute block starting at {@code start} (which must hold the '{'), or null. */
    public static Parsed parseAt(CharSequence s, int start) {
        int limit = Math.min(s.length(), start + LIMIT);
        if (start >= limit || s.charAt(start) != '{') {
            return null;
        }
        String id = "";
        List<String> classes = new ArrayList<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = spaces(s, start + 1, limit);
        while (i < limit && s.charAt(i) != '}') {
            char c = s.charAt(i);
            if (c == '#' || c == '.') {
                int end = identifier(s, i + 1, limit);
                if (end < 0) {
                    return null;
                }
                String name = s.subSequence(i + 1, end).toString();
                if (c == '#') {
                    id = name;
                } else {
                    classes.add(name);
                }
                i = end;
            } else if (c == '-') {
                classes.add("unnumbered");
                i++;
            } else {
                int keyEnd = identifier(s, i, limit);
                if (keyEnd < 0 || keyEnd >= limit || s.charAt(keyEnd) != '=') {
                    return null;
                }
                String key = s.subSequence(i, keyEnd).toString();
                StringBuilder value = new StringBuilder();
                i = value(s, keyEnd + 1, limit, value);
                if (i < 0) {
                    return null;
                }
                switch (key) {
                    case "id" -> id = value.toString();
                    case "class" -> classes.addAll(words(value.toString()));
                    default -> pairs.put(key, value.toString());
                }
            }
            i = spaces(s, i, limit);
        }
        if (i >= limit) {
            return null;
        }
        return new Parsed(new Attributes(id, classes, pairs), i + 1);
    }

    /** Reads a value at {@code i} into {@code out}; returns the index after it, or -1. */
    private static int value(CharSequence s, int i, int limit, StringBuilder out) {
        if (i < limit && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            char quote = s.charAt(i);
            for (int j = i + 1; j < limit; j++) {
                char c = s.charAt(j);
                if (c == quote) {
                    String raw = out.toString();
                    out.setLength(0);
                    out.append(raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, true) : raw);
                    return j + 1;
                } else if (c == '\\' && j + 1 < limit && s.charAt(j + 1) != '\n') {
                    out.append(s.charAt(++j));
                } else {
                    out.append(c == '\n' || c == '\r' ? ' ' : c);
                }
            }
            return -1;
        }
        int j = i;
        while (j < limit) {
            char c = s.charAt(j);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '}') {
                break;
            }
            if (c == '\\' && j + 1 < limit && isEscapable(s.charAt(j + 1))) {
                out.append(s.charAt(++j));
            } else {
                out.append(c);
            }
            j++;
        }
        return j;
    }

    private static boolean isEscapable(char c) {
        return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }

    /** End of an identifier starting at {@code i}, or -1 if none starts there. */
    private static int identifier(CharSequence s, int i, int limit) {
        if (i >= limit || !Character.isLetter(s.charAt(i))) {
            return -1;
        }
        int j = i + 1;
        while (j < limit) {
            char c = s.charAt(j);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != ':' && c != '.') {
                break;
            }
            j++;
        }
        return j;
    }

    /** Skips spaces and tabs with at most one line break among them, as pandoc's {@code spnl}. */
    private static int spaces(CharSequence s, int i, int limit) {
        boolean newline = false;
        while (i < limit) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if ((c == '\n' || c == '\r') && !newline) {
                newline = true;
                i++;
                if (c == '\r' && i < limit && s.charAt(i) == '\n') {
                    i++;
                }
            } else {
                break;
            }
        }
        return i;
    }

    private static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        for (String word : value.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
