package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.write.SiteFiles;
import io.github.essaykit.write.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The site-wide pages (the site bibliography, each source's page, the index pages), each made
 * again only when what it is made from changed: the site bibliography's inputs
 * ({@link PageKeys#bibliographyPage}: its entries' fingerprint, the essays citing each), a
 * source page's ({@link PageKeys#sourcePage}) and an index page's ({@link PageKeys#index}: its
 * essays' front matter), which most edits leave alone. An essay:serve session keeps the last
 * build's page per path and compares inputs by {@code equals} ({@link #create}); essay:build
 * keeps each page's digest and link-check scan in the folder cache under a fingerprint of its
 * inputs ({@link #stored}), so a new JVM renders and scans none of the 2,000 source pages of a
 * site whose sources and citing essays did not change. {@link #NONE} keeps nothing.
 */
public final class SitePages {

    static final SitePages NONE = new SitePages(false, ResultCache.NONE);

    private static final String FORMAT = "site page 1";

    /** A page as the build writes it ({@link #writeTo}) and as the link check scanned it. */
    record Page(SiteFiles.Content content, String html, LinkCheck.Scan scan) {

        void writeTo(SiteOutput site, String path) {
            if (html != null) {
                site.text(path, html); // a text: essay:serve keeps the bytes of an equal one
            } else {
                site.put(path, content);
            }
        }
    }

    private record Kept(Object key, String html) {}

    private final boolean keep;
    private final ResultCache cache;
    private final Map<String, Kept> pages = new ConcurrentHashMap<>();

    private SitePages(boolean keep, ResultCache cache) {
        this.keep = keep;
        this.cache = cache;
    }

    /** Keeps the last page of each path in memory (essay:serve). */
    static SitePages create() {
        return new SitePages(true, ResultCache.NONE);
    }

    /** Keeps each page's digest and scan in {@code cache}'s folder, and its bytes by their digest (essay:build). */
    static SitePages stored(ResultCache cache) {
        return new SitePages(false, cache);
    }

    /**
     * The page at {@code path}: the one kept under inputs equal to {@code keyOf}'s (asked for only
     * when pages are kept), or {@code make}'s, scanned through {@code links}.
     *
     * @param keyOf what the page is made from: strings, numbers, lists, maps, records of them
     *     ({@link Fingerprint#value})
     */
    Page page(String path, Supplier<?> keyOf, Supplier<String> make, LinkCheck.Memo links) {
        if (cache.keeps()) {
            return stored(path, keyOf, make);
        }
        String html = keep ? kept(path, keyOf, make) : make.get();
        return new Page(null, html, links.scan(path, html));
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

    private Page stored(String path, Supplier<?> keyOf, Supplier<String> make) {
        String key = Fingerprint.start(FORMAT).add(CodeStamp.current()).add(path).value(keyOf.get()).hex();
        try {
            Optional<Page> kept = cache.get(key).map(bytes -> read(bytes, () -> made(path, make).content()));
            if (kept.isPresent()) {
                return kept.get();
            }
        } catch (Blob.Corrupt e) {
            // made afresh below, and stored again
        }
        Page page = made(path, make);
        SiteFiles.Known bytes = StoredBytes.store(cache, (SiteFiles.Known) page.content());
        Blob.Writer out = new Blob.Writer().string(FORMAT).string(bytes.sha256()).integer(bytes.size());
        EssayPage.writeScan(out, page.scan());
        cache.put(key, out.bytes());
        return page;
    }

    private static Page made(String path, Supplier<String> make) {
        String html = make.get();
        return new Page(SiteFiles.Known.of(html.getBytes(StandardCharsets.UTF_8)), null, LinkCheck.scan(path, html));
    }

    private Page read(byte[] bytes, Supplier<SiteFiles.Content> again) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        String digest = in.string();
        int size = in.integer();
        LinkCheck.Scan scan = EssayPage.readScan(in);
        in.end();
        return new Page(StoredBytes.known(cache, digest, size, () -> (SiteFiles.Known) again.get()), null, scan);
    }
}
