package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each essay's formatted citations and bibliography, and its "cite this essay" text, kept in
 * the build's cache folder between essay:build runs: one entry an essay and style, under its
 * slug, holding a fingerprint of everything they were made from. An edit that leaves an essay's
 * citations alone (most edits: a sentence added) then needs no citeproc processor at all, and
 * a new JVM parses no style. An essay whose page comes from the page cache keeps its entries
 * ({@link #keep}) without reading them. Thread-safe.
 */
final class StoredCitations {

    /** Keeps nothing: each essay formatted. */
    static final StoredCitations NONE = new StoredCitations(ResultCache.NONE, null);

    private static final String CITATIONS = "essay citations 1";
    private static final String TEXT = "essay citation text 1";

    private final ResultCache cache;
    /** The code and the style (with its locale) the entries were made by; null: nothing kept. */
    private final String style;
    /** Each source's data, printed once a build (this formatter's library): by key. */
    private final Map<String, String> items = new ConcurrentHashMap<>();

    private StoredCitations(ResultCache cache, String style) {
        this.cache = cache;
        this.style = style;
    }

    static StoredCitations in(ResultCache cache, CitationStyle style) {
        if (cache == ResultCache.NONE) {
            return NONE;
        }
        return new StoredCitations(cache, Fingerprint.start("stored citations").add(CodeStamp.current()).add(style.identity()).hex());
    }

    /** The print of a source's data as the formatter reads it. */
    String item(String key, CSLItemData item) {
        return items.computeIfAbsent(key, k -> item == null ? "" : SortKeys.print(item));
    }

    /** Keeps the essay's entries through this build without reading them: its page, and so its citations, are as stored. */
    void keep(String slug) {
        if (style != null) {
            cache.keep(key(CITATIONS, slug));
            cache.keep(key(TEXT, slug));
        }
    }

    /**
     * The essay's citations as stored when made from inputs of this {@code print}, else
     * {@code make}'s, stored.
     */
    EssayCitations citations(String slug, Supplier<String> print, Supplier<EssayCitations> make) {
        if (style == null || slug == null) {
            return make.get();
        }
        String key = key(CITATIONS, slug);
        String inputs = print.get();
        Optional<EssayCitations> known = read(key, inputs, StoredCitations::readCitations);
        if (known.isPresent()) {
            return known.get();
        }
        EssayCitations made = make.get();
        Blob.Writer out = new Blob.Writer().string(CITATIONS).string(inputs).integer(made.citations().size());
        for (FormattedCitation citation : made.citations()) {
            out.string(citation.inText()).string(citation.note()).integer(citation.links().size());
            citation.links().forEach(link -> out.integer(link.item()).integer(link.start()).integer(link.end()));
        }
        out.integer(made.bibliography().size());
        made.bibliography().forEach(entry -> out.string(entry.key()).string(entry.html()));
        cache.put(key, out.bytes());
        return made;
    }

    /** A text made for the essay from {@code inputs} alone ("cite this essay"), as stored for the same inputs, else made and stored. */
    String text(String slug, String inputs, Supplier<String> make) {
        if (style == null || slug == null) {
            return make.get();
        }
        String key = key(TEXT, slug);
        Optional<String> known = read(key, inputs, in -> in.string());
        if (known.isPresent()) {
            return known.get();
        }
        String made = make.get();
        cache.put(key, new Blob.Writer().string(TEXT).string(inputs).string(made).bytes());
        return made;
    }

    private String key(String kind, String slug) {
        return Fingerprint.start(kind).add(style).add(slug).hex();
    }

    private interface Reading<T> {
        T read(Blob.Reader in);
    }

    /** The value under {@code key} when it was made from {@code inputs}; empty when absent, made from others, or damaged. */
    private <T> Optional<T> read(String key, String inputs, Reading<T> value) {
        try {
            return cache.get(key).map(bytes -> {
                Blob.Reader in = new Blob.Reader(bytes);
                in.string(); // the kind, in the key too
                if (!in.string().equals(inputs)) {
                    return null; // made from other inputs: made again
                }
                T read = value.read(in);
                in.end();
                return read;
            });
        } catch (Blob.Corrupt e) {
            return Optional.empty();
        }
    }

    private static EssayCitations readCitations(Blob.Reader in) {
        List<FormattedCitation> citations = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            String inText = in.string();
            String note = in.string();
            List<FormattedCitation.Link> links = new ArrayList<>();
            for (int k = in.count(); k > 0; k--) {
                links.add(new FormattedCitation.Link(in.integer(), in.integer(), in.integer()));
            }
            citations.add(new FormattedCitation(inText, note, links));
        }
        List<BibliographyEntry> bibliography = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            bibliography.add(new BibliographyEntry(in.string(), in.string()));
        }
        return new EssayCitations(List.copyOf(citations), List.copyOf(bibliography));
    }
}
