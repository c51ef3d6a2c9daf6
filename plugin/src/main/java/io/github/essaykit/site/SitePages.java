package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.EntryParts;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.polish.Addresses;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.polish.StoredPage;
import io.github.essaykit.write.SiteFiles;
import io.github.essaykit.write.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The site-wide pages (the site bibliography, each source's page, the index pages), each made
 * again only when what it is made from changed: the site bibliography's inputs
 * ({@link PageKeys#bibliographyPage}: its entries' fingerprint, the essays citing each), a
 * source page's ({@link PageKeys#sourcePage}) and an index page's ({@link PageKeys#index}: its
 * essays' front matter), which most edits leave alone. An essay:serve session keeps the last
 * build's page per path and compares inputs by {@code equals} ({@link #create}); essay:build
 * keeps each page's digest and its links as far as the page tells ({@link LinkCheck#page}) in the
 * folder cache under a fingerprint of its inputs ({@link #stored}), so a new JVM renders, scans and reads the links of none of the 2,000 source
 * pages of a site whose sources and citing essays did not change. They are kept in parts ({@link EntryParts})
 * by the first digit of their fingerprint, not one a page (a clean build of 1,000 essays
 * wrote 4,000 small files more, when an entry was a file), and not all in one (a build after one
 * edit, which makes an index page or two afresh, wrote them all back). A page's bytes are not
 * kept: one the output folder lacks is made again. {@link #NONE} keeps nothing.
 */
public final class SitePages {

    static final SitePages NONE = new SitePages(false, ResultCache.NONE);

    private static final String FORMAT = "site page 3";

    /** A page as the build writes it ({@link #writeTo}) and its links as far as it tells ({@link LinkCheck#page}). */
    record Page(SiteFiles.Known content, String html, LinkCheck.Page links) {

        void writeTo(SiteOutput site, String path) {
            if (html != null) {
                site.text(path, html); // a text: essay:serve keeps the bytes of an equal one
            } else {
                site.put(path, content);
            }
        }
    }

    private record Kept(Object key, String html) {}

    /** A page as essay:build keeps it: its bytes' digest and size, and its links. */
    private record Stored(String digest, int size, LinkCheck.Page links) {}

    private final boolean keep;
    private final ResultCache cache;
    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    /** The cache entries of the site's pages, what they held, and the pages of this build by the print of their inputs. */
    private final EntryParts entries = new EntryParts(Fingerprint.start(FORMAT).add(CodeStamp.current()).hex());
    private Map<String, Stored> last;
    private final Map<String, Stored> used = new ConcurrentHashMap<>();

    private SitePages(boolean keep, ResultCache cache) {
        this.keep = keep;
        this.cache = cache;
    }

    /** Keeps the last page of each path in memory (essay:serve). */
    static SitePages create() {
        return new SitePages(true, ResultCache.NONE);
    }

    /** Keeps each page's digest and scan in {@code cache}'s folder, all in one entry ({@link #save}; essay:build). */
    static SitePages stored(ResultCache cache) {
        return new SitePages(false, cache);
    }

    /**
     * The page at {@code path}: the one kept under inputs equal to {@code keyOf}'s (asked for only
     * when pages are kept), or {@code make}'s, scanned and its links sorted through {@code memo}.
     *
     * @param keyOf what the page is made from, {@code origins} included: strings, numbers, lists,
     *     maps, records of them ({@link Fingerprint#value})
     * @param origins where the page's addresses were written ({@link LinkCheck#page}), which
     *     {@code keyOf} determines: a page's checked links are kept under it
     * @param kept the build's links, each address held once
     */
    Page page(String path, Supplier<?> keyOf, Supplier<String> make, Map<String, List<LinkCheck.Place>> origins, LinkCheck.Memo memo,
            Addresses kept) {
        if (cache.keeps()) {
            return stored(path, keyOf, make, origins, kept);
        }
        String html = keep ? kept(path, keyOf, make) : make.get();
        return new Page(null, html, memo.page(path, memo.scan(path, html), origins, kept));
    }

    private String kept(String path, Supplier<?> keyOf, Supplier<String> make) {
        Object key = keyOf.get();
        Kept known = pages.get(path);
        if (known != null && known.key().equals(key)) {
            return known.html();
        }
        String html = make.get();
        pages.put(path, new Kept(key, html));
        return html;
    }

    private Page stored(String path, Supplier<?> keyOf, Supplier<String> make, Map<String, List<LinkCheck.Place>> origins,
            Addresses kept) {
        String key = Fingerprint.start(FORMAT).add(path).value(keyOf.get()).hex();
        Stored known = stored(kept).get(key);
        Page page;
        if (known != null) {
            // the bytes are not kept: made again only if the output folder lacks them (the same bytes)
            page = new Page(new SiteFiles.Known(known.digest(), known.size(), () -> made(path, make, origins, kept).content().bytes().get()),
                    null, known.links());
        } else {
            page = made(path, make, origins, kept);
            known = new Stored(page.content().digest(), page.content().size(), page.links());
        }
        used.put(key, known);
        return new Page(page.content(), page.html(), page.links().keyed(key)); // its stored link check holds while the key is the same
    }

    /**
     * Keeps the pages of this build, and only those, for the next: each part written once, and
     * only when it holds other pages than it did (a page's key is the print of all it is made from).
     */
    void save() {
        if (!cache.keeps() || used.isEmpty()) {
            return;
        }
        List<SortedMap<String, Stored>> partsBefore = EntryParts.split(stored(new Addresses()), SitePages::part);
        List<SortedMap<String, Stored>> parts = EntryParts.split(used, SitePages::part);
        for (int part = 0; part < EntryParts.COUNT; part++) {
            SortedMap<String, Stored> pages = parts.get(part);
            entries.save(cache, part, !pages.keySet().equals(partsBefore.get(part).keySet()), () -> {
                Blob.Writer out = new Blob.Writer().string(FORMAT).integer(pages.size());
                pages.forEach((key, page) -> {
                    out.string(key).string(page.digest()).integer(page.size()).string(page.links().path());
                    StoredPage.write(out, page.links());
                });
                return out.bytes();
            });
        }
    }

    /** A page's part: the first hex digit of its key ({@link Fingerprint#hex}). */
    private static int part(String key) {
        return Character.digit(key.charAt(0), 16);
    }

    private static Page made(String path, Supplier<String> make, Map<String, List<LinkCheck.Place>> origins, Addresses kept) {
        String html = make.get();
        return new Page(SiteFiles.Known.of(html.getBytes(StandardCharsets.UTF_8)), null,
                LinkCheck.page(path, LinkCheck.scan(path, html), origins, kept));
    }

    /** The pages the last build kept, read once a build. */
    private synchronized Map<String, Stored> stored(Addresses kept) {
        if (last == null) {
            Map<String, Stored> pages = new HashMap<>();
            for (String part : entries.keys()) {
                try {
                    cache.get(part).ifPresent(bytes -> pages.putAll(read(bytes, kept)));
                } catch (Blob.Corrupt e) {
                    // the part's pages made afresh, and kept again
                }
            }
            last = pages;
        }
        return last;
    }

    private static Map<String, Stored> read(byte[] bytes, Addresses kept) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        Map<String, Stored> pages = new HashMap<>();
        for (int i = in.count(); i > 0; i--) {
            String key = in.string();
            String digest = in.string();
            int size = in.integer();
            pages.put(key, new Stored(digest, size, StoredPage.read(in, in.string(), kept)));
        }
        in.end();
        return pages;
    }
}
