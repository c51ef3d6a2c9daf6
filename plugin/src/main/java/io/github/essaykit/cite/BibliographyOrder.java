package io.github.essaykit.cite;

import de.undercouch.citeproc.AbbreviationProvider;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.CollectingVariableListener;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SKey;
import de.undercouch.citeproc.csl.internal.SSort;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.parallel.Each;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The style's bibliography order of a set of keys: the order citeproc-java 3.5.2's sorted
 * registration gives, in a fraction of its time, but for a date variable's key, which it leaves
 * empty and which is sorted here by the date ({@link DateSortKey}).
 *
 * <p>citeproc-java inserts each item by binary search with a comparator that renders both
 * items' sort keys on every comparison (text-case, names, dates: about a millisecond a pair), and
 * renumbers every item after each insertion: 30 s for 5,000 keys. Here each item's keys are
 * rendered once, by the same {@link SKey#render} in the same {@link RenderContext}, and the items
 * are sorted by the rendered strings. Items whose keys tie keep the order given (citeproc-java
 * puts the later one after every item inserted before it: "Okafor 2019b" after "Smith 2020").
 * The style's parsed form is read from the processor by reflection, which the pinned
 * citeproc-java version allows; if that ever fails, citeproc's own registration is used.
 */
final class BibliographyOrder {

    /** Items whose keys one processor renders in one piece: a few pieces for each thread. */
    private static final int PART = 250;
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("\\p{P}+");
    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\s+");

    private BibliographyOrder() {}

    /** The ids in bibliography order, as {@code csl.registerCitationItems(ids, false)} would register them. */
    static List<String> of(CSL csl, ItemDataProvider items, Collection<String> ids) {
        return of(Sorters.of(() -> csl), items, ids, true, SortKeys.NONE, Each.ONE_BY_ONE);
    }

    /** As {@link #of(Sorters, ItemDataProvider, Collection, boolean, SortKeys, Each)}, one by one, each processor from {@code processor}. */
    static List<String> of(Supplier<CSL> processor, ItemDataProvider items, Collection<String> ids, boolean demoteNonDropping,
            SortKeys stored) {
        return of(Sorters.of(processor), items, ids, demoteNonDropping, stored, Each.ONE_BY_ONE);
    }

    /** Lends a processor of the style for one piece of the sort; pieces on several threads each get their own. */
    interface Sorters {

        <T> T with(Function<CSL, T> work);

        /** Each piece a processor from {@code processor}: it must give a new one each time, if pieces run in parallel. */
        static Sorters of(Supplier<CSL> processor) {
            return new Sorters() {
                @Override
                public <T> T with(Function<CSL, T> work) {
                    return work.apply(processor.get());
                }
            };
        }
    }

    /**
     * @param sorters the style's processors, asked for only when the order must be found: an earlier
     *     build that sorted the same items in the same style gives it without one
     * @param demoteNonDropping whether a non-dropping particle marked by {@link NameParts} sorts
     *     after the given name (demote-non-dropping-particle="display-and-sort")
     * @param stored the items' keys rendered by earlier builds (of the same style), by item
     * @param each runs the rendering of parts of the items' keys, in parallel where it has threads
     */
    static List<String> of(Sorters sorters, ItemDataProvider items, Collection<String> ids, boolean demoteNonDropping,
            SortKeys stored, Each each) {
        return of(sorters, items, null, ids, demoteNonDropping, stored, each);
    }

    /**
     * As {@link #of(Sorters, ItemDataProvider, Collection, boolean, SortKeys, Each)}, {@code items} read
     * from a library of this print ({@link io.github.essaykit.sources.SourceLibrary#print}; null when not known).
     */
    static List<String> of(Sorters sorters, ItemDataProvider items, String libraryPrint, Collection<String> ids,
            boolean demoteNonDropping, SortKeys stored, Each each) {
        // the same items (each id's exact data) in the same style sort alike: a build after an edit
        // reads their order without parsing the style into a processor, nor rendering a sort key;
        // items of a library loaded from the same files are the same items, found without printing each
        Map<String, String> prints = null; // each item's print, made here only when the library has none
        String byItems = null;
        if (stored.enabled()) {
            Fingerprint print = Fingerprint.start("items").add(demoteNonDropping);
            if (libraryPrint != null) {
                print.add("library").add(libraryPrint);
                ids.forEach(print::add);
            } else {
                prints = prints(items, ids);
                prints.forEach((id, itemPrint) -> print.add(id).add(itemPrint));
            }
            byItems = print.hex();
            List<String> known = stored.order(byItems);
            if (known != null) {
                stored.keepKeys(); // not read this time, still the items' keys for the next sort
                return known;
            }
        }
        Internals internals = sorters.with(csl -> Internals.of(csl, demoteNonDropping));
        if (internals == null || internals.keys == null) {
            return kept(stored, byItems, sorters.with(csl -> citeprocOrder(csl, ids)));
        }
        // each item's keys rendered on its own (a processor per part: a date's rendering sets state in the parsed style)
        List<String> all = List.copyOf(ids);
        Map<String, String> itemPrints = !stored.enabled() ? Map.of() : prints != null ? prints : prints(items, all);
        List<List<Keyed>> parts = each.map(IntStream.iterate(0, i -> i < all.size(), i -> i + PART).boxed().toList(),
                from -> sorters.with(csl -> keyed(Internals.of(csl, demoteNonDropping), all.subList(from, Math.min(from + PART, all.size())),
                        items, stored, itemPrints)));
        if (parts.contains(null)) {
            return kept(stored, byItems, sorters.with(csl -> citeprocOrder(csl, ids))); // keys by citation number: citeproc numbers as it inserts
        }
        List<Keyed> unsorted = parts.stream().flatMap(List::stream).toList();
        stored.save();
        // the same keys in the same order sort alike: a build after an edit that cites the same
        // sources reads the order, not the 20,000 locale-aware comparisons of 2,000 items
        String print = stored.enabled() ? internals.print(unsorted) : null;
        List<String> known = print == null ? null : stored.order(print);
        if (known != null) {
            return kept(stored, byItems, known);
        }
        List<Keyed> sorted = new ArrayList<>(unsorted);
        sorted.sort(internals.comparator()); // stable: works whose keys tie keep the order given
        List<String> order = sorted.stream().map(Keyed::id).toList();
        if (print != null) {
            stored.order(print, order);
        }
        return kept(stored, byItems, order);
    }

    /** The keys of these ids' items (those there are), or null when a key renders the citation number. */
    private static List<Keyed> keyed(Internals internals, List<String> ids, ItemDataProvider items, SortKeys stored,
            Map<String, String> prints) {
        if (internals == null) {
            return null;
        }
        List<Keyed> keyed = new ArrayList<>(ids.size());
        for (String id : ids) {
            CSLItemData item = items.retrieveItem(id);
            if (item == null) {
                continue;
            }
            Keyed one = keyed(internals, id, item, stored, prints.get(id));
            if (one == null) {
                return null;
            }
            keyed.add(one);
        }
        return keyed;
    }

    /** Each id's item's print, in the order of {@code ids}; "" for an id with no item. */
    private static Map<String, String> prints(ItemDataProvider items, Collection<String> ids) {
        Map<String, String> prints = new LinkedHashMap<>();
        for (String id : ids) {
            CSLItemData item = items.retrieveItem(id);
            prints.put(id, item == null ? "" : SortKeys.print(item));
        }
        return prints;
    }

    /** {@code order}, stored for the next sort of the same items ({@code byItems}; null when none is kept). */
    private static List<String> kept(SortKeys stored, String byItems, List<String> order) {
        if (byItems != null) {
            stored.order(byItems, order);
        }
        return order;
    }

    /** The item's keys as stored for its exact data ({@code print}; id included), else rendered and stored. */
    private static Keyed keyed(Internals internals, String id, CSLItemData item, SortKeys stored, String print) {
        if (!stored.enabled()) {
            return internals.keyed(id, item);
        }
        String[] known = stored.get(print);
        if (known != null && known.length == internals.keys.size()) {
            return new Keyed(id, known);
        }
        Keyed keyed = internals.keyed(id, item);
        if (keyed != null) {
            stored.put(print, keyed.keys());
        }
        return keyed;
    }

    private static List<String> citeprocOrder(CSL csl, Collection<String> ids) {
        csl.reset();
        csl.registerCitationItems(ids, false);
        return csl.getRegisteredItems().stream().map(CSLItemData::getId).toList();
    }

    /** An item with its rendered sort keys. */
    private record Keyed(String id, String[] keys) {}

    /** The parsed style, locale and sort keys of a processor. */
    /** The processor's locale (its style's terms merged in), or null if it cannot be read. */
    static LLocale locale(CSL csl) {
        try {
            return (LLocale) Internals.field(CSL.class, "locale").get(csl);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private record Internals(SStyle style, LLocale locale, AbbreviationProvider abbreviations, List<SKey> keys,
            List<String> dateVariables, boolean demoteNonDropping) {

        static Internals of(CSL csl, boolean demoteNonDropping) {
            try {
                SStyle style = (SStyle) field(CSL.class, "style").get(csl);
                LLocale locale = (LLocale) field(CSL.class, "locale").get(csl);
                AbbreviationProvider abbreviations = (AbbreviationProvider) field(CSL.class, "abbreviationProvider").get(csl);
                SSort sort = style.getBibliography() == null ? null : style.getBibliography().getSort();
                @SuppressWarnings("unchecked")
                List<SKey> keys = sort == null ? null : (List<SKey>) field(SSort.class, "keys").get(sort);
                List<String> dates = new ArrayList<>();
                for (SKey key : keys == null ? List.<SKey>of() : keys) {
                    String variable = (String) field(SKey.class, "variable").get(key);
                    dates.add(variable != null && DateSortKey.VARIABLES.contains(variable) ? variable : null);
                }
                return new Internals(style, locale, abbreviations, keys, dates, demoteNonDropping);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        /** The item's rendered keys, or null when a key renders the citation number. */
        Keyed keyed(String id, CSLItemData item) {
            String[] rendered = new String[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                if (dateVariables.get(i) != null) {
                    // citeproc-java 3.5.2 renders a date variable's key (<key variable="issued"/>, in
                    // 707 of the 2,846 official styles) as nothing, so works tie and fall to the
                    // next key, the title; pandoc and citeproc-js sort them by the date
                    rendered[i] = DateSortKey.of(dateVariables.get(i), item);
                    continue;
                }
                RenderContext context = new RenderContext(style, locale, item, abbreviations);
                CollectingVariableListener listener = new CollectingVariableListener();
                context.addVariableListener(listener);
                keys.get(i).render(context);
                context.removeVariableListener(listener);
                if (listener.getCalled().contains("citation-number")) {
                    return null;
                }
                // punctuation is ignored, as pandoc's Unicode collation does: a quoted title sorts by
                // its first word, "O’Connor" before "Okafor", "UNESCO" before "U.S. Geological Survey"
                rendered[i] = PUNCTUATION.matcher(NameParts.place(context.getResult().toString(), demoteNonDropping))
                        .replaceAll("");
            }
            return new Keyed(id, rendered);
        }

        /** What {@link #comparator} orders by: the language, each key's direction, and the items' keys in the order given. */
        String print(List<Keyed> items) {
            Fingerprint print = Fingerprint.start("sort order").add(locale.getLang()).add(demoteNonDropping);
            keys.forEach(k -> print.add(k.getSort()));
            for (Keyed item : items) {
                print.add(item.id()).add(item.keys().length);
                for (String k : item.keys()) {
                    print.add(k);
                }
            }
            return print.hex();
        }

        /** citeproc's SortComparator on rendered keys: the first key that differs decides; empty sorts last. One per sort. */
        Comparator<Keyed> comparator() {
            AlphanumCollation alphanum = new AlphanumCollation(locale.getLang());
            Map<String, String[]> words = new java.util.HashMap<>(); // each key split once per sort, not at each comparison
            return (a, b) -> {
                for (int i = 0; i < keys.size(); i++) {
                    String x = a.keys()[i];
                    String y = b.keys()[i];
                    if (x.isEmpty() && !y.isEmpty()) {
                        return 1;
                    }
                    if (!x.isEmpty() && y.isEmpty()) {
                        return -1;
                    }
                    int c = byWords(alphanum, words.computeIfAbsent(x, Internals::words), words.computeIfAbsent(y, Internals::words));
                    if (c != 0) {
                        return c * keys.get(i).getSort();
                    }
                }
                return 0;
            };
        }

        /**
         * Word by word, a word that is the start of another first: "Ho, Joses" before "Hochberg, Yosef" and
         * "Willis, K. J." before "Willis, Katherine J.", as pandoc sorts them; the collator alone ignores
         * spaces and compared "HoJoses" with "HochbergYosef".
         */
        private static int byWords(AlphanumCollation alphanum, String[] a, String[] b) {
            for (int k = 0; k < Math.min(a.length, b.length); k++) {
                int c = alphanum.compare(a[k], b[k]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.length, b.length);
        }

        private static String[] words(String key) {
            return WORDS.split(key.strip());
        }

        private static Field field(Class<?> type, String name) throws NoSuchFieldException {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        }
    }
}
