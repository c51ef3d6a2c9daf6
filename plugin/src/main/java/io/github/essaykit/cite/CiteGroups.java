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
 * cite-group-delimiter; after a group of several, by the after-collapse-delimiter.
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

    /** The collapsed citation, or null when no two cites share their names (nothing to collapse). */
    static String collapse(List<Cite> cites, StyleVariants.Options options, String delimiter) {
        List<List<Integer>> groups = groups(cites);
        if (groups == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        List<Integer> previous = null;
        for (List<Integer> group : groups) {
            if (previous != null) {
                out.append(previous.size() > 1 ? options.afterCollapseDelimiter() : delimiter);
            }
            out.append(cites.get(group.get(0)).full());
            for (int later : group.subList(1, group.size())) {
                out.append(options.citeGroupDelimiter()).append(cites.get(later).withoutAuthor());
            }
            previous = group;
        }
        return out.toString();
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

    /** Who a source's names are (authors, else editors), for telling namesakes apart. */
    static String people(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        StringBuilder people = new StringBuilder();
        for (CSLName name : names == null ? new CSLName[0] : names) {
            people.append(name.getFamily()).append(',').append(name.getGiven()).append(',').append(name.getLiteral()).append(';');
        }
        return people.toString();
    }
}
