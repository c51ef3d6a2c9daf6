package io.github.essaykit.polish;

import io.github.essaykit.discover.SitePaths;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
    /** Each link's target, by the folder of the page it is in and the link's path. */
    private final Map<String, Map<String, String>> targets = new ConcurrentHashMap<>();
    private final AtomicInteger resolved = new AtomicInteger();
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
        Parsed made = plain(link);
        if (made == null) {
            URI uri = SitePaths.uri(link.strip());
            made = uri == null ? new Parsed(false, false, "", null)
                    : new Parsed(true, uri.getScheme() != null || uri.getHost() != null, uri.getPath() == null ? "" : uri.getPath(),
                            uri.getFragment());
        }
        if (parsed.size() < LIMIT) {
            parsed.put(link, made);
        }
        return made;
    }

    /**
     * Most links of a page, read without a URI parser: a path in the site and a #fragment, or a
     * fragment alone ("#fn1", "bibliography/smith2020.html", "b.html#sec-2", "#ref-müller"), made of characters a
     * URI holds as they are (nothing to decode, no ':' that could start a scheme, no "//" that
     * starts a host, no query). Null for any other link, which the parser reads.
     */
    static Parsed plain(String link) {
        int hash = link.indexOf('#');
        int end = hash < 0 ? link.length() : hash;
        if (link.startsWith("//") || (hash < 0 && end == 0)) {
            return null;
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/!$&'()*+,;=@".indexOf(c) >= 0
                    || i > hash && hash >= 0 && (c == ':' || c == '?')
                    // what a URI calls "other" (an id made from "Müller" or "café"): kept as it is
                    || c >= 0x80 && !Character.isISOControl(c) && !Character.isSpaceChar(c);
            if (!plain) {
                return null;
            }
        }
        return new Parsed(true, false, link.substring(0, end), hash < 0 ? null : link.substring(hash + 1));
    }

    /** {@link SitePaths#resolve}: the same for every page of one folder. */
    String resolve(String page, String path) {
        Map<String, String> inFolder = targets.computeIfAbsent(page.substring(0, page.lastIndexOf('/') + 1), f -> new ConcurrentHashMap<>());
        String known = inFolder.get(path);
        if (known != null) {
            return known.equals(NONE) ? null : known;
        }
        String target = SitePaths.resolve(page, path);
        if (resolved.get() < LIMIT) {
            resolved.incrementAndGet();
            inFolder.put(path, target == null ? NONE : target);
        }
        return target;
    }
}
