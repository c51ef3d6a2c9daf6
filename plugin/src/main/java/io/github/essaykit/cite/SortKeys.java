package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The rendered bibliography sort keys of one style's items, kept in a {@link ResultCache}
 * between builds by the fingerprint of each item as the sort reads it: rendering them is most of
 * sorting (about a millisecond an item), and a build after an essay edit sorts the same library
 * again. One entry per style (its identity and the code that renders the keys), holding the
 * items the last build sorted, so it stays the size of the library; and the order each sort gave,
 * by the keys it sorted ({@link #order}). Thread-safe.
 */
public final class SortKeys {

    private static final String ORDER = "sorted items 1";

    /** Renders every time. */
    static final SortKeys NONE = new SortKeys(ResultCache.NONE, null);

    private final ResultCache cache;
    private final String key;
    private volatile Map<String, String[]> stored;
    private final Map<String, String[]> used = new ConcurrentHashMap<>();
    private final AtomicBoolean rendered = new AtomicBoolean();

    private SortKeys(ResultCache cache, String key) {
        this.cache = cache;
        this.key = key;
    }

    /** The sort keys of {@code style} kept in {@code cache}; with {@link ResultCache#NONE}, none (nor fingerprints). */
    public static SortKeys in(ResultCache cache, CitationStyle style) {
        if (cache == ResultCache.NONE) {
            return NONE;
        }
        return new SortKeys(cache, Fingerprint.start("sort keys").add(CodeStamp.current()).add(style.identity()).hex());
    }

    /**
     * The print of an item's exact data, id included: what its stored sort keys are kept by, and
     * what an essay's stored citations read of each source ({@link StoredCitations}).
     */
    static String print(CSLItemData item) {
        return Fingerprint.start("item").add(item.toJson(new StringJsonBuilderFactory().createJsonBuilder())).hex();
    }

    /** The cache key its entry is stored under. */
    public String entryKey() {
        return key;
    }

    boolean enabled() {
        return key != null;
    }

    /** The keys stored for an item of this fingerprint, or null. */
    String[] get(String item) {
        String[] keys = stored().get(item);
        if (keys != null) {
            used.put(item, keys);
        }
        return keys;
    }

    void put(String item, String[] keys) {
        used.put(item, keys);
        rendered.set(true);
    }

    /** Stores the keys of every item read or rendered so far, when any was rendered afresh. */
    void save() {
        if (key == null || !rendered.getAndSet(false)) {
            return;
        }
        Blob.Writer out = new Blob.Writer();
        Map<String, String[]> sorted = new TreeMap<>(used);
        out.integer(sorted.size());
        sorted.forEach((item, keys) -> {
            out.string(item).integer(keys.length);
            for (String k : keys) {
                out.string(k);
            }
        });
        cache.put(key, out.bytes());
    }

    /** Keeps the items' keys in the cache through this build without reading them. */
    void keepKeys() {
        if (key != null) {
            cache.keep(key);
        }
    }

    /** The order stored for items of this print ({@link BibliographyOrder}), or null. */
    List<String> order(String print) {
        if (key == null) {
            return null;
        }
        try {
            return cache.get(orderKey(print)).map(bytes -> {
                Blob.Reader in = new Blob.Reader(bytes);
                if (!in.string().equals(ORDER)) {
                    throw new Blob.Corrupt("not " + ORDER);
                }
                List<String> ids = in.strings();
                in.end();
                return List.copyOf(ids);
            }).orElse(null);
        } catch (Blob.Corrupt e) {
            return null; // sorted afresh and stored again
        }
    }

    void order(String print, List<String> ids) {
        if (key != null) {
            cache.put(orderKey(print), new Blob.Writer().string(ORDER).strings(ids).bytes());
        }
    }

    private String orderKey(String print) {
        return Fingerprint.start("sorted items").add(key).add(print).hex();
    }

    private Map<String, String[]> stored() {
        Map<String, String[]> known = stored;
        if (known == null) {
            synchronized (this) {
                if (stored == null) {
                    stored = key == null ? Map.of() : cache.get(key).map(SortKeys::read).orElse(Map.of());
                }
                known = stored;
            }
        }
        return known;
    }

    private static Map<String, String[]> read(byte[] bytes) {
        try {
            Blob.Reader in = new Blob.Reader(bytes);
            Map<String, String[]> keys = new ConcurrentHashMap<>();
            for (int i = in.count(); i > 0; i--) {
                String item = in.string();
                String[] rendered = new String[in.count()];
                for (int k = 0; k < rendered.length; k++) {
                    rendered[k] = in.string();
                }
                keys.put(item, rendered);
            }
            in.end();
            return keys;
        } catch (Blob.Corrupt e) {
            return Map.of(); // rendered afresh and stored again
        }
    }
}
