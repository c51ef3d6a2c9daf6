package io.github.essaykit.resolve;

import io.github.essaykit.markdown.SourcePosition;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids of one essay's page, all decided here. essaykit makes most ids by fixed schemes (a
 * note "fn-3", its markers "fnref-3" and "fnref-3-2", a citation "cite-4" and the link of its
 * second source "cite-4-2", a bibliography entry "ref-key", a link preview "pv-…") and the
 * template has its own ("main", "notes" …). Those schemes are kept for essaykit: an author's
 * label may not use them and a heading's automatic id steps out of them ("Fn 1" gets
 * "section-fn-1", not a second "fn-1"), so no two elements of a page can share an id whatever
 * the essay holds. Keeping whole schemes, rather than the ids a
 * page happens to use, also keeps a heading's id stable when a note is added.
 */
public final class PageIds {

    /** Ids of the essay template's own elements. */
    static final Set<String> TEMPLATE = Set.of("main", "notes", "notes-title", "sources", "sources-title", "cite-this",
            "cite-this-title", "cite-this-text", "cite-this-bibtex");

    /** Each scheme essaykit keeps, with what it names. */
    private static final Map<Pattern, String> SCHEMES = Map.of(
            Pattern.compile("fn-\\d+"), "notes (fn-1)",
            Pattern.compile("fnref-\\d+(-\\d+)?"), "note markers (fnref-1)",
            Pattern.compile("cite-\\d+(-\\d+)?"), "citations (cite-1, its second source cite-1-2)",
            Pattern.compile("ref-.*"), "bibliography entries (ref-key)",
            Pattern.compile("pv-.*"), "link previews (pv-…)",
            Pattern.compile("bibtex-.*"), "the BibTeX of bibliography entries (bibtex-ref-key)");

    /** id → what has it, for "already the id of …" messages. */
    private final Map<String, String> owners = new HashMap<>();

    /** A note's id: "fn-3". */
    public static String note(int number) {
        return "fn-" + number;
    }

    /** The id of a note's k-th marker (1-based): "fnref-3", then "fnref-3-2". */
    public static String noteMarker(int number, int k) {
        return "fnref-" + number + (k == 1 ? "" : "-" + k);
    }

    /** The id of the i-th citation (1-based) written in the text: "cite-4". */
    public static String citation(int i) {
        return "cite-" + i;
    }

    /** A bibliography entry's id: "ref-" and the key as one token ("odd key" gives "ref-odd_key"). */
    public static String entry(String key) {
        return "ref-" + Sourcing.keyToken(key);
    }

    /**
     * The id of the hidden preview of a link to another essay, its path ("notes/tapes") and label
     * ({@code labelId} may be null): "pv-notes_2ftapes__sec-a". One id for each (path, label):
     * both are written by {@link #previewPart}, which never writes "__", so the two parts are
     * split by the only "__" and each is read back whole ("a-b" with "sec-c" and "a" with
     * "b-sec-c" stay apart). Ids keep to [a-z0-9_-], so they are valid and need no escaping.
     */
    public static String preview(String essayPath, String labelId) {
        return "pv-" + previewPart(essayPath) + (labelId == null ? "" : "__" + previewPart(labelId));
    }

    /**
     * Lowercase letters, digits and '-' as they are; any other character as '_' and two hex
     * digits ('/' gives "_2f", 'A' gives "_41"), or "_u" and six beyond U+00FF. A '_' is always
     * followed by a hex digit or 'u', never by another '_'.
     */
    private static String previewPart(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
                out.appendCodePoint(c);
            } else if (c <= 0xFF) {
                out.append(String.format("_%02x", c));
            } else {
                out.append(String.format("_u%06x", c));
            }
        });
        return out.toString();
    }

    /**
     * Takes an author's label as an id. Returns why it cannot be one (a scheme essaykit keeps,
     * or an id an earlier label has), or null when it is now taken.
     */
    String claimLabel(String id, SourcePosition where) {
        return claim(id, "the label at line " + where.line());
    }

    /** Takes an id written in the essay's raw HTML; as {@link #claimLabel}. */
    String claimHtml(String id, SourcePosition where) {
        return claim(id, "the id of the raw HTML at line " + where.line());
    }

    /** Takes the id of a fenced div ({@code ::: {#x}}); as {@link #claimLabel}. */
    String claimDiv(String id, SourcePosition where) {
        return claim(id, "the fenced div at line " + where.line());
    }

    private String claim(String id, String what) {
        if (TEMPLATE.contains(id)) {
            return "is the id of the page's own '" + id + "' element";
        }
        String scheme = scheme(id);
        if (scheme != null) {
            return "has the form essaykit keeps for the ids of " + scheme;
        }
        String owner = owners.putIfAbsent(id, what);
        return owner == null ? null : "is already " + owner;
    }

    /** A unique id for a heading from its text's slug, outside every kept scheme. */
    String automatic(String slug) {
        String base = kept(slug) ? "section-" + slug : slug;
        // the second "Fn" must not become "fn-1" either; no scheme starts with "section-"
        String stem = kept(base + "-1") ? "section-" + base : base;
        String id = base;
        for (int n = 1; owners.putIfAbsent(id, "a heading's id") != null; n++) {
            id = stem + "-" + n;
        }
        return id;
    }

    private static boolean kept(String id) {
        return TEMPLATE.contains(id) || scheme(id) != null;
    }

    private static String scheme(String id) {
        for (Map.Entry<Pattern, String> scheme : SCHEMES.entrySet()) {
            if (scheme.getKey().matcher(id).matches()) {
                return scheme.getValue();
            }
        }
        return null;
    }
}
