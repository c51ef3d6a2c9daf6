package io.github.essaykit.polish;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.StoredDiagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link LinkCheck.Page} as {@link Blob} fields, for the page caches of essay:build: a page
 * taken from the cache brings its links already sorted into problems, links into other pages
 * and a template's links, so a build after one edit neither reads the 1,000 other pages' every
 * id and link nor parses and resolves their links again; only the site-wide check runs.
 */
public final class StoredPage {

    private StoredPage() {}

    public static void write(Blob.Writer out, LinkCheck.Page page) {
        long[] hashes = page.ids().hashes();
        out.integer(hashes.length);
        for (long hash : hashes) {
            out.integer((int) (hash >>> 32)).integer((int) hash);
        }
        Blob.Writer links = new Blob.Writer(); // apart, to be read only if the page is checked again
        links.integer(page.steps().size());
        for (LinkCheck.Step step : page.steps()) {
            links.bool(step.found() != null);
            if (step.found() != null) {
                StoredDiagnostics.write(links, List.of(step.found()));
            } else {
                LinkCheck.Place at = step.at();
                links.string(step.link()).string(at.file()).integer(at.line()).integer(at.column()).string(at.what());
            }
        }
        links.strings(page.templateLinks());
        out.blob(links.bytes());
    }

    /**
     * The page with its ids; its links are read when first asked for (the entry's checksum
     * stood for all of its bytes when it was read).
     *
     * @param path the page's path (not stored: the entry's key holds it)
     * @param kept the build's links: an address many pages hold is held once
     * @throws Blob.Corrupt when the fields are no page
     */
    public static LinkCheck.Page read(Blob.Reader in, String path, Addresses kept) {
        return read(in, path, kept, null);
    }

    /**
     * As {@link #read(Blob.Reader, String, Addresses)}, keeping none of the links' bytes when
     * {@code again} is not null: the links are then those of the page it gives when first asked
     * for (the same page read again). Most pages' links are never asked for (only a page linking
     * to a page that changed is checked again), and their bytes, about 5 KB a page, were half a
     * gigabyte of a one-edit build of 100,000 essays.
     */
    public static LinkCheck.Page read(Blob.Reader in, String path, Addresses kept, Supplier<LinkCheck.Page> again) {
        long[] hashes = new long[in.count()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = (long) in.integer() << 32 | in.integer() & 0xffffffffL;
        }
        PackedIds ids;
        try {
            ids = new PackedIds(hashes);
        } catch (IllegalArgumentException e) {
            throw new Blob.Corrupt(e.getMessage());
        }
        if (again != null) {
            in.skipBlob();
            return LinkCheck.Page.lazy(path, ids, () -> again.get().links());
        }
        byte[] links = in.blob();
        return LinkCheck.Page.lazy(path, ids, () -> links(new Blob.Reader(links), kept));
    }

    private static LinkCheck.Page.Links links(Blob.Reader in, Addresses kept) {
        List<LinkCheck.Step> steps = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            if (in.bool()) {
                List<io.github.essaykit.diagnostic.Diagnostic> found = StoredDiagnostics.read(in);
                if (found.size() != 1) {
                    throw new Blob.Corrupt("a step holds one problem");
                }
                steps.add(new LinkCheck.Step(found.get(0), null, null));
            } else {
                String link = kept.keep(in.string());
                steps.add(new LinkCheck.Step(null, link, new LinkCheck.Place(in.string(), in.integer(), in.integer(), in.string())));
            }
        }
        List<String> templateLinks = new ArrayList<>();
        for (String link : in.strings()) {
            templateLinks.add(kept.keep(link));
        }
        in.end();
        return new LinkCheck.Page.Links(steps, templateLinks);
    }
}
