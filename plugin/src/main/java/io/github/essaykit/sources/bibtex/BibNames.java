package io.github.essaykit.sources.bibtex;

import io.github.essaykit.sources.bibtex.Inline.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A name list ({@code author}, {@code editor}…) as CSL names, as pandoc splits them: at " and "
 * outside braces; "First von Last", "von Last, First", "von Last, Jr, First"; a name that is one
 * brace group is a corporate name ({@code {World Health Organization}}); {@code others}; the
 * biblatex extended form ({@code family=…, given=…}). BibTeX takes the von part as BibTeX does,
 * BibLaTeX keeps "Drummond de Andrade" whole.
 */
final class BibNames {

    private BibNames() {}

    static List<Map<String, Object>> read(String value, boolean bibtex, boolean useprefix, boolean juniorcomma) {
        List<Inline> inlines = LatexReader.read(value);
        List<Map<String, Object>> names = new ArrayList<>();
        for (List<Inline> part : splitByAnd(inlines)) {
            Map<String, Object> name = toName(addSpaceAfterPeriod(part), bibtex, useprefix, juniorcomma);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** Splits at a top-level " and " (not inside braces). */
    static List<List<Inline>> splitByAnd(List<Inline> inlines) {
        List<List<Inline>> parts = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        for (int i = 0; i < inlines.size(); i++) {
            if (i + 2 < inlines.size() && inlines.get(i).kind() == Kind.SPACE && inlines.get(i + 1).isStr()
                    && inlines.get(i + 1).text().equals("and") && inlines.get(i + 2).kind() == Kind.SPACE) {
                parts.add(current);
                current = new ArrayList<>();
                i += 2;
            } else {
                current.add(inlines.get(i));
            }
        }
        parts.add(current);
        return parts;
    }

    /** "J.G. Smith" is read as "J. G. Smith". */
    private static List<Inline> addSpaceAfterPeriod(List<Inline> inlines) {
        List<Inline> split = splitStr(inlines, c -> c == '.');
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            out.add(split.get(i));
            if (i + 2 < split.size() && singleUpper(split.get(i)) && split.get(i + 1).isStr()
                    && split.get(i + 1).text().equals(".") && singleUpper(split.get(i + 2))) {
                out.add(split.get(i + 1));
                out.add(Inline.SPACE_INLINE);
                i++;
            }
        }
        return out;
    }

    private static boolean singleUpper(Inline inline) {
        return inline.isStr() && inline.text().codePointCount(0, inline.text().length()) == 1
                && Character.isUpperCase(inline.text().codePointAt(0));
    }

    private static Map<String, Object> toName(List<Inline> ils, boolean bibtex, boolean useprefix, boolean juniorcomma) {
        Map<String, Object> name = new LinkedHashMap<>();
        if (ils.size() == 1 && ils.get(0).isStr() && ils.get(0).text().equals("others")) {
            name.put("literal", "others");
            return name;
        }
        if (ils.size() == 1 && ils.get(0).kind() == Kind.GROUP) {
            name.put("literal", Inline.plain(ils.get(0).children()));
            return name;
        }
        if (!ils.isEmpty() && ils.get(0).isStr() && ils.get(0).text().contains("=")) {
            return extended(ils);
        }
        List<List<List<Inline>>> commaParts = new ArrayList<>();
        for (List<Inline> part : splitAt(splitStr(ils, c -> c == ',' || c == '\u00a0'), ",")) {
            commaParts.add(words(part));
        }
        List<List<Inline>> first;
        List<List<Inline>> vonLast;
        List<List<Inline>> jr = List.of();
        if (commaParts.size() == 1) {
            List<List<Inline>> fvl = commaParts.get(0);
            int caps = 0;
            while (caps < fvl.size() && isCapitalized(fvl.get(caps))) {
                caps++;
            }
            if (caps == fvl.size() && caps > 0) {
                first = fvl.subList(0, caps - 1);
                vonLast = fvl.subList(caps - 1, caps);
            } else {
                first = fvl.subList(0, caps);
                vonLast = fvl.subList(caps, fvl.size());
            }
        } else if (commaParts.size() == 2) {
            first = commaParts.get(1);
            vonLast = commaParts.get(0);
        } else {
            first = commaParts.get(2);
            vonLast = commaParts.get(0);
            jr = commaParts.get(1);
        }
        List<List<Inline>> von;
        List<List<Inline>> last;
        if (bibtex) {
            int capsAtEnd = 0;
            while (capsAtEnd < vonLast.size() && isCapitalized(vonLast.get(vonLast.size() - 1 - capsAtEnd))) {
                capsAtEnd++;
            }
            if (capsAtEnd == 0 && !vonLast.isEmpty()) {
                von = vonLast.subList(0, vonLast.size() - 1);
                last = vonLast.subList(vonLast.size() - 1, vonLast.size());
            } else {
                von = vonLast.subList(0, vonLast.size() - capsAtEnd);
                last = vonLast.subList(vonLast.size() - capsAtEnd, vonLast.size());
            }
        } else {
            int lower = 0;
            while (lower < vonLast.size() && !isCapitalized(vonLast.get(lower))) {
                lower++;
            }
            if (lower > 0 && lower == vonLast.size()) {
                von = vonLast.subList(0, lower - 1);
                last = vonLast.subList(lower - 1, lower);
            } else {
                von = vonLast.subList(0, lower);
                last = vonLast.subList(lower, vonLast.size());
            }
        }
        String family = unwords(last);
        String given = unwords(first);
        String prefix = unwords(von);
        String suffix = unwords(jr);
        if (!family.isEmpty()) {
            name.put("family", family);
        }
        if (!given.isEmpty()) {
            name.put("given", given);
        }
        if (!prefix.isEmpty()) {
            name.put(useprefix ? "non-dropping-particle" : "dropping-particle", prefix);
        }
        if (!suffix.isEmpty()) {
            name.put("suffix", suffix);
        }
        if (juniorcomma) {
            name.put("comma-suffix", true);
        }
        return name;
    }

    /** biblatex's "family=Smith, given=John, prefix=van, useprefix=true". */
    private static Map<String, Object> extended(List<Inline> ils) {
        String given = null;
        String family = null;
        String prefix = null;
        String suffix = null;
        boolean useprefix = false;
        for (String part : Inline.plain(ils).split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            switch (key) {
                case "given" -> given = given == null ? value : given + " " + value;
                case "family" -> family = value;
                case "prefix" -> prefix = value;
                case "suffix" -> suffix = value;
                case "useprefix" -> useprefix = value.equals("true");
                default -> { }
            }
        }
        Map<String, Object> name = new LinkedHashMap<>();
        if (family != null) {
            name.put("family", family);
        }
        if (given != null) {
            name.put("given", given);
        }
        if (prefix != null) {
            name.put(useprefix ? "non-dropping-particle" : "dropping-particle", prefix);
        }
        if (suffix != null) {
            name.put("suffix", suffix);
        }
        return name;
    }

    /** pandoc's test: the first text character is upper case (digits skipped); no text counts as capitalised. */
    private static boolean isCapitalized(List<Inline> word) {
        for (Inline inline : word) {
            if (!inline.isStr()) {
                continue;
            }
            for (int i = 0; i < inline.text().length(); ) {
                int c = inline.text().codePointAt(i);
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    return true;
                }
                if (!Character.isDigit(c)) {
                    return false;
                }
                i += Character.charCount(c);
            }
        }
        return true;
    }

