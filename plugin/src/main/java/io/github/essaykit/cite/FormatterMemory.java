package io.github.essaykit.cite;

import io.github.essaykit.cache.ResultCache;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What formatters of one style and library may keep between builds (essay:serve): an essay's
 * formatted citations, by everything they depend on (its citations, nocite keys, and the
 * order and year suffixes of its sources), and the bibliography order and whole {@link CitationOrder} of a list of keys.
 * Reuse gives the same output as formatting again.
 */
public final class FormatterMemory {

    static final FormatterMemory NONE = new FormatterMemory(false);
    private static final int LIMIT = 20_000;

    private final boolean keep;
    /** Kept apart from the maps: an essay:build keeps sort keys and each essay's citations in its cache folder, and nothing else. */
    final SortKeys sortKeys;
    final StoredCitations citations;
    final Map<List<Object>, EssayCitations> essays = new ConcurrentHashMap<>();
    /** Each list of keys' bibliography order: works whose sort keys tie keep the order of the list. */
    final Map<List<String>, List<String>> orders = new ConcurrentHashMap<>();
    /** Each list of keys' whole order: its bibliography order, year suffixes, added given names and citation ranks. */
    final Map<List<String>, CitationOrder> citationOrders = new ConcurrentHashMap<>();
    /** Each bibliography by its keys in order and their year suffixes. */
    final Map<List<Object>, List<BibliographyEntry>> bibliographies = new ConcurrentHashMap<>();

    private FormatterMemory(boolean keep) {
        this(keep, SortKeys.NONE, StoredCitations.NONE);
    }

    private FormatterMemory(boolean keep, SortKeys sortKeys, StoredCitations citations) {
        this.keep = keep;
        this.sortKeys = sortKeys;
        this.citations = citations;
    }

    /**
     * Keeps nothing in memory; in {@code cache} (essay:build, between runs), the bibliography sort
     * keys of {@code style}'s items and each essay's citations in it.
     */
    public static FormatterMemory storedIn(ResultCache cache, CitationStyle style) {
        return new FormatterMemory(false, SortKeys.in(cache, style), StoredCitations.in(cache, style));
    }

    public static FormatterMemory create() {
        return new FormatterMemory(true);
    }

    /** Keeps everything, bibliography sort keys in {@code sortKeys}. */
    public static FormatterMemory create(SortKeys sortKeys) {
        return new FormatterMemory(true, sortKeys, StoredCitations.NONE);
    }

    <K, V> V remember(Map<K, V> map, K key, Supplier<V> compute) {
        if (!keep) {
            return compute.get();
        }
        V known = map.get(key);
        if (known != null) {
            return known;
        }
        V value = compute.get();
        if (map.size() >= LIMIT) {
            map.clear();
        }
        map.put(key, value);
        return value;
    }
}
