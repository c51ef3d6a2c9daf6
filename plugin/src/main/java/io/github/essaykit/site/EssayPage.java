package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.StoredDiagnostics;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.polish.Addresses;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.polish.StoredPage;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.write.SiteFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * An essay's finished page: the sources its bibliography lists, its HTML (as bytes known by their
 * digest), its links as far as the page alone tells ({@link LinkCheck#page}: where the author wrote
 * each address included), and the warnings made while rendering it. A value, and what the page cache stores ({@link #bytes},
 * {@link #read}): all but the HTML, which is stored on its own by its digest, so that a page
 * whose file is already in the output is never read from the cache.
 */
record EssayPage(List<EssayPage.Use> sources, SiteFiles.Known html, LinkCheck.Page links, List<Diagnostic> warnings) {

    EssayPage {
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /** This page, its links known by {@code key}, the fingerprint of what it is made from ({@link LinkCheck.Page#keyed}). */
    EssayPage keyed(String key) {
        return new EssayPage(sources, html, links.keyed(key), warnings);
    }

    /**
     * A source the page's bibliography lists: cited in the text, or only listed (nocite). All a
     * build needs of the page's entries once it is made (their downloads, the site's pages of
     * each source): their HTML and places were half of what a page's entry held in the cache.
     */
    record Use(String key, boolean cited) {

        /** The sources of a page's bibliography; kept for every page until the site-wide pages: each key's text once, not once a page. */
        static List<Use> of(List<RenderedEssay.RenderedSource> listed) {
            return listed.stream().map(s -> new Use(s.key().intern(), !s.citedAt().isEmpty())).toList();
        }

        String id() {
            return io.github.essaykit.resolve.Sourcing.entryId(key);
        }
    }

    byte[] bytes() {
        Blob.Writer out = new Blob.Writer().integer(sources.size());
        sources.forEach(source -> out.string(source.key()).integer(source.cited() ? 1 : 0));
        out.string(html.digest()).integer(html.size());
        StoredPage.write(out, links);
        StoredDiagnostics.write(out, warnings);
        return out.bytes();
    }

    /**
     * @param html the page's HTML by its digest and length
     * @param path the page's path
     * @param kept the build's links, each address held once
     * @param linksAgain gives the page again for its links when they are first asked for, or null
     *     to keep their bytes ({@link StoredPage#read(Blob.Reader, String, Addresses, Supplier)})
     * @throws Blob.Corrupt when the bytes are not a page
     */
    static EssayPage read(byte[] bytes, BiFunction<String, Integer, SiteFiles.Known> html, String path, Addresses kept,
            Supplier<LinkCheck.Page> linksAgain) {
        Blob.Reader in = new Blob.Reader(bytes);
        List<Use> sources = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            sources.add(new Use(in.string().intern(), in.integer() == 1));
        }
        String digest = in.string();
        int size = in.integer();
        LinkCheck.Page links = StoredPage.read(in, path, kept, linksAgain);
        List<Diagnostic> warnings = StoredDiagnostics.read(in);
        in.end();
        return new EssayPage(sources, html.apply(digest, size), links, warnings);
    }

    /** Where a page's addresses were written ({@link AddressPlaces}), in their order. */
    static void writePlaces(Blob.Writer out, Map<String, List<LinkCheck.Place>> byAddress) {
        out.integer(byAddress.size());
        byAddress.forEach((address, places) -> {
            out.string(address).integer(places.size());
            places.forEach(p -> out.string(p.file()).integer(p.line()).integer(p.column()).string(p.what()));
        });
    }

    static Map<String, List<LinkCheck.Place>> readPlaces(Blob.Reader in) {
        Map<String, List<LinkCheck.Place>> byAddress = new LinkedHashMap<>();
        for (int i = in.count(); i > 0; i--) {
            String address = in.string();
            List<LinkCheck.Place> places = new ArrayList<>();
            for (int k = in.count(); k > 0; k--) {
                places.add(new LinkCheck.Place(in.string(), in.integer(), in.integer(), in.string()));
            }
            byAddress.put(address, List.copyOf(places));
        }
        return java.util.Collections.unmodifiableMap(byAddress);
    }

    static void writeSources(Blob.Writer out, List<RenderedEssay.RenderedSource> sources) {
        out.integer(sources.size());
        for (RenderedEssay.RenderedSource source : sources) {
            out.string(source.key()).string(source.html()).integer(source.citedAt().size());
            source.citedAt().forEach(out::string);
        }
    }

    static List<RenderedEssay.RenderedSource> readSources(Blob.Reader in) {
        List<RenderedEssay.RenderedSource> sources = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            String key = in.string();
            String html = in.string();
            List<String> citedAt = new ArrayList<>();
            for (int k = in.count(); k > 0; k--) {
                citedAt.add(in.string());
            }
            sources.add(new RenderedEssay.RenderedSource(key, html, citedAt));
        }
        return sources;
    }
}
