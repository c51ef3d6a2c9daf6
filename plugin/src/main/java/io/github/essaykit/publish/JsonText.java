package io.github.essaykit.publish;

import java.util.List;
import java.util.Map;

/**
 * JSON text of plain values (maps, lists, strings, numbers, booleans), keys in the maps' order,
 * so the same value is always the same text. {@link #forScript} also keeps it inert inside an
 * HTML {@code <script>} element, where the HTML parser, not JSON, decides where the element ends.
 */
public final class JsonText {

    private final StringBuilder out = new StringBuilder();
    private final boolean forScript;

    /** JSON already written by {@link #forScript}, put into a {@link #forScript} value as it is: one line has no indentation to match. */
    record Raw(String json) {}

    private JsonText(boolean forScript) {
        this.forScript = forScript;
    }

    /** Indented by two spaces, one member a line: the form of a download. */
    public static String pretty(Object value) {
        JsonText json = new JsonText(false);
        json.write(value, "\n");
        return json.out.append('\n').toString();
    }

    /**
     * An element of a {@link #pretty} array as it reads inside one: {@code pretty(List.of(a, b))}
     * is {@code array(List.of(arrayElement(a), arrayElement(b)))}, so a download can be joined
     * from its sources' elements made once.
     */
    static String arrayElement(Object value) {
        JsonText json = new JsonText(false);
        json.write(value, "\n  ");
        return json.out.toString();
    }

    /** A {@link #pretty} array of elements made by {@link #arrayElement}. */
    static String array(List<String> elements) {
        if (elements.isEmpty()) {
            return "[]\n";
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < elements.size(); i++) {
            out.append(i > 0 ? "," : "").append("\n  ").append(elements.get(i));
        }
        return out.append("\n]\n").toString();
    }

    /**
     * On one line, with {@code <}, {@code >} and {@code &} as {@code \u003c}… escapes: no value
     * can close the script element ({@code </script>}) or open a comment in it.
     */
    static String forScript(Object value) {
        JsonText json = new JsonText(true);
        json.write(value, null);
        return json.out.toString();
    }

    private void write(Object value, String newline) {
        if (value instanceof Map<?, ?> map) {
            container('{', '}', map.entrySet().stream().toList(), newline, entry -> {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                string(String.valueOf(e.getKey()));
                out.append(newline == null ? ":" : ": ");
                write(e.getValue(), deeper(newline));
            });
        } else if (value instanceof List<?> list) {
            container('[', ']', list, newline, item -> write(item, deeper(newline)));
        } else if (value instanceof Raw raw) {
            if (newline != null) { // written on one line: it would not line up with an indented value
                throw new IllegalArgumentException("JSON written for a script inside an indented value");
            }
            out.append(raw.json());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            string(String.valueOf(value));
        }
    }

    private void container(char open, char close, List<?> items, String newline, java.util.function.Consumer<Object> each) {
        out.append(open);
        if (items.isEmpty()) {
            out.append(close);
            return;
        }
        String inner = deeper(newline);
        for (int i = 0; i < items.size(); i++) {
            out.append(i > 0 ? "," : "");
            if (inner != null) {
                out.append(inner);
            }
            each.accept(items.get(i));
        }
        if (newline != null) {
            out.append(newline);
        }
        out.append(close);
    }

    private static String deeper(String newline) {
        return newline == null ? null : newline + "  ";
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean html = forScript && (c == '<' || c == '>' || c == '&');
                    // U+2028/2029 end a line in older JavaScript parsers
                    if (c < 0x20 || html || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