    private static String unwords(List<List<Inline>> words) {
        List<String> texts = new ArrayList<>();
        for (List<Inline> word : words) {
            texts.add(Inline.plain(word));
        }
        return String.join(" ", texts);
    }

    /** Words: runs of inlines between spaces and no-break spaces. */
    private static List<List<Inline>> words(List<Inline> inlines) {
        List<List<Inline>> words = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline.kind() == Kind.SPACE || (inline.isStr() && inline.text().equals("\u00a0"))) {
                if (!current.isEmpty()) {
                    words.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(inline);
            }
        }
        if (!current.isEmpty()) {
            words.add(current);
        }
        return words;
    }

    private static List<List<Inline>> splitAt(List<Inline> inlines, String separator) {
        List<List<Inline>> parts = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline.isStr() && inline.text().equals(separator)) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(inline);
            }
        }
        parts.add(current);
        return parts;
    }

    /** Top-level text split so that each matching character is a text of its own. */
    static List<Inline> splitStr(List<Inline> inlines, java.util.function.IntPredicate at) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (!inline.isStr()) {
                out.add(inline);
                continue;
            }
            String text = inline.text();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (at.test(text.charAt(i))) {
                    if (i > start) {
                        out.add(Inline.str(text.substring(start, i)));
                    }
                    out.add(Inline.str(text.substring(i, i + 1)));
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                out.add(Inline.str(text.substring(start)));
            }
        }
        return out;
    }
}
