package io.github.essaykit.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A citation key that names its source by a public identifier, {@code doi:10.1086/226147} or
 * {@code isbn:978-0-300-11035-2}: the key as written, and the identifier in the form a lookup
 * service takes (an ISBN without hyphens or spaces).
 */
public record Identifier(String key, Kind kind, String value) {

    public enum Kind { DOI, ISBN }

    /** A DOI: a "10." prefix, a registrant code, a slash, then any suffix (Crossref's own rule of thumb). */
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

    /**
     * The identifier a key names, or null when the key is an ordinary one; a key with the
     * prefix but no valid identifier after it is also null (see {@link #problem}).
     */
    public static Identifier of(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.startsWith("doi:") && DOI.matcher(key.substring(4)).matches()) {
            return new Identifier(key, Kind.DOI, key.substring(4));
        }
        if (lower.startsWith("isbn:")) {
            String digits = key.substring(5).replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            if (validIsbn(digits)) {
                return new Identifier(key, Kind.ISBN, digits);
            }
        }
        return null;
    }

    /** Whether the key starts like an identifier ({@code doi:}, {@code isbn:}), valid or not. */
    public static boolean looksLikeOne(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.startsWith("doi:") || lower.startsWith("isbn:");
    }

    /** What is wrong with a key that looks like an identifier but is none, for an error message. */
    public static String problem(String key) {
        return key.toLowerCase(Locale.ROOT).startsWith("doi:")
                ? "'" + key.substring(4) + "' is not a DOI (a DOI reads 10.<registrant>/<suffix>, e.g. doi:10.1086/226147)"
                : "'" + key.substring(5) + "' is not an ISBN (10 or 13 digits with a valid check digit, e.g. isbn:978-0-300-11035-2)";
    }

    private static boolean validIsbn(String s) {
        if (s.matches("\\d{9}[\\dX]")) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                sum += (10 - i) * (s.charAt(i) == 'X' ? 10 : s.charAt(i) - '0');
            }
            return sum % 11 == 0;
        }
        if (s.matches("\\d{13}")) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (i % 2 == 0 ? 1 : 3) * (s.charAt(i) - '0');
            }
            return sum % 10 == 0;
        }
        return false;
    }

    /**
     * A DOI as a path after a resolver's address ({@code https://doi.org/10.1000/a%3Cb%3E}):
     * the characters a URL path cannot hold are percent-encoded, the slashes kept.
     */
    public static String doiAddress(String resolver, String doi) {
        StringBuilder out = new StringBuilder(resolver.endsWith("/") ? resolver.substring(0, resolver.length() - 1) : resolver)
                .append('/');
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~/:;()!$*+,=@'".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
