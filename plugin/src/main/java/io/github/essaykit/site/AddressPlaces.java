package io.github.essaykit.site;

import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.sources.SourceLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the addresses of a page were written, for {@link LinkCheck}: the essay's own links
 * at their line and column, and each bibliography entry's links (its URL, DOI, archived copy)
 * at the line of the source in its bibliography file. One per build: it keeps each entry's
 * links, read once, since an entry recurs on every page that cites its source. Thread-safe.
 */
final class AddressPlaces {

    /** Past this many entries the kept links start again: memory bounded by the work. */
    private static final int LIMIT = 20_000;

    private final Map<String, List<String>> entryLinks = new ConcurrentHashMap<>();

    /** The places of an essay page's addresses. */
    Map<String, List<LinkCheck.Place>> of(String essayFile, RenderedEssay rendered, SourceLibrary library) {
        Map<String, List<LinkCheck.Place>> byAddress = new LinkedHashMap<>();
        rendered.origins().byAddress().forEach((address, positions) -> {
            for (SourcePosition at : positions) {
                add(byAddress, address, new LinkCheck.Place(essayFile, at.line(), at.column()));
            }
        });
        sources(byAddress, rendered.sources(), library);
        return byAddress;
    }

    /** The places of the bibliography page's addresses. */
    Map<String, List<LinkCheck.Place>> of(List<RenderedEssay.RenderedSource> entries, SourceLibrary library) {
        Map<String, List<LinkCheck.Place>> byAddress = new LinkedHashMap<>();
        sources(byAddress, entries, library);
        return byAddress;
    }

    private void sources(Map<String, List<LinkCheck.Place>> byAddress, List<RenderedEssay.RenderedSource> entries, SourceLibrary library) {
        for (RenderedEssay.RenderedSource entry : entries) {
            library.find(entry.key()).ifPresent(source -> {
                for (String link : links(entry.html())) {
                    add(byAddress, link, new LinkCheck.Place(source.file(), source.line(), source.line() > 0 ? 1 : 0,
                            "source '" + source.key() + "': "));
                }
            });
        }
    }

    /** The addresses an entry's HTML links to, in order. */
    private List<String> links(String html) {
        List<String> known = entryLinks.get(html);
        if (known != null) {
            return known;
        }
        // read as the link check reads pages, by their tags (an entry's HTML is ours: its only links are <a href>); a
        // parse with jsoup was the one a one-edit build made, and loading the parser cost it 35 ms
        List<String> links = LinkCheck.scan("", html).links();
        if (entryLinks.size() >= LIMIT) {
            entryLinks.clear();
        }
        entryLinks.put(html, links);
        return links;
    }

    private static void add(Map<String, List<LinkCheck.Place>> byAddress, String address, LinkCheck.Place place) {
        List<LinkCheck.Place> list = byAddress.computeIfAbsent(address, k -> new ArrayList<>());
        if (!list.contains(place)) {
            list.add(place);
        }
    }
}
