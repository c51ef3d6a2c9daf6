package io.github.essaykit.site;

import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.sources.SourceLibrary;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Site-wide pages of the last build of an essay:serve session, each kept with the fingerprint of
 * what it is made from ({@link PageKeys#bibliographyPage}), and where the site bibliography's
 * addresses were written: it renders every cited source, and most edits leave its entries and
 * the essays citing each alone. One page per path is kept. {@link #NONE} keeps nothing.
 */
public final class SitePages {

    static final SitePages NONE = new SitePages(false);

    private record Kept(String key, String html) {}

    private final boolean keep;
    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    private volatile Places places;

    private record Places(List<RenderedEssay.RenderedSource> entries, SourceLibrary library,
            Map<String, List<LinkCheck.Place>> places) {}

    private SitePages(boolean keep) {
        this.keep = keep;
    }

    static SitePages create() {
        return new SitePages(true);
    }

    /**
     * {@link AddressPlaces#of(List, SourceLibrary)} of the site bibliography, the one kept while
     * its entries and the library are the very values of the last build (kept ones, unchanged).
     */
    Map<String, List<LinkCheck.Place>> places(List<RenderedEssay.RenderedSource> entries, SourceLibrary library) {
        if (!keep) {
            return AddressPlaces.of(entries, library);
        }
        Places known = places;
        if (known != null && known.entries() == entries && known.library() == library) {
            return known.places();
        }
        Map<String, List<LinkCheck.Place>> made = AddressPlaces.of(entries, library);
        places = new Places(entries, library, made);
        return made;
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
