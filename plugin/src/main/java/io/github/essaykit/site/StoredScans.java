package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.polish.LinkCheck;
import java.util.Optional;

/**
 * The link check's scan of a site-wide page (the index, the site bibliography) kept between
 * essay:build runs by the page's path and HTML: the bibliography page of a large site is
 * megabytes, and parsing it (and loading the HTML parser at all) is most of what a build whose
 * essays' pages all come from the cache spends on the link check. Essay pages carry their scan
 * in their page entry ({@link EssayPage}).
 */
final class StoredScans {

    private static final String FORMAT = "page scan 1";

    private StoredScans() {}

    /** The scan of {@code html}: stored in {@code cache} when it keeps entries in a folder, else from {@code memo}. */
    static LinkCheck.Scan scan(ResultCache cache, LinkCheck.Memo memo, String path, String html) {
        if (!cache.keeps()) {
            return memo.scan(path, html);
        }
        String key = Fingerprint.start(FORMAT).add(CodeStamp.current()).add(path).add(html).hex();
        try {
            Optional<LinkCheck.Scan> kept = cache.get(key).map(StoredScans::read);
            if (kept.isPresent()) {
                return kept.get();
            }
        } catch (Blob.Corrupt e) {
            // scanned afresh and stored again
        }
        LinkCheck.Scan scan = LinkCheck.scan(path, html);
        Blob.Writer out = new Blob.Writer().string(FORMAT);
        EssayPage.writeScan(out, scan);
        cache.put(key, out.bytes());
        return scan;
    }

    private static LinkCheck.Scan read(byte[] bytes) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        LinkCheck.Scan scan = EssayPage.readScan(in);
        in.end();
        return scan;
    }
}
