package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.sources.SourceLibrary;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each source's print as page keys take it ({@link PageKeys}), kept in the build cache under the
 * print of the library it is of ({@link SourceLibrary#print}): the same files read by the same
 * code are the same sources, so a build after an edit that left the bibliography alone reads
 * 2,000 prints rather than printing each source's data as JSON (25 ms and 19 MB at 1,000
 * essays). A library without a print, a session's memory or a cache that keeps nothing keeps none.
 */
final class StoredSourcePrints {

    private static final String FORMAT = "source prints 1";

    private final ResultCache cache;
    private final String key;
    private final Map<String, String> prints;
    private final int read;

    private StoredSourcePrints(ResultCache cache, String key, Map<String, String> prints, int read) {
        this.cache = cache;
        this.key = key;
        this.prints = prints;
        this.read = read;
    }

    /**
     * {@code prints} (thread-safe; a session's may hold those of its last build), filled from
     * {@code cache} with those of {@code library} when empty and kept there.
     */
    static StoredSourcePrints of(ResultCache cache, SourceLibrary library, Map<String, String> prints) {
        if (!cache.inFolder() || library.print() == null || !prints.isEmpty()) {
            return new StoredSourcePrints(cache, null, prints, 0);
        }
        String key = Fingerprint.start(FORMAT).add(library.print()).hex();
        try {
            cache.get(key).ifPresent(bytes -> read(bytes, prints));
        } catch (Blob.Corrupt e) {
            prints.clear(); // printed afresh and stored again
        }
        return new StoredSourcePrints(cache, key, prints, prints.size());
    }

    Map<String, String> prints() {
        return prints;
    }

    /**
     * Stores the sources' prints when this build made any the cache did not hold (after the last
     * page key). Not the keys of lists of downloads the map also holds ({@link PageKeys#downloads},
     * after a NUL): they print the site's settings too.
     */
    void save() {
        if (key == null) {
            return;
        }
        Map<String, String> sorted = new TreeMap<>();
        prints.forEach((source, print) -> {
            if (!source.startsWith("\u0000")) {
                sorted.put(source, print);
            }
        });
        if (sorted.size() == read) {
            return;
        }
        Blob.Writer out = new Blob.Writer().string(FORMAT);
        out.integer(sorted.size());
        sorted.forEach((source, print) -> out.string(source).string(print));
        cache.put(key, out.bytes());
    }

    private static void read(byte[] bytes, Map<String, String> prints) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        for (int i = in.count(); i > 0; i--) {
            prints.put(in.string(), in.string());
        }
        in.end();
    }
}
