package io.github.essaykit.discover;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Which file names can be a page's address on every host. Spaces and any letter of any script
 * are fine (links percent-encode them, see {@link SitePaths#href}); what is refused is what a
 * host, a browser or a hand-written link would read differently: control and invisible
 * formatting characters (a right-to-left override can make "gpj.exe" read "exe.jpg"), the
 * characters Windows forbids in names, '#' and '?' and '%' (they end or escape a URL's path),
 * and names that start or end with a space or end with a dot (Windows drops those).
 */
public final class FileNames {

    private static final String FORBIDDEN = "\\:*?\"<>|#%";

    private FileNames() {}

    /**
     * The name as a host that ignores case and Unicode forms (macOS, Windows, many file shares)
     * sees it: two names with the same folded form are one file there.
     */
    public static String folded(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            }
        }
        return name.toLowerCase(Locale.ROOT); // ASCII is in NFC already
    }

    /** Why {@code relative} ('/'-separated) cannot be published, or null when it can. */
    public static String problem(String relative) {
        for (String part : relative.split("/")) {
            String why = partProblem(part);
            if (why != null) {
                return "the name '" + visible(part) + "' " + why + "; rename it, using letters, digits, spaces, '-', '_' or '.'";
            }
        }
        return null;
    }

    private static String partProblem(String part) {
        if (part.startsWith(" ") || part.endsWith(" ") || part.endsWith(".")) {
            return "starts or ends with a space or ends with a dot, which some hosts drop";
        }
        for (int i = 0; i < part.length(); ) {
            int c = part.codePointAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return String.format("has the invisible character U+%04X, which cannot be in a page address", c);
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                return "has '" + Character.toString(c) + "', which cannot be in a page address on every host";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** The name with invisible characters shown as U+XXXX, so the message shows what is wrong. */
    private static String visible(String part) {
        StringBuilder out = new StringBuilder();
        part.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
