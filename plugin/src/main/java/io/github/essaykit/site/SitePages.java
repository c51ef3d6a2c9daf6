package io.github.essaykit.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Site-wide pages of the last build of an essay:serve session, each kept with the fingerprint of
 * what it is made from ({@link PageKeys#bibliographyPage}): the site bibliography renders every
 * cited source, and most edits leave its entries and the essays citing each alone. One page per path is kept. {@link #NONE} keeps nothing.
 */
public final class SitePages {

    static final SitePages NONE = new SitePages(false);

    private record Kept(String key, String html) {}

    private final boolean keep;
    private final Map<String, Kept> pages = new ConcurrentHashMap<>();

    private SitePages(boolean keep) {
        this.keep = keep;
    }

    static SitePages create() {
        return new SitePages(true);
    }

    /** The page at {@code path}: the one kept under {@code key} (asked for only when pages are kept), or {@code make}'s. */
    String page(String path, Supplier<String> keyOf, Supplier<String> make) {
        if (!keep) {
            return make.get();
        }
        String key = keyOf.get();
        Kept known = pages.get(path);
        if (known != null && known.key().equals(key)) {
            return known.html();
        }
        String html = make.get();
        pages.put(path, new Kept(key, html));
        return html;
    }
}
