package io.github.essaykit.safety;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The one rule for every URL that reaches an attribute of a page, whatever its source (BibTeX,
 * CSL, Markdown links and images, raw HTML): {@code http}, {@code https}, {@code mailto}, or
 * relative. It reads the URL as a browser would: character references decoded, then every
 * control character and whitespace removed (browsers skip them inside a scheme, so
 * {@code "jav&#x09;ascript:"} and {@code "\u0001javascript:"} still run script). A colon before
 * the first {@code / ? #} makes what precedes it a scheme, so anything else with a colon there is
 * refused, including schemes a browser would not know.
 */
public final class UrlPolicy {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private UrlPolicy() {}

    /** Whether {@code url} may be written into an href, src or action. */
    public static boolean allows(String url) {
        if (url == null) {
            return false;
        }
        String plain = plain(url);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return true; // relative: no scheme
            }
            if (c == ':') {
                return SCHEMES.contains(plain.substring(0, i).toLowerCase(Locale.ROOT));
            }
        }
        return true;
    }

    /** Whether {@code url} is an absolute https URL on one of {@code hosts} (for embedded frames). */
    public static boolean isHttpsOn(String url, Set<String> hosts) {
        if (url == null || !allows(url)) {
            return false;
        }
        String plain = plain(url);
        if (!plain.regionMatches(true, 0, "https://", 0, 8)) {
            return false;
        }
        String authority = plain.substring(8).split("[/?#\\\\]", 2)[0];
        if (authority.contains("@")) {
            return false;
        }
        String host = authority.replaceFirst(":\\d*$", "").toLowerCase(Locale.ROOT);
        return hosts.contains(host);
    }

    /** The URL decoded and without the characters browsers ignore. */
    private static String plain(String url) {
        String decoded = url.indexOf('&') >= 0 ? Parser.unescapeEntities(url, true) : url;
        StringBuilder out = new StringBuilder(decoded.length());
        decoded.codePoints().forEach(cp -> {
            if (!ignored(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean ignored(int cp) {
        return Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT;
    }
}
