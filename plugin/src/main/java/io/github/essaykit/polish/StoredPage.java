package io.github.essaykit.polish;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.StoredDiagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LinkCheck.Page} as {@link Blob} fields, for the page caches of essay:build: a page
 * taken from the cache brings its links already sorted into problems, links into other pages
 * and a template's links, so a build after one edit neither reads the 1,000 other pages' every
 * id and link nor parses and resolves their links again; only the site-wide check runs.
 */
public final class StoredPage {

    private StoredPage() {}

    public static void write(Blob.Writer out, LinkCheck.Page page) {
        out.string(page.ids().packed());
        int[] ends = page.ids().ends();
        int[] hashes = page.ids().hashes();
        out.integer(ends.length);
        for (int i = 0; i < ends.length; i++) {
            out.integer(ends[i]).integer(hashes[i]);
        }
        out.integer(page.steps().size());
        for (LinkCheck.Step step : page.steps()) {
            out.bool(step.found() != null);
            if (step.found() != null) {
                StoredDiagnostics.write(out, List.of(step.found()));
            } else {
                LinkCheck.Place at = step.at();
                out.string(step.link()).string(at.file()).integer(at.line()).integer(at.column()).string(at.what());
            }
        }
        out.strings(page.templateLinks());
    }

    /**
     * @param path the page's path (not stored: the entry's key holds it)
     * @param kept the build's links: an address many pages hold is held once
     * @throws Blob.Corrupt when the fields are no page
     */
    public static LinkCheck.Page read(Blob.Reader in, String path, Addresses kept) {
        String packed = in.string();
        int[] ends = new int[in.count()];
        int[] hashes = new int[ends.length];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = in.integer();
            hashes[i] = in.integer();
        }
        PackedIds ids;
        try {
            ids = new PackedIds(packed, ends, hashes);
        } catch (IllegalArgumentException e) {
            throw new Blob.Corrupt(e.getMessage());
        }
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
        return new LinkCheck.Page(path, ids, steps, templateLinks);
    }
}
