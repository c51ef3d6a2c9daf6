package io.github.essaykit.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSL-JSON text variable as pandoc 2.17 reads it (citeproc's {@code parseCslJson}): straight
 * and curly quotes that open before a word and close later are a quotation, printed “…” and
 * ‘…’ inside it; an apostrophe (straight or curly) is ’; a superscript character is
 * {@code <sup>} of its letter; a space before ; ? ! or » is a narrow no-break space; runs of
 * white space are one space. Markup tags are left as they are. citeproc-js reads these fields as
 * rich text too, so a straight quote in an export prints as a typographic one.
 */
public final class CslRichText {

    private static final String SPACES = " \t\n\r";

    private final String text;
    /** Quotations already tried at a position: the parse or null (none opens there). */
    private final Map<Integer, Quote> quotes = new HashMap<>();

    private record Quote(List<Object> inner, int end) {}

    private record Sup(String text) {}

    private CslRichText(String text) {
        this.text = text;
    }

    /** Whether pandoc reads this CSL variable as rich text (and we do: links and identifiers excepted). */
    public static boolean isRichText(String variable) {
        return !VERBATIM.contains(variable);
    }

    /**
     * Variables pandoc does not read as rich text (numbers, the note, the type), and links and
     * identifiers, which pandoc does read so (curling an apostrophe in a URL) but must stay as written.
     */
    private static final java.util.Set<String> VERBATIM = java.util.Set.of("id", "type", "note", "chapter-number",
            "citation-number", "collection-number", "edition", "first-reference-note-number", "issue", "locator", "number",
            "number-of-pages", "number-of-volumes", "page", "page-first", "part-number", "printing-number", "section",
            "supplement-number", "version", "volume", "URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID", "language");

    /** The text as pandoc reads and prints it. */
    public static String read(String value) {
        CslRichText reader = new CslRichText(value);
        List<Object> nodes = new ArrayList<>();
        int at = 0;
        while (at < value.length()) {
            at = reader.node(at, nodes);
        }
        StringBuilder out = new StringBuilder();
        render(nodes, 0, out);
        return collapseSpaces(out.toString());
    }

    /** Reads one node at {@code at} into {@code out}; returns where it ends. */
    private int node(int at, List<Object> out) {
        char c = text.charAt(at);
        if (isAlphaNum(c) && !isSpecial(c)) {
            int end = at;
            while (end < text.length() && isAlphaNum(text.charAt(end)) && !isSpecial(text.charAt(end))) {
                end++;
            }
            String word = text.substring(at, end);
            if (end + 1 < text.length() && isApostrophe(text.charAt(end)) && isAlphaNum(text.charAt(end + 1))) {
                int next = end + 1;
                while (next < text.length() && isAlphaNum(text.charAt(next))) {
                    next++;
                }
                word += "’" + text.substring(end + 1, next);
                end = next;
            }
            out.add(narrowSpaces(word));
            return end;
        }
        if (!isAlphaNum(c) && !isSpecial(c)) {
            int end = at;
            while (end < text.length() && !isAlphaNum(text.charAt(end)) && !isSpecial(text.charAt(end))) {
                end++;
            }
            out.add(narrowSpaces(text.substring(at, end)));
            return end;
        }
        Quote quote = quote(at);
        if (quote != null) {
            out.add(quote);
            return quote.end();
        }
        String sup = SUPERSCRIPTS.get(c);
        out.add(isApostrophe(c) ? "’" : sup != null ? new Sup(sup) : String.valueOf(c));
        return at + 1;
    }

    /** The quotation opening at {@code at}, or null: it must close before the text ends. */
    private Quote quote(int at) {
        if (quotes.containsKey(at)) {
            return quotes.get(at);
        }
        Quote result = null;
        char open = text.charAt(at);
        char close = switch (open) {
            case '"' -> '"';
            case '\'' -> '\'';
            case '“' -> '”';
            case '‘' -> '’';
            default -> 0;
        };
        if (close != 0 && at + 1 < text.length() && SPACES.indexOf(text.charAt(at + 1)) < 0 && text.charAt(at + 1) != close) {
            List<Object> inner = new ArrayList<>();
            int pos = at + 1;
            while (pos < text.length() && text.charAt(pos) != close) {
                pos = node(pos, inner);
            }
            result = pos < text.length() ? new Quote(inner, pos + 1) : null;
        }
        quotes.put(at, result);
        return result;
    }

    private static void render(List<Object> nodes, int depth, StringBuilder out) {
        for (Object node : nodes) {
            if (node instanceof Quote quote) {
                out.append(depth % 2 == 0 ? '“' : '‘');
                render(quote.inner(), depth + 1, out);
                out.append(depth % 2 == 0 ? '”' : '’');
            } else if (node instanceof Sup sup) {
                out.append("<sup>").append(sup.text()).append("</sup>");
            } else {
                out.append(node);
            }
        }
    }

    private static String narrowSpaces(String text) {
        return text.replace(" ;", "\u202F;").replace(" ?", "\u202F?").replace(" !", "\u202F!")
                .replace(" »", "\u202F»").replace("« ", "«\u202F");
    }

    /** pandoc's builder: a run of spaces, tabs and newlines is one space. */
    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPACES.indexOf(c) >= 0) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return space ? out.append(' ').toString() : out.toString();
    }

    private static boolean isSpecial(char c) {
        return c == '<' || c == '>' || c == '\'' || c == '"' || c == '’'
                || (c > 127 && (SUPERSCRIPTS.containsKey(c) || "“”‘’".indexOf(c) >= 0));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** Haskell's isAlphaNum: a letter or a number of any script (a surrogate counts as a letter's half). */
    private static boolean isAlphaNum(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                || Character.getType(c) == Character.LETTER_NUMBER || Character.getType(c) == Character.OTHER_NUMBER;
    }

    /** citeproc's superscript characters and the letters they stand for. */
    private static final Map<Character, String> SUPERSCRIPTS = new HashMap<>();

    static {
        String table = "00AA:0061 00B2:0032 00B3:0033 00B9:0031 00BA:006F 02B0:0068 02B1:0266 02B2:006A 02B3:0072 02B4:0279"
                + " 02B5:027B 02B6:0281 02B7:0077 02B8:0079 02E0:0263 02E1:006C 02E2:0073 02E3:0078 02E4:0295 1D2C:0041"
                + " 1D2D:00C6 1D2E:0042 1D30:0044 1D31:0045 1D32:018E 1D33:0047 1D34:0048 1D35:0049 1D36:004A 1D37:004B"
                + " 1D38:004C 1D39:004D 1D3A:004E 1D3C:004F 1D3D:0222 1D3E:0050 1D3F:0052 1D40:0054 1D41:0055 1D42:0057"
                + " 1D43:0061 1D44:0250 1D45:0251 1D46:1D02 1D47:0062 1D48:0064 1D49:0065 1D4A:0259 1D4B:025B 1D4C:025C"
                + " 1D4D:0067 1D4F:006B 1D50:006D 1D51:014B 1D52:006F 1D53:0254 1D54:1D16 1D55:1D17 1D56:0070 1D57:0074"
                + " 1D58:0075 1D59:1D1D 1D5A:026F 1D5B:0076 1D5C:1D25 1D5D:03B2 1D5E:03B3 1D5F:03B4 1D60:03C6 1D61:03C7"
                + " 2070:0030 2071:0069 2074:0034 2075:0035 2076:0036 2077:0037 2078:0038 2079:0039 207A:002B 207B:2212"
                + " 207C:003D 207D:0028 207E:0029 207F:006E 3192:4E00 3193:4E8C 3194:4E09 3195:56DB 3196:4E0A 3197:4E2D"
                + " 3198:4E0B 3199:7532 319A:4E59 319B:4E19 319C:4E01 319D:5929 319E:5730 319F:4EBA 02C0:0294 02C1:0295"
                + " 06E5:0648 06E6:064A";
        for (String pair : table.split(" ")) {
            SUPERSCRIPTS.put((char) Integer.parseInt(pair.substring(0, 4), 16),
                    String.valueOf((char) Integer.parseInt(pair.substring(5), 16)));
        }
    }
}
