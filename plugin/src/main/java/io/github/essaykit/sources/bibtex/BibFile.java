package io.github.essaykit.sources.bibtex;

import io.github.essaykit.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of a {@code .bib} file, read as pandoc reads it: entries, {@code @string} macros
 * (names in any case; an undefined name is kept, a biblatex key such as {@code jan} too),
 * {@code #} concatenation, {@code @comment} and {@code @preamble} skipped, text between entries
 * ignored. A mistake is reported where the author can fix it: a brace left open names the entry
 * and the brace, not the end of the file; reading goes on at the next entry.
 */
final class BibFile {

    /** What a file holds: its entries in order (duplicates kept) and its problems. */
    record Parsed(List<BibEntry> entries, List<Diagnostic> problems) {}

    private static final Pattern SWALLOWED_FIELD = Pattern.compile("\\n\\s*[A-Za-z_-]+\\s*=\\s*[{\"0-9A-Za-z]");
    private static final Pattern ENTRY_AT_LINE_START = Pattern.compile("[ \\t]*@[A-Za-z]+[ \\t]*[{(]");

    /** Thrown to abandon one entry; reading resumes at {@code resume}. */
    private static final class Mistake extends RuntimeException {
        final int resume;

        Mistake(int resume) {
            super(null, null, false, false);
            this.resume = resume;
        }
    }

    private final String text;
    private final String file;
    private final int[] lineStarts;
    private final Map<String, String> strings = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private int pos;
    private String entryKey = "";
    private int valueOpen;
    private int entryStart;

    private BibFile(String text, String file) {
        this.text = text;
        this.file = file;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static Parsed parse(String text, String file) {
        BibFile bib = new BibFile(text, file);
        List<BibEntry> entries = bib.entries();
        return new Parsed(entries, List.copyOf(bib.problems));
    }

    private List<BibEntry> entries() {
        List<BibEntry> entries = new ArrayList<>();
        while (true) {
            int at = nextEntry();
            if (at < 0) {
                return entries;
            }
            pos = at + 1;
            entryStart = at;
            entryKey = "";
            String type = take(BibFile::isLetter).toLowerCase(Locale.ROOT);
            try {
                switch (type) {
                    case "comment" -> comment();
                    case "preamble" -> {
                        spaces();
                        expect('{', "'{' after @preamble");
                        braced(at);
                    }
                    case "string" -> macro();
                    case "" -> { } // a lone '@' between entries is text, as in BibTeX
                    default -> entries.add(entry(type, at));
                }
            } catch (Mistake mistake) {
                pos = mistake.resume;
            }
        }
    }

    /** The next '@' outside a '%' comment line, or -1. */
    private int nextEntry() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '@') {
                return pos;
            }
            if (c == '%') {
                skipLine();
            } else {
                pos++;
            }
        }
        return -1;
    }

    private void skipLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
        pos++;
    }

    private void comment() {
        spaces();
        if (pos < text.length() && text.charAt(pos) == '{') {
            pos++;
            braced(entryStart);
        }
    }

    private void macro() {
        spaces();
        expect('{', "'{' after @string");
        spaces();
        Map.Entry<String, String> field = field();
        expect('}', "'}' to close the @string");
        strings.put(field.getKey(), field.getValue());
    }

    private BibEntry entry(String type, int at) {
        spaces();
        if (pos < text.length() && text.charAt(pos) == '(') {
            throw mistake(pos, "entries in parentheses are not read (pandoc reads only '@" + type
                    + "{…}'); write '{' and '}' around the entry");
        }
        expect('{', "'{' after @" + type);
        spaces();
        String key = take(BibFile::isKeyChar);
        if (key.isEmpty()) {
            throw mistake(pos, "expected the entry's key after '@" + type + "{'");
        }
        entryKey = key;
        spaces();
        expect(',', "',' after the key '" + key + "'");
        spaces();
        Map<String, String> fields = new TreeMap<>();
        int swallowing = -1;
        while (pos < text.length() && text.charAt(pos) != '}') {
            Map.Entry<String, String> field = field();
            fields.put(field.getKey(), field.getValue());
            if (swallowing < 0 && SWALLOWED_FIELD.matcher(field.getValue()).find()) {
                swallowing = valueOpen; // its '}' is missing: it ran on over the next fields
            }
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                spaces();
            } else if (pos < text.length() && text.charAt(pos) == '@') {
                throw unclosed(swallowing < 0 ? entryStart : swallowing, pos);
            } else if (pos >= text.length() || text.charAt(pos) != '}') {
                throw mistake(pos, "expected ',' or '}' after the field '" + field.getKey() + "' of entry '" + key + "'");
            }
        }
        if (pos >= text.length()) {
            throw mistake(entryStart, "entry '" + key + "' is never closed; add the missing '}'");
        }
        pos++;
        return new BibEntry(type, key, fields, line(at), column(at));
    }

    private Map.Entry<String, String> field() {
        String name = take(BibFile::isFieldChar).toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw mistake(pos, "expected a field name" + inEntry());
        }
        name = switch (name) {
            case "archiveprefix" -> "eprinttype";
            case "primaryclass" -> "eprintclass";
            default -> name;
        };
        spaces();
        expect('=', "'=' after the field name '" + name + "'");
        spaces();
        StringBuilder value = new StringBuilder();
        while (true) {
            value.append(value());
            int save = pos;
            spaces();
            if (pos < text.length() && text.charAt(pos) == '#') {
                pos++;
                spaces();
            } else {
                pos = save;
                break;
            }
        }
        spaces();
        return Map.entry(name, value.toString());
    }

    private String value() {
        if (pos >= text.length()) {
            throw mistake(pos, "expected a value" + inEntry());
        }
        char c = text.charAt(pos);
        valueOpen = pos;
        if (c == '{') {
            pos++;
            return braced(pos - 1);
        }
        if (c == '"') {
            return quoted();
        }
        String name = take(BibFile::isFieldChar);
        if (name.isEmpty()) {
            throw mistake(pos, "expected a value in braces, quotes, a number or a @string name" + inEntry());
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return strings.containsKey(lower) ? strings.get(lower) : LatexSymbols.bibstring(lower);
    }

    /** The text up to the '}' matching the one at {@code open} (already read), inner braces kept. */
    private String braced(int open) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int innermost = open;
        List<Integer> opens = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length() && (text.charAt(pos + 1) == '{' || text.charAt(pos + 1) == '}')) {
                out.append(c).append(text.charAt(pos + 1));
                pos += 2;
                continue;
            }
            if (c == '{') {
                opens.add(pos);
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    pos++;
                    return out.toString();
                }
                opens.remove(opens.size() - 1);
                depth--;
            } else if (c == '\n' && pos + 1 < text.length() && startsEntry(pos + 1)) {
                innermost = opens.isEmpty() ? open : opens.get(opens.size() - 1);
                throw unclosed(innermost, pos + 1);
            }
            out.append(c);
            pos++;
        }
        innermost = opens.isEmpty() ? open : opens.get(opens.size() - 1);
        throw unclosed(innermost, text.length());
    }

    private String quoted() {
        int open = pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            } else if (c == '\\' && pos + 1 < text.length()) {
                out.append(c).append(text.charAt(pos + 1));
                pos += 2;
            } else if (c == '%') {
                skipLine();
            } else if (c == '{') {
                pos++;
                out.append('{').append(braced(pos - 1)).append('}');
            } else if (c == '\n' && pos + 1 < text.length() && startsEntry(pos + 1)) {
                throw unclosedQuote(open, pos + 1);
            } else {
                out.append(c);
                pos++;
            }
        }
        throw unclosedQuote(open, text.length());
    }

    private Mistake unclosed(int brace, int resume) {
        String where = brace == entryStart ? "" : ": the '{' at " + line(brace) + ":" + column(brace) + " has no matching '}'";
        problems.add(Diagnostic.error(file, line(entryStart), column(entryStart), "malformed BibTeX: "
                + (entryKey.isEmpty() ? "this entry" : "entry '" + entryKey + "'") + " is never closed" + where
                + "; add the missing '}'"));
        return new Mistake(resume);
    }

    private Mistake unclosedQuote(int quote, int resume) {
        problems.add(Diagnostic.error(file, line(entryStart), column(entryStart), "malformed BibTeX: "
                + (entryKey.isEmpty() ? "this entry" : "entry '" + entryKey + "'") + " is never closed: the '\"' at "
                + line(quote) + ":" + column(quote) + " has no matching '\"'; add the missing '\"'"));
        return new Mistake(resume);
    }

    private Mistake mistake(int at, String message) {
        problems.add(Diagnostic.error(file, line(at), column(at), "malformed BibTeX: " + message));
        int next = text.indexOf("\n@", at);
        return new Mistake(next < 0 ? text.length() : next + 1);
    }

    private String inEntry() {
        return entryKey.isEmpty() ? "" : " in entry '" + entryKey + "'";
    }

    private boolean startsEntry(int lineStart) {
        Matcher m = ENTRY_AT_LINE_START.matcher(text).region(lineStart, text.length());
        return m.lookingAt();
    }

    private void expect(char c, String what) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw mistake(pos, "expected " + what + (pos < text.length() ? ", found '" + text.charAt(pos) + "'" : ""));
        }
        pos++;
    }

    private String take(java.util.function.IntPredicate accept) {
        int start = pos;
        while (pos < text.length() && accept.test(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** White space and '%' comments. */
    private void spaces() {
        while (pos < text.length()) {
            if (Character.isWhitespace(text.charAt(pos))) {
                pos++;
            } else if (text.charAt(pos) == '%') {
                skipLine();
            } else {
                return;
            }
        }
    }

    int line(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    private static boolean isLetter(int c) {
        return Character.isLetter(c);
    }

    private static boolean isFieldChar(int c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '+';
    }

    private static boolean isKeyChar(int c) {
        return Character.isLetterOrDigit(c) || ".:;?!`'()$/*@_+=-[]*&".indexOf(c) >= 0;
    }
}
