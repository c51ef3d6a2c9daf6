package io.github.essaykit.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bibliography entries as citeproc-java renders them, each rendered once per build and style.
 * citeproc-java 3.5.2 renders an entry from the style, the locale and the registered item alone
 * (a fresh render context with no citations), so an entry is a function of the style variant and
 * the item's data: its year suffix, added given names, substituted names and citation number are
 * all in that data, and {@link CSLItemData} compares every field. The citation number is the
 * item's place in an essay's registration, so it is left out of the key where the style never
 * prints it (no "citation-number" anywhere in its XML). Essays citing the same sources with the
 * same suffixes get the same entries without rendering them again.
 */
final class RenderedEntries {

    /** Past this many entries of a variant the map starts again: memory bounded by the work. */
    private static final int LIMIT = 20_000;
    /** What citeproc-java prints for an item whose entry renders empty: no entry at all. */
    private static final String NONE = "";

    private final CitationStyle style;
    private final Map<CitationStyle.Variant, Map<CSLItemData, String>> entries = new ConcurrentHashMap<>();

    RenderedEntries(CitationStyle style) {
        this.style = style;
    }

    /**
     * What {@code csl.makeBibliography().getEntries()} gives, one per registered item ("" where
     * citeproc-java leaves an entry out, as it does one that renders empty): {@code csl} must have its items
     * registered unsorted (so its bibliography is in registration order), with the HTML output
     * format every formatter sets.
     */
    String[] of(CSL csl, CitationStyle.Variant variant) {
        List<CSLItemData> items = List.copyOf(csl.getRegisteredItems());
        Map<CSLItemData, String> known = entries.computeIfAbsent(variant, v -> new ConcurrentHashMap<>());
        boolean keepNumber = style.printsCitationNumbers(variant);
        Map<CSLItemData, CSLItemData> keys = new HashMap<>();
        items.forEach(item -> keys.put(item, keepNumber ? item : new CSLItemDataBuilder(item).citationNumber(null).build()));
        Map<CSLItemData, String> found = new HashMap<>();
        List<CSLItemData> missing = new ArrayList<>();
        for (CSLItemData item : items) {
            String entry = known.get(keys.get(item));
            if (entry != null) {
                found.put(item, entry);
            } else {
                missing.add(item);
            }
        }
        if (!missing.isEmpty()) {
            Set<CSLItemData> wanted = new HashSet<>(missing);
            String[] rendered = csl.makeBibliography(wanted::contains).getEntries();
            for (int i = 0; i < missing.size(); i++) {
                CSLItemData item = missing.get(i);
                // an empty rendering is left out, so the entries line up only when none was empty
                String entry = rendered.length == missing.size() ? rendered[i] : alone(csl, item);
                found.put(item, entry);
                if (known.size() >= LIMIT) {
                    known.clear();
                }
                known.put(keys.get(item), entry);
            }
        }
        return items.stream().map(found::get).toArray(String[]::new);
    }

    private static String alone(CSL csl, CSLItemData item) {
        String[] one = csl.makeBibliography(item::equals).getEntries();
        return one.length == 0 ? NONE : one[0];
    }
}
