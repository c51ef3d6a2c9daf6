package io.github.essaykit.safety;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy of every page, sent as a {@code <meta>} by the layout and as a
 * header by essay:serve: scripts and styles only from the site's own files (no inline script,
 * handler or style attribute runs even if one got past the cleaner), images also from the web,
 * no plugins, no {@code <base>}, no form posts, frames only from the hosts the author allowed.
 * Directives a {@code <meta>} cannot carry ({@code frame-ancestors}, {@code report-uri}) are
 * left out so that browsers log no error.
 */
public final class ContentSecurityPolicy {

    /** The policy with no frames. */
    public static final String DEFAULT = of(java.util.List.of());

    private ContentSecurityPolicy() {}

    /** @param frameHosts hosts whose https pages essays may frame */
    public static String of(Collection<String> frameHosts) {
        String frames = frameHosts.isEmpty() ? "'none'"
                : frameHosts.stream().sorted().map(h -> "https://" + h).collect(Collectors.joining(" "));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http:; "
                + "media-src 'self' https:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src " + frames;
    }
}
