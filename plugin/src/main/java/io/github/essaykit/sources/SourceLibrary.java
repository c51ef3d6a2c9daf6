package io.github.essaykit.sources;

import io.github.essaykit.cache.Fingerprint;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every source of a build, by key (case-sensitive); immutable and safe to share between threads.
 * A library loaded from files knows their {@link #print}: what a build keeps of its sources'
 * order is found by it, without printing each source.
 */
public final class SourceLibrary {

    public static final SourceLibrary EMPTY = new SourceLibrary(Map.of(), null);

    private final Map<String, Source> byKey;
    private final String print;

    private SourceLibrary(Map<String, Source> byKey, String print) {
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
        this.print = print;
    }

    /** A library of these sources, in this order; later duplicates of a key are ignored. */
    public static SourceLibrary of(Collection<Source> sources) {
        return of(sources, null);
    }

    /**
     * As {@link #of(Collection)}, the sources of files whose names and bytes, and the code that read
     * them, {@code print} stands for ({@link SourceLoader}): the same print, the same sources.
     */
    static SourceLibrary of(Collection<Source> sources, String print) {
        Map<String, Source> map = new LinkedHashMap<>();
        for (Source source : sources) {
            map.putIfAbsent(source.key(), source);
        }
        return new SourceLibrary(map, print);
    }

    /** The print of what these sources were loaded from, or null when not known (sources made in code). */
    public String print() {
        return print;
    }

    public Optional<Source> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The source of a key, or an exception when there is none: check with {@link #contains} first. */
    public Source expect(String key) {
        Source source = byKey.get(key);
        if (source == null) {
            throw new IllegalArgumentException("no source with key '" + key + "'");
        }
        return source;
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    /** Keys in load order (files in the order given, entries in file order). */
    public Set<String> keys() {
        return byKey.keySet();
    }

    public Collection<Source> sources() {
        return byKey.values();
    }

    public int size() {
        return byKey.size();
    }

    /** This library plus the other's sources whose keys are not here yet (an essay's own file). */
    public SourceLibrary plus(SourceLibrary other) {
        Map<String, Source> map = new LinkedHashMap<>(byKey);
        other.byKey.forEach(map::putIfAbsent);
        return new SourceLibrary(map, print == null || other.print == null ? null
                : Fingerprint.start("library plus").add(print).add(other.print).hex());
    }
}
