package io.github.essaykit.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Site-wide pages of the last build of an essay:serve session, each kept with what it is made
 * from, compared by {@code equals}: the site bibliography's inputs ({@link PageKeys#bibliographyPage}:
 * its entries' fingerprint, the essays citing each), which renders every cited source, and the index's inputs
 * ({@link PageKeys#index}: every essay's front matter), which most edits leave alone. One page per
 * path is kept. {@link #NONE} keeps nothing.
 */
public final class SitePages {

    static final SitePages NONE = new SitePages(false);

    private record Kept(Object key, String html) {}

    private final boolean keep;
    private final Map<String, Kept> pages = new ConcurrentHashMap<>();

    private SitePages(boolean keep) {
        this.keep = keep;
    }

    static SitePages create() {
        return new SitePages(true);
    }

    /**
     * The page at {@code path}: the one kept under a key equal to {@code keyOf}'s (asked for only
     * when pages are kept), or {@code make}'s.
     */
    String page(String path, Supplier<?> keyOf, Supplier<String> make) {
        if (!keep) {
            return make.get();
        }
        Object key = keyOf.get();
        Kept known = pages.get(path);
        if (known != null && known.key().equals(key)) {
            return known.html();
        }
        String html = make.get();
        pages.put(path, new Kept(key, html));
        return html;
    }
}
