package io.github.essaykit.site;

import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.sources.SourceLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Where the addresses of one page were written, for {@link LinkCheck}: the essay's own links
 * at their line and column, and each bibliography entry's links (its URL, DOI, archived copy)
 * at the line of the source in its bibliography file.
 */
final class AddressPlaces {

    private final Map<String, List<LinkCheck.Place>> byAddress = new LinkedHashMap<>();

    /** The places of an essay page's addresses. */
    static Map<String, List<LinkCheck.Place>> of(String essayFile, RenderedEssay rendered, SourceLibrary library) {
        AddressPlaces places = new AddressPlaces();
        rendered.origins().byAddress().forEach((address, positions) -> {
            for (SourcePosition at : positions) {
                places.add(address, new LinkCheck.Place(essayFile, at.line(), at.column()));
            }
        });
        places.sources(rendered.sources(), library);
        return places.byAddress;
    }

    /** The places of the bibliography page's addresses. */
    static Map<String, List<LinkCheck.Place>> of(List<RenderedEssay.RenderedSource> entries, SourceLibrary library) {
        AddressPlaces places = new AddressPlaces();
        places.sources(entries, library);
        return places.byAddress;
    }

    private void sources(List<RenderedEssay.RenderedSource> entries, SourceLibrary library) {
        for (RenderedEssay.RenderedSource entry : entries) {
            library.find(entry.key()).ifPresent(source -> {
                for (Element link : Jsoup.parseBodyFragment(entry.html()).select("a[href]")) {
                    add(link.attr("href"), new LinkCheck.Place(source.file(), source.line(), source.line() > 0 ? 1 : 0,
                            "source '" + source.key() + "': "));
                }
            });
        }
    }

    private void add(String address, LinkCheck.Place place) {
        List<LinkCheck.Place> list = byAddress.computeIfAbsent(address, k -> new ArrayList<>());
        if (!list.contains(place)) {
            list.add(place);
        }
    }
}
