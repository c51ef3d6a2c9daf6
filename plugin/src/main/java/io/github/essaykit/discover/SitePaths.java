package io.github.essaykit.discover;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Relative paths between files of the site ('/' separators, from the source or site root):
 * the source folder and the built site share one layout, so essays, links and pages agree.
 */
public final class SitePaths {

    private static final String HEX = "0123456789ABCDEF";

    private SitePaths() {}

    /** {@code path} as written in the file {@code from} ("a/b.md" + "../c.md" gives "c.md"); null if it leaves the site. */
    public static String resolve(String from, String path) {
        List<String> parts = new ArrayList<>(List.of(from.split("/")));
        parts.remove(parts.size() - 1);
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /**
     * {@code path} as it goes into an href: every byte of its UTF-8 form other than letters,
     * digits, '-', '.', '_', '~' and the '/' between folders percent-encoded ("my essay.html"
     * gives "my%20essay.html", "café.html" gives "caf%C3%A9.html"), so any file name that
     * {@link FileNames} allows is one valid relative URL that every browser and server reads alike.
     */
    public static String href(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }

    /**
     * A link as written, read the way a browser reads it: spaces and other characters a URL
     * cannot hold are percent-encoded first ("my essay.md" is "my%20essay.md"); null when it
     * is no URL even then.
     */
    public static URI uri(String link) {
        StringBuilder encoded = new StringBuilder(link.length());
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            boolean escape = c == '%' && !(i + 2 < link.length() && isHex(link.charAt(i + 1)) && isHex(link.charAt(i + 2)));
            if (c <= ' ' || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0 || escape) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
                }
            } else {
                encoded.append(c);
            }
        }
        try {
            return new URI(encoded.toString());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The way back to the root from the file {@code from}: "" or "../" per folder level. */
    public static String toRoot(String from) {
        return "../".repeat((int) from.chars().filter(c -> c == '/').count());
    }
}
