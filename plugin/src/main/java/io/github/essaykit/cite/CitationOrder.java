package io.github.essaykit.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLName;
import io.github.essaykit.parallel.Each;
import io.github.essaykit.sources.SourceLibrary;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every essay's citations depend on site-wide, fixed before any essay is formatted: the
 * style's bibliography order of every key the build cites, the year suffixes and added given
 * names that follow from it, and the citation sort ranks. An immutable value: a formatter made
 * with it gives the same text whatever order essays are formatted in.
 *
 * @param order the keys in the style's bibliography order
 * @param yearSuffixes key to "a", "b"… (only keys that need one)
 * @param givenNames key to the names its citations print, where disambiguation adds given names
 * @param citationRanks key to its rank when the style sorts cites within a citation (else empty)
 * @param places key to its index in {@code order}: an essay's keys are put in order without a walk over the site's
 */
public record CitationOrder(List<String> order, Map<String, String> yearSuffixes, Map<String, CSLName[]> givenNames,
        Map<String, Integer> citationRanks, Map<String, Integer> places) {

    /** Nothing sorted yet. */
    public static final CitationOrder EMPTY = new CitationOrder(List.of(), Map.of(), Map.of(), Map.of());

    public CitationOrder {
        order = List.copyOf(order);
        yearSuffixes = Map.copyOf(yearSuffixes);
        givenNames = Map.copyOf(givenNames);
        citationRanks = Map.copyOf(citationRanks);
        places = Map.copyOf(places);
    }

    public CitationOrder(List<String> order, Map<String, String> yearSuffixes, Map<String, CSLName[]> givenNames,
            Map<String, Integer> citationRanks) {
        this(order, yearSuffixes, givenNames, citationRanks, placesOf(order));
    }

    private static Map<String, Integer> placesOf(List<String> order) {
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            places.putIfAbsent(order.get(i), i);
        }
        return places;
    }

    /** The library as citeproc reads it with this order's year suffixes and added names (particles marked, see {@link NameParts}). */
    LibraryItems items(SourceLibrary library, CitationStyle style) {
        return items(library, style, new ItemMemo());
    }

    /** The same, sharing the items made with {@code memo} (made for the same library and style, see {@link ItemMemo}). */
    LibraryItems items(SourceLibrary library, CitationStyle style, ItemMemo memo) {
        return new LibraryItems(library, yearSuffixes::get, givenNames::get, NameParts.demotes(style.demoteNonDroppingParticle()),
                style.authorSubstitute(), style.combinesEditorTranslator(), style.untypedAs(), memo, !style.speaksEnglish());
    }

    /** True when every one of these keys has its place in the order. */
    boolean covers(Collection<String> keys) {
        return places.keySet().containsAll(keys);
    }

    /**
     * This order with the year suffixes of a document that cites only {@code keys}: CSL
     * disambiguates within a document, and pandoc, rendering one essay, gives "Okafor 2015" where
     * the essay cites one of Okafor's two works of 2015 that the site bibliography calls 2015a
     * and 2015b. {@code this} when the site's suffixes of these keys are the essay's; else an order
     * with the suffixes of these keys alone (what a formatter of that document reads), so an essay
     * costs its own keys, not a copy of the site's suffixes.
     */
    CitationOrder forDocument(Collection<String> keys, SourceLibrary library) {
        if (yearSuffixes.isEmpty()) {
            return this; // the style adds none, or no two cited works need one
        }
        List<String> cited = inOrder(keys);
        Map<String, String> own = YearSuffixes.assign(cited, library);
        Map<String, String> site = new HashMap<>();
        for (String key : cited) {
            String suffix = yearSuffixes.get(key);
            if (suffix != null) {
                site.put(key, suffix);
            }
        }
        return own.equals(site) ? this : new CitationOrder(order, own, givenNames, citationRanks, places);
    }

    /**
     * This order as a document citing {@code keys} in this order reads it, where the style lists
     * sources as first cited ({@link CitationStyle#listsInCitationOrder}: IEEE, Vancouver, AMA):
     * such a style numbers and lists a document's sources in its own order, so an essay citing
     * the site's tenth source first calls it [1]. {@code this} when that is this order already.
     */
    CitationOrder asCited(Collection<String> keys, SourceLibrary library) {
        List<String> cited = keys.stream().filter(places::containsKey).distinct().toList();
        if (cited.equals(order)) {
            return this;
        }
        Map<String, String> suffixes = yearSuffixes.isEmpty() ? Map.of() : YearSuffixes.assign(cited, library);
        return new CitationOrder(cited, suffixes, givenNames, citationRanks.isEmpty() ? Map.of() : ranksInOrder(cited));
    }

    private static Map<String, Integer> ranksInOrder(List<String> order) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        order.forEach(key -> ranks.putIfAbsent(key, ranks.size()));
        return ranks;
    }

    /** These keys (those in the library) in the order. */
    public List<String> inOrder(Collection<String> keys) {
        // each key's place looked up once and sorted as a number (place, then index): a comparator
        // looking both places up at each of an essay's 60 comparisons was 12 ms of a one-edit build
        Collection<String> unique = keys instanceof Set<String> ? keys : new LinkedHashSet<>(keys);
        String[] found = new String[unique.size()];
        long[] byPlace = new long[found.length];
        int count = 0;
        for (String key : unique) {
            Integer place = places.get(key);
            if (place != null) {
                byPlace[count] = (long) place << 32 | count;
                found[count++] = key;
            }
        }
        Arrays.sort(byPlace, 0, count);
        String[] sorted = new String[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = found[(int) byPlace[i]];
        }
        return List.of(sorted);
    }

    /**
     * Sorts {@code keys} (those in the library) in the style's bibliography order and derives the
     * rest from it. {@code memory} may give the sort of the same keys from an earlier build.
     */
    static CitationOrder of(CitationStyle style, SourceLibrary library, Collection<String> keys, FormatterMemory memory,
            BibliographyOrder.Sorters sorters, Each each, java.util.function.Function<CitationOrder, CSL> comparer) {
        Set<String> all = new LinkedHashSet<>();
        keys.stream().filter(library::contains).forEach(all::add);
        if (all.isEmpty()) {
            return EMPTY;
        }
        // a function of the keys in the order given for the memory's style and library (essay:serve): not of
        // their set, since works whose sort keys tie keep the order given, and so do their year suffixes
        return memory.remember(memory.citationOrders, List.copyOf(all), () -> of(style, library, all, memory, sorters, each, comparer));
    }

    private static CitationOrder of(CitationStyle style, SourceLibrary library, Set<String> all, FormatterMemory memory,
            BibliographyOrder.Sorters sorters, Each each, java.util.function.Function<CitationOrder, CSL> comparer) {
        // the sort reads no year suffixes or added names: both follow from the order. One key (each
        // essay's "cite this essay") is its own order: no sort keys to render
        // where the style lists sources as cited, an essay has its own order (asCited); the site's
        // sources are listed as pandoc lists a document's "nocite: @*", in the order of the files
        List<String> order = style.listsInCitationOrder() ? library.keys().stream().filter(all::contains).toList()
                : all.size() == 1 ? List.copyOf(all) : memory.remember(memory.orders, List.copyOf(all),
                () -> BibliographyOrder.of(sorters, EMPTY.items(library, style), library.print(), all,
                        style.demoteNonDroppingParticle().equals("display-and-sort"), memory.sortKeys, each));
        StyleVariants.Options options = style.options(); // not a variant's XML: an unchanged build makes none
        Map<String, String> suffixes = options.addsYearSuffix() ? YearSuffixes.assign(order, library) : Map.of();
        Map<String, CSLName[]> names = GivenNames.assign(order, library, options.givennameRule(), options.initializeWith());
        Map<String, Integer> ranks = new LinkedHashMap<>();
        if (style.sortsCitations() && style.listsInCitationOrder()) {
            ranks.putAll(ranksInOrder(order)); // by citation number: the place in the order
        } else if (style.sortsCitations()) {
            // the bibliography's order stands for the citation's sort keys (APA: names, year):
            // works by the same names in the same year rank alike, so they keep the order
            // written, as in pandoc; citeproc-java 3.5.2 sorting by APA's citation keys puts
            // 2023 between two works of 2016
            Map<String, Integer> firstOfGroup = new LinkedHashMap<>();
            for (String key : order) {
                String group = library.find(key).map(s -> YearSuffixes.group(s.item())).orElse(null);
                ranks.put(key, group == null ? ranks.size() : firstOfGroup.computeIfAbsent(group, g -> ranks.size()));
            }
        }
        if (options.givennameRule().equals("by-cite")) {
            // cites that print alike get given names (the by-cite rule); comparer gives a processor at
            // the compared position reading the library with an order's names. Whether cites are still
            // alike after that (disambiguate="true") is the essay's own question (CitationFormatter)
            Set<String> ambiguous = Ambiguity.of(comparer.apply(new CitationOrder(order, suffixes, names, ranks)), library, order,
                    key -> key + LibraryItems.CITED);
            if (!ambiguous.isEmpty()) {
                List<String> alike = order.stream().filter(ambiguous::contains).toList();
                names = GivenNames.assign(alike, library, "primary-name", options.initializeWith());
            }
        }
        return new CitationOrder(order, suffixes, names, ranks);
    }
}
