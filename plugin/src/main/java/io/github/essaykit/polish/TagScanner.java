package io.github.essaykit.polish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The ids and links of a page the build wrote, read from its tags without building a tree:
 * what {@link LinkCheck#scan} needs, at a fraction of an HTML parse (which was a twelfth of a
 * clean build). It reads HTML as a browser's tokenizer does where our pages can differ: comments,
 * doctype and processing instructions are skipped, the text of script, style, textarea, title and
 * the other raw-text elements is not read for tags, attribute names are lower-cased, a repeated
 * attribute is ignored, values are decoded as jsoup decodes attributes. It answers null for what
 * it does not read as jsoup would (a CDATA section, a plaintext element, a tag left open at
 * the end), and the caller parses the page instead.
 */
final class TagScanner {

    /** Elements whose content is text up to their end tag, never tags. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed",
            "noframes");

    /** What a page holds: the id of each element that has one (repeats included) and each href or src, in order. */
    record Found(List<String> ids, List<String> links) {}

    private final String html;
    private int at;
    private final List<String> ids = new ArrayList<>();
    private final List<String> links = new ArrayList<>();

    private TagScanner(String html) {
        this.html = html;
    }

    /** The ids and links of {@code html}, or null when it holds markup only a parser reads right. */
    static Found scan(String html) {
        TagScanner scanner = new TagScanner(html);
        return scanner.read() ? new Found(scanner.ids, scanner.links) : null;
    }

    private boolean read() {
        int n = html.length();
        while (true) {
            at = html.indexOf('<', at);
            if (at < 0 || at + 1 >= n) {
                return true;
            }
            char next = html.charAt(at + 1);
            if (html.startsWith("<!--", at)) {
                int end = html.indexOf("-->", at + 4);
                if (end < 0) {
                    return false;
                }
                at = end + 3;
            } else if (next == '!' || next == '?') {
                if (html.startsWith("<![CDATA[", at)) {
                    return false;
                }
                int end = html.indexOf('>', at);
                if (end < 0) {
                    return false;
                }
                at = end + 1;
            } else if (next == '/') {
                int end = html.indexOf('>', at);
                if (end < 0) {
                    return false;
                }
                at = end + 1; // an end tag's attributes are ignored
            } else if (isLetter(next)) {
                if (!tag()) {
                    return false;
                }
            } else {
                at++; // a '<' that starts no tag is text
            }
        }
    }

    /** Reads a start tag at {@code at}, its attributes, and for a raw-text element its text. */
    private boolean tag() {
        int n = html.length();
        int start = ++at;
        while (at < n && !isSpace(html.charAt(at)) && html.charAt(at) != '/' && html.charAt(at) != '>') {
            at++;
        }
        String name = html.substring(start, at).toLowerCase(Locale.ROOT);
        if (name.equals("plaintext")) {
            return false;
        }
        String id = null;
        String href = null;
        String src = null;
        boolean idSeen = false;
        boolean hrefSeen = false;
        boolean srcSeen = false;
        while (true) {
            while (at < n && (isSpace(html.charAt(at)) || html.charAt(at) == '/')) {
                at++;
            }
            if (at >= n) {
                return false;
            }
            if (html.charAt(at) == '>') {
                at++;
                break;
            }
            int nameStart = at;
            at++; // a first '=' belongs to the name
            while (at < n && !isSpace(html.charAt(at)) && "/>=".indexOf(html.charAt(at)) < 0) {
                at++;
            }
            // only id, href and src are read: the others are passed over without being copied
            int kind = named(nameStart, at, "id") ? 1 : named(nameStart, at, "href") ? 2 : named(nameStart, at, "src") ? 3 : 0;
            while (at < n && isSpace(html.charAt(at))) {
                at++;
            }
            int valueStart = at;
            int valueEnd = at;
            if (at < n && html.charAt(at) == '=') {
                at++;
                while (at < n && isSpace(html.charAt(at))) {
                    at++;
                }
                if (at >= n) {
                    return false;
                }
                char quote = html.charAt(at);
                if (quote == '"' || quote == '\'') {
                    int end = html.indexOf(quote, at + 1);
                    if (end < 0) {
                        return false;
                    }
                    valueStart = at + 1;
                    valueEnd = end;
                    at = end + 1;
                } else {
                    valueStart = at;
                    while (at < n && !isSpace(html.charAt(at)) && html.charAt(at) != '>') {
                        at++;
                    }
                    valueEnd = at;
                }
            }
            // a repeated attribute is dropped, as browsers do
            if (kind == 1 && !idSeen) {
                idSeen = true;
                id = decode(html.substring(valueStart, valueEnd));
            } else if (kind == 2 && !hrefSeen) {
                hrefSeen = true;
                href = decode(html.substring(valueStart, valueEnd));
            } else if (kind == 3 && !srcSeen) {
                srcSeen = true;
                src = decode(html.substring(valueStart, valueEnd));
            }
        }
        if (id != null) {
            ids.add(id);
        }
        if (href != null || src != null) {
            links.add(href != null ? href : src);
        }
        if (RAW_TEXT.contains(name)) {
            int end = indexOfIgnoreCase("</" + name, at);
            if (end < 0) {
                return false;
            }
            at = end;
        }
        return true;
    }

    private static String decode(String value) {
        return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
    }

    /** Where the end tag {@code what} ("</script") starts at or after {@code from}, any case; -1 if nowhere. */
    private int indexOfIgnoreCase(String what, int from) {
        for (int i = html.indexOf('<', from); i >= 0 && i + what.length() <= html.length(); i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, what, 0, what.length())) {
                int after = i + what.length();
                if (after == html.length() || isSpace(html.charAt(after)) || html.charAt(after) == '>' || html.charAt(after) == '/') {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether html[start, end) is {@code name} (lower-case ASCII) with ASCII letters in any case, as a tokenizer folds them. */
    private boolean named(int start, int end, String name) {
        if (end - start != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = html.charAt(start + i);
            if (c != name.charAt(i) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
