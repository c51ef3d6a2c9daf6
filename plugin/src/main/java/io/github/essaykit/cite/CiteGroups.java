package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Same-author collapsing ({@code collapse="year"}), which citeproc-java 3.5.2 does not do: cites
 * whose names print alike are moved next to the first of them and the later ones lose their
 * names, "(Bivand 2023, 2016a, 2016b; Ginsparg 1994)". Within a group cites are joined by the
 * cite-group-delimiter; after a group of several, by the after-collapse-delimiter. With
 * {@code collapse="year-suffix"} a run of cites of one year that print only the year and its
 * suffix keep the first and the later suffixes, joined by the year-suffix-delimiter ("2016a,b,c");
 * "year-suffix-ranged" writes three or more successive letters as a range ("2016a–c"); a run
 * of several is followed by the after-collapse-delimiter, as pandoc prints (CSL 1.0.2, cs:citation
 * "collapse").
 */
final class CiteGroups {

    /**
     * One cite as rendered alone: its names part ("Bivand"), the whole cite ("Bivand 2023, 12"),
     * and who the names are (two Smiths both printed "Smith" are not collapsed, as in pandoc).
     */
    record Cite(String author, String full, String people) {

        /** The cite without its names part: what follows it in a group ("2023, 12"). */
        String withoutAuthor() {
            return full.startsWith(author) ? full.substring(author.length()).replaceFirst("^[,\\s]+", "") : full;
        }
    }

    private CiteGroups() {}

    /**
     * A collapsed citation: its text, the cites (by index) in the order printed and what each of
     * them prints there (null for a suffix hidden inside a range), for linking each cite.
     */
    record Collapsed(String text, List<Integer> order, List<String> pieces) {}

    /** The collapsed citation, or null when no two cites share their names (nothing to collapse). */
    static Collapsed collapse(List<Cite> cites, StyleVariants.Options options, String delimiter) {
        List<List<Integer>> groups = groups(cites);
        if (groups == null) {
            return null;
        }
        boolean suffixes = options.collapse().startsWith("year-suffix");
        StringBuilder out = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        List<Integer> previous = null;
        for (List<Integer> group : groups) {
            if (previous != null) {
                out.append(previous.size() > 1 ? options.afterCollapseDelimiter() : delimiter);
            }
            List<List<Integer>> runs = suffixes ? runs(cites, group) : group.stream().map(List::of).toList();
            for (int r = 0; r < runs.size(); r++) {
                List<Integer> run = runs.get(r);
                if (r > 0) {
                    out.append(runs.get(r - 1).size() > 1 ? options.afterCollapseDelimiter() : options.citeGroupDelimiter());
                }
                String text = r == 0 ? cites.get(run.get(0)).full() : cites.get(run.get(0)).withoutAuthor();
                order.addAll(run);
                pieces.add(text);
                if (run.size() > 1) {
                    List<String> letters = run.stream().map(i -> suffix(cites.get(i))).toList();
                    String rest = letters(letters, options.collapse().equals("year-suffix-ranged"), options.yearSuffixDelimiter());
                    text = text.substring(0, text.length() - letters.get(0).length()) + rest;
                    List<String> shown = List.of(rest.split(java.util.regex.Pattern.quote(options.yearSuffixDelimiter()) + "|\u2013"));
                    letters.subList(1, letters.size()).forEach(l -> pieces.add(shown.contains(l) ? l : null));
                }
                out.append(text);
            }
            previous = group;
        }
        return new Collapsed(out.toString(), List.copyOf(order), java.util.Collections.unmodifiableList(pieces));
    }

    /** A year and its suffix, all that a cite prints after its names when it has no locator. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(\\d{4})([a-z]+)");

    /** A group's cites in runs of successive cites of one year with suffixes (a cite alone is a run of one). */
    private static List<List<Integer>> runs(List<Cite> cites, List<Integer> group) {
        List<List<Integer>> runs = new ArrayList<>();
        String year = null;
        for (int i : group) {
            var m = YEAR.matcher(cites.get(i).withoutAuthor());
            String y = m.matches() ? m.group(1) : null;
            if (y != null && y.equals(year)) {
                runs.get(runs.size() - 1).add(i);
            } else {
                runs.add(new ArrayList<>(List.of(i)));
            }
            year = y;
        }
        return runs;
    }

    /** The year suffix of a cite that prints only its year and suffix after its names. */
    private static String suffix(Cite cite) {
        var m = YEAR.matcher(cite.withoutAuthor());
        return m.matches() ? m.group(2) : "";
    }

    /** "a,b,d"; ranged, three or more successive letters as a range: "a–c,e". */
    private static String letters(List<String> all, boolean ranged, String delimiter) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            int j = i;
            while (ranged && j + 1 < all.size() && all.get(j).length() == 1 && all.get(j + 1).length() == 1
                    && all.get(j + 1).charAt(0) == all.get(j).charAt(0) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(all.get(i) + "\u2013" + all.get(j));
            } else {
                parts.addAll(all.subList(i, j + 1));
            }
            i = j + 1;
        }
        return String.join(delimiter, parts);
    }

    /**
     * The cites (by index) in the order {@link #collapse} prints them, each group's first one
     * whole and the others {@link Cite#withoutAuthor}; null when it collapses nothing.
     */
    static List<List<Integer>> groups(List<Cite> cites) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < cites.size(); i++) {
            Cite cite = cites.get(i);
            if (cite.author().isEmpty()) {
                return null;
            }
            groups.computeIfAbsent(cite.author() + "\u0000" + cite.people(), a -> new ArrayList<>()).add(i);
        }
        return groups.size() == cites.size() ? null : List.copyOf(groups.values());
    }

    /**
     * Who the names a cite prints are, for telling namesakes apart: of a source's authors (else
     * editors), those from the first whose family name (or literal) the printed names part holds,
     * "Shim et al." naming only Jinjoo Shim, so that two works of Shim et al. with other co-authors
     * collapse, as in pandoc (CSL 1.0.2 compares the names as printed); all of them when the part
     * names none (a title in the place of names).
     */
    static String people(CSLItemData item, String printed) {
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        names = names == null ? new CSLName[0] : names;
        int shown = 0;
        while (shown < names.length && prints(printed, names[shown].getFamily() != null ? names[shown].getFamily() : names[shown].getLiteral())) {
            shown++;
        }
        StringBuilder people = new StringBuilder();
        for (CSLName name : shown == 0 ? names : java.util.Arrays.copyOf(names, shown)) {
            people.append(name.getFamily()).append(',').append(name.getGiven()).append(',').append(name.getLiteral()).append(';');
        }
        return people.toString();
    }

    /** Whether {@code printed} holds {@code name} as a whole word (no letter either side). */
    private static boolean prints(String printed, String name) {
        if (name == null) {
            return false;
        }
        String word = name.strip();
        for (int at = printed.indexOf(word); at >= 0; at = printed.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(printed.codePointBefore(at)))
                    && (end == printed.length() || !Character.isLetter(printed.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
