package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import io.github.essaykit.sources.SourceLibrary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Year suffixes ("Garthoff 1989a", "1989b") for works by the same names in the same year, as a
 * style's {@code disambiguate-add-year-suffix} asks and citeproc-java 3.5.2 does not do. Letters
 * follow the bibliography order. Assigned over the sources of one document, as CSL and pandoc
 * do: the site bibliography's over every source the site cites, an essay's over its own
 * ({@link CitationOrder#forDocument}), so an essay citing one of two works of 1989 says "1989".
 */
final class YearSuffixes {

    private YearSuffixes() {}

    /** @param keys the cited keys in bibliography order */
    static Map<String, String> assign(List<String> keys, SourceLibrary library) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String key : keys) {
            library.find(key).ifPresent(source -> {
                String group = group(source.item());
                if (group != null) {
                    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(key);
                }
            });
        }
        Map<String, String> suffixes = new LinkedHashMap<>();
        for (List<String> same : groups.values()) {
            if (same.size() > 1) {
                for (int i = 0; i < same.size(); i++) {
                    suffixes.put(same.get(i), letters(i));
                }
            }
        }
        return suffixes;
    }

    /** Names (authors, else editors) and year; null when either is missing. */
    static String group(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        if (names == null || names.length == 0 || item.getIssued() == null || item.getIssued().getDateParts() == null
                || item.getIssued().getDateParts().length == 0) {
            return null;
        }
        StringBuilder group = new StringBuilder();
        for (CSLName name : names) {
            group.append(name.getFamily()).append(',').append(name.getGiven()).append(',').append(name.getLiteral()).append(';');
        }
        return group.append(Arrays.toString(new int[] {item.getIssued().getDateParts()[0][0]})).toString();
    }

    /** a … z, then aa, ab … as citeproc does. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            s.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }
}
