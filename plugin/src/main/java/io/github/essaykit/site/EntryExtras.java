package io.github.essaykit.site;

import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.resolve.Sourcing;
import io.github.essaykit.resolve.SiteResolver;
import io.github.essaykit.sources.Source;
import io.github.essaykit.template.Views;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a source's preview adds to its formatted entry: the source's abstract, how often this
 * essay cites it, and the other essays that cite it too. Which essays cite which source is known
 * from the resolve stage, before any page is rendered, so pages can still be rendered in parallel.
 */
final class EntryExtras {

    private final Map<String, List<ParsedEssay>> citing = new LinkedHashMap<>();
    /** {@link #citingPrint} of each source key, made once a build. */
    private final Map<String, String> prints = new ConcurrentHashMap<>();
    private final Sourcing sourcing;

    /** @param essays in index order, the order "also in" lists them */
    EntryExtras(List<ParsedEssay> essays, SiteResolver.ResolvedSite resolved, Sourcing sourcing) {
        this.sourcing = sourcing;
        for (ParsedEssay essay : essays) { // a source an essay only lists (nocite) is not cited there
            resolved.checked(essay).cited().forEach(key -> citing.computeIfAbsent(key, k -> new ArrayList<>()).add(essay));
        }
    }

    /**
     * What this essay's page takes from the others: which of them cite its sources, under which
     * titles (for page keys). Each source's citing essays are printed once a build, the essay
     * itself among them: its own slug and title are in its key anyway (its bytes), so the key
     * changes exactly when the others do, and each page's key costs a lookup per source, not a
     * walk over every essay citing it (hundreds of "also in" links a page).
     */
    String fingerprint(ParsedEssay essay, java.util.Collection<String> keys) {
        StringBuilder text = new StringBuilder();
        for (String key : keys) {
            text.append(key).append('\u0000').append(prints.computeIfAbsent(key, this::citingPrint)).append('\u0000');
        }
        return text.toString();
    }

    private String citingPrint(String key) {
        Fingerprint print = Fingerprint.start("citing");
        citing.getOrDefault(key, List.of()).forEach(e -> print.add(e.slug()).add(e.meta().title()));
        return print.hex();
    }

    Views.EntryMore of(ParsedEssay essay, RenderedEssay.RenderedSource source) {
        int times = source.citedAt().size();
        String uses = times == 0 ? "Listed, not cited, in this essay"
                : times == 1 ? "Cited once in this essay" : "Cited " + times + " times in this essay";
        List<ParsedEssay> others = citing.getOrDefault(source.key(), List.of()).stream()
                .filter(e -> !e.slug().equals(essay.slug())).toList(); // the essay kept and the one rendered are two values
        List<Views.CitedIn> also = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            ParsedEssay other = others.get(i);
            String href = io.github.essaykit.discover.SitePaths.href(
                    io.github.essaykit.discover.SitePaths.toRoot(Pages.pagePath(essay.slug())) + Pages.pagePath(other.slug()));
            also.add(new Views.CitedIn(href + "#" + source.id(), other.meta().title(), i == others.size() - 1));
        }
        String abstractText = sourcing.forEssay(essay.slug()).library().find(source.key()).map(Source::item)
                .map(item -> item.getAbstrct()).map(String::strip).orElse("");
        return new Views.EntryMore(abstractText, uses, also);
    }
}
