package io.github.essaykit.markdown.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a citation suffix into locator label, locator and remaining suffix, the way pandoc 2.17's
 * citeproc does ({@code Text.Pandoc.Citeproc.Locator}), on plain text instead of pandoc's inline
 * tokens.
 *
 * <p>The algorithm: drop one leading comma and space; then either a delimited locator {@code {p.
 * 33 ff}} (everything inside the braces, label defaulting to "page"), or an integrated one: the
 * longest locator term (e.g. {@code pp.}) that is followed by a locator word, then that word and
 * any further words joined by {@code ,} or {@code ;}. A locator word is a run of characters up to a
 * space or punctuation other than {@code - – :}, may contain {@code .2}-style parts and bracketed
 * parts like {@code 34(1)}; after an explicit term it must hold a digit or be a roman numeral,
 * without a term ("page" implied) it must hold a digit. What is left is the suffix. Without a
 * locator the suffix gets pandoc's leading comma unless it starts with a space or punctuation.
 */
public final class LocatorParser {

    /** The result; label and locator are "" when there is no locator. */
    public record Split(String label, String locator, String suffix) {}

    private static final Map<String, String> TERMS = terms();
    private static final Pattern ROMAN =
            Pattern.compile("(?i)(?=[mdclxvi])m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");

    private LocatorParser() {}

    public static Split parse(String suffix) {
        Split split = locator(suffix);
        if (split != null) {
            return split;
        }
        return new Split("", "", addComma(suffix));
    }

    /** CSL label for a locator term such as "pp." or "Chapter", or null. */
    public static String label(String term) {
        return TERMS.get(term.strip().toLowerCase(Locale.ROOT));
    }

    private static Split locator(String s) {
        int i = 0;
        if (i < s.length() && s.charAt(i) == ',') {
            i++;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '{') {
            Split delimited = delimited(s, i);
            if (delimited != null) {
                return delimited;
            }
        }
        return integrated(s, i);
    }

    private static Split delimited(String s, int open) {
        int close = matching(s, open, '{', '}');
        if (close < 0) {
            return null;
        }
        String inner = s.substring(open + 1, close).stripLeading();
        String label = "page";
        int start = 0;
        for (int j = 1; j < inner.length(); j++) {
            if (boundary(inner, j) && label(inner.substring(0, j)) != null) {
                label = label(inner.substring(0, j));
                start = j;
            }
        }
        String locator = inner.substring(start).strip();
        return new Split(label, locator, s.substring(close + 1));
    }

    private static Split integrated(String s, int start) {
        String label = null;
        int wordStart = start;
        for (int j = start + 1; j <= s.length(); j++) {
            if (!boundary(s, j)) {
                continue;
            }
            String term = label(s.substring(start, j));
            if (term != null && word(s, skipSpace(s, j), true) != null) {
                label = term;
                wordStart = j;
            }
        }
        boolean explicit = label != null;
        Word first = word(s, skipSpace(s, wordStart), explicit);
        if (first == null) {
            return null;
        }
        int end = first.end;
        while (true) {
            int k = end;
            if (k < s.length() && (s.charAt(k) == ',' || s.charAt(k) == ';')) {
                k++;
            }
            Word next = word(s, skipSpace(s, k), explicit);
            if (next == null) {
                break;
            }
            end = next.end;
        }
        String locator = s.substring(wordStart, end).strip();
        return new Split(explicit ? label : "page", locator, s.substring(end));
    }

    private record Word(int end) {}

    /** A locator word at {@code at}: pieces up to a space or locator punctuation. */
    private static Word word(String s, int at, boolean romanAllowed) {
        int i = at;
        boolean digits = false;
        boolean roman = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            int close = -1;
            if (c == '(' || c == '[' || c == '{') {
                close = matching(s, i, c, c == '(' ? ')' : c == '[' ? ']' : '}');
            }
            if (close > 0) {
                digits |= hasDigit(s, i, close);
                i = close + 1;
                continue;
            }
            int unitStart = c == '.' ? i + 1 : i;
            int unitEnd = unitStart;
            while (unitEnd < s.length() && !stops(s.charAt(unitEnd))) {
                unitEnd++;
            }
            if (unitEnd == unitStart) {
                break;
            }
            String unit = s.substring(unitStart, unitEnd);
            digits |= hasDigit(s, unitStart, unitEnd);
            roman |= isRoman(unit);
            i = unitEnd;
        }
        if (i == at || !(digits || (romanAllowed && roman))) {
            return null;
        }
        return new Word(i);
    }

    /** A roman numeral or a range of them ("iv-vi"). */
    private static boolean isRoman(String unit) {
        for (String part : unit.split("[-–:]", -1)) {
            if (!ROMAN.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean stops(char c) {
        if (c == ' ' || c == '\n' || c == '(' || c == '[' || c == '{') {
            return true;
        }
        if (c == '-' || c == '–' || c == ':') {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Index of the bracket closing the one at {@code open}, balancing nested pairs, or -1. */
    static int matching(String s, int open, char left, char right) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == left) {
                depth++;
            } else if (c == right && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** pandoc's tokens split at spaces and punctuation: no term ends inside a word. */
    private static boolean boundary(String s, int j) {
        return j >= s.length()
                || !(Character.isLetterOrDigit(s.charAt(j - 1))
                        && Character.isLetterOrDigit(s.charAt(j)));
    }

    private static int skipSpace(String s, int i) {
        return i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
    }

    /** pandoc's maybeAddComma: a bare suffix is joined with ", ". */
    private static String addComma(String suffix) {
        if (suffix.isEmpty()) {
            return suffix;
        }
        char c = suffix.charAt(0);
        if (Character.isWhitespace(c) || stops(c) || c == '-' || c == ':') {
            return suffix;
        }
        return ", " + suffix;
    }

    /** The en-US locator terms pandoc 2.17 knows, mapped to CSL 1.0.2 locator types. */
    private static Map<String, String> terms() {
        Map<String, String> terms = new LinkedHashMap<>();
        put(terms, "book", "book", "books", "bk.", "bks.");
        put(terms, "chapter", "chapter", "chapters", "chap.", "chaps.");
        put(terms, "column", "column", "columns", "col.", "cols.");
        put(terms, "figure", "figure", "figures", "fig.", "figs.");
        put(terms, "folio", "folio", "folios", "fol.", "fols.");
        put(terms, "issue", "number", "numbers", "no.", "nos.", "issue", "issues");
        put(terms, "line", "line", "lines", "l.", "ll.");
        put(terms, "note", "note", "notes", "n.", "nn.");
        put(terms, "opus", "opus", "opera", "op.", "opp.");
        put(terms, "page", "page", "pages", "p.", "pp.");
        put(terms, "paragraph", "paragraph", "paragraphs", "para.", "paras.", "¶", "¶¶");
        put(terms, "part", "part", "parts", "pt.", "pts.");
        put(terms, "section", "section", "sections", "sec.", "secs.", "§", "§§");
        put(terms, "sub-verbo", "sub verbo", "sub verbis", "s.v.", "s.vv.");
        put(terms, "verse", "verse", "verses", "v.", "vv.");
        put(terms, "volume", "volume", "volumes", "vol.", "vols.");
        return Map.copyOf(terms);
    }

    private static void put(Map<String, String> terms, String label, String... forms) {
        for (String form : forms) {
            terms.put(form, label);
        }
    }
}
