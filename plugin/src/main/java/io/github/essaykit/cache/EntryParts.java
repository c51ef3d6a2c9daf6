package io.github.essaykit.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A store kept in {@value #COUNT} cache entries rather than one, so that a build that changed a
 * little of it writes back only the parts it changed: the site pages' store and the link check's,
 * which a one-edit build of 1,000 essays wrote back whole (21–31 ms and 38 ms). Which part an
 * item falls in is the caller's, by its key, the same in every run.
 */
public final class EntryParts {

    public static final int COUNT = 16;

    private final List<String> keys;

    /** The parts of the store whose own key is {@code store}. */
    public EntryParts(String store) {
        List<String> made = new ArrayList<>(COUNT);
        for (int part = 0; part < COUNT; part++) {
            made.add(Fingerprint.start("entry part").add(store).add(part).hex());
        }
        this.keys = List.copyOf(made);
    }

    /** The key of each part's entry, by part. */
    public List<String> keys() {
        return keys;
    }

    /** The items of {@code all} by part ({@code partOf} their key, from 0 to {@value #COUNT} - 1), each part in key order. */
    public static <V> List<SortedMap<String, V>> split(Map<String, V> all, ToIntFunction<String> partOf) {
        List<SortedMap<String, V>> parts = new ArrayList<>(COUNT);
        for (int part = 0; part < COUNT; part++) {
            parts.add(new TreeMap<>());
        }
        all.forEach((key, value) -> parts.get(partOf.applyAsInt(key)).put(key, value));
        return parts;
    }

    /** Puts a part's {@code bytes} when it {@code changed}; else keeps its entry through this build, unread. */
    public void save(ResultCache cache, int part, boolean changed, Supplier<byte[]> bytes) {
        if (changed) {
            cache.put(keys.get(part), bytes.get());
        } else {
            cache.keep(keys.get(part));
        }
    }
}
