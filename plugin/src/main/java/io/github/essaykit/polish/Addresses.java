package io.github.essaykit.polish;

import io.github.essaykit.discover.SitePaths;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The links of one build's pages, each parsed once, and each address string kept once: most
 * pages carry the same template links and many of the same addresses, and parsing a link as a
 * URI costs far more than looking it up. One per build (or per check), never shared between
 * builds; thread-safe, for pages checked in parallel. Bounded, so a huge site keeps only the
 * first {@link #LIMIT} links of each kind and parses the rest each time.
 */
public final class Addresses {

    static final int LIMIT = 50_000;
    private static final String NONE = "\u0000";

    /**
     * A link as a URI: whether it is one at all, whether it names a scheme or host (another
     * site), its path ("" when none; decoded as a path) and its fragment (null when none).
     */
    record Parsed(boolean valid, boolean external, String path, String fragment) {}

    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<String, String> targets = new ConcurrentHashMap<>();
    private final Map<String, String> kept = new ConcurrentHashMap<>();

    /** The build's copy of {@code address}: a page keeps this one, so an address many pages hold is held once. */
    String keep(String address) {
        String known = kept.get(address);
        if (known != null) {
            return known;
        }
        return kept.size() < LIMIT ? kept.computeIfAbsent(address, k -> k) : address;
    }

    /** {@code link}, stripped, as {@link SitePaths#uri} reads it. */
    Parsed parse(String link) {
        Parsed known = parsed.get(link);
        if (known != null) {
            return known;
        }
        URI uri = SitePaths.uri(link.strip());
        Parsed made = uri == null ? new Parsed(false, false, "", null)
                : new Parsed(true, uri.getScheme() != null || uri.getHost() != null, uri.getPath() == null ? "" : uri.getPath(),
                        uri.getFragment());
        if (parsed.size() < LIMIT) {
            parsed.put(link, made);
        }
        return made;
    }

    /** {@link SitePaths#resolve}: the same for every page of one folder. */
    String resolve(String page, String path) {
        String key = page.substring(0, page.lastIndexOf('/') + 1) + NONE + path;
        String known = targets.get(key);
        if (known != null) {
            return known.equals(NONE) ? null : known;
        }
        String target = SitePaths.resolve(page, path);
        if (targets.size() < LIMIT) {
            targets.put(key, target == null ? NONE : target);
        }
        return target;
    }
}
