package io.github.essaykit.publish;

import io.github.essaykit.discover.SitePaths;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The site's public address ({@code baseUrl}), ending in '/': what canonical links, Open Graph
 * tags, the feed and the sitemap are made absolute with. Links between pages stay relative.
 */
public record SiteAddress(String base) {

    /** The address of a {@code baseUrl}, or empty when it is not an absolute http(s) address. */
    public static Optional<SiteAddress> of(String baseUrl) {
        String text = baseUrl == null ? "" : baseUrl.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(new SiteAddress(text.endsWith("/") ? text : text + "/"));
    }

    /** The absolute address of a file of the site ("notes/tapes.html"), percent-encoded as pages link it. */
    public String at(String sitePath) {
        return base + SitePaths.href(sitePath);
    }
}
