package io.github.essaykit.site;

import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.discover.SitePaths;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.resolve.SiteResolver;
import io.github.essaykit.resolve.Sourcing;
import io.github.essaykit.sources.Source;
import io.github.essaykit.template.Views;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a source's preview adds to its formatted entry: the source's abstract, how often this
 * essay cites it, and the other essays that cite it too. Which essays cite which source is known
 * from the resolve stage, before any page is rendered, so pages can still be rendered in parallel.
 * A preview names at most {@link #SHOWN} of those essays and links the rest, counted, to the
 * source's own page ({@link SourcePages}), which lists them all: naming every one would make
 * each page grow with the site (hundreds of links in a hover card at 10,000 essays).
 */
final class EntryExtras {

    /** How many other essays a preview names before "and N more". */
    static final int SHOWN = 5;

    private final Map<String, List<ParsedEssay>> citing = new HashMap<>();
    /** Each essay's place in index order, by slug, and for each source the places of its first SHOWN + 1 citing essays. */
    private final Map<String, Integer> places = new HashMap<>();
    private final Map<String, int[]> firstPlaces = new HashMap<>();
    /** Each source's part of page keys ({@link #fingerprint}), by key: for pages among its first citing essays, then for the rest. */
    private final Map<String, String> namedPrints = new ConcurrentHashMap<>();
    private final Map<String, String> restPrints = new ConcurrentHashMap<>();
    private final Function<ParsedEssay, Set<String>> cited;
    private final BiFunction<ParsedEssay, String, String> abstracts;

    /**
     * @param essays in index order, the order "also in" lists them
     * @param cited the keys an essay cites in its text (a source it only lists, nocite, is not cited there)
     * @param abstracts a source's abstract (by key) as an essay's sources give it, or ""
     */
    EntryExtras(List<ParsedEssay> essays, Function<ParsedEssay, Set<String>> cited, BiFunction<ParsedEssay, String, String> abstracts) {
        this.cited = cited;
        this.abstracts = abstracts;
        for (ParsedEssay essay : essays) {
            places.putIfAbsent(essay.slug(), places.size());
            cited.apply(essay).forEach(key -> citing.computeIfAbsent(key, k -> new ArrayList<>()).add(essay));
        }
        citing.forEach((key, all) -> firstPlaces.put(key,
                all.stream().limit(SHOWN + 1).mapToInt(essay -> places.get(essay.slug())).toArray()));
    }

    /** @param essays in index order */
    static EntryExtras of(List<ParsedEssay> essays, SiteResolver.ResolvedSite resolved, Sourcing sourcing) {
        return new EntryExtras(essays, essay -> resolved.checked(essay).cited(), (essay, key) ->
                sourcing.forEssay(essay.slug()).library().find(key).map(Source::item)
                        .map(item -> item.getAbstrct()).map(String::strip).orElse(""));
    }

    /** The other essays citing {@code key} that {@code essay}'s preview names, and how many it only counts. */
    private record Also(List<ParsedEssay> shown, int rest) {}

    private Also also(ParsedEssay essay, String key) {
        List<ParsedEssay> all = citing.getOrDefault(key, List.of());
        List<ParsedEssay> shown = new ArrayList<>(SHOWN);
        for (int i = 0; i < all.size() && shown.size() < SHOWN; i++) {
            if (!all.get(i).slug().equals(essay.slug())) { // the essay kept and the one rendered are two values
                shown.add(all.get(i));
            }
        }
        int others = all.size() - (cited.apply(essay).contains(key) ? 1 : 0); // no scan of a long list
        return new Also(shown, others - shown.size());
    }

    /**
     * What this essay's page takes from the others (for page keys): for each of its sources, the
     * essays its preview names, under which titles, and how many more it counts (each source's
     * printed once a build). Strings and booleans, compared by {@code equals} (essay:serve) or
     * added to a page key ({@link #addTo}).
     */
    List<Object> fingerprint(ParsedEssay essay, Collection<String> keys) {
        List<Object> parts = new ArrayList<>(3 * keys.size());
        Set<String> own = cited.apply(essay);
        int place = places.getOrDefault(essay.slug(), -1);
        for (String key : keys) {
            // what the preview shows follows from the first SHOWN + 1 essays citing the source, their
            // count, and whether this essay is among them and cites it: listed once a source, not
            // once a page (the same list for each of the essays citing it)
            boolean named = among(firstPlaces.get(key), place);
            parts.add(key);
            parts.add(named ? print(namedPrints, key, SHOWN + 1) : print(restPrints, key, SHOWN));
            parts.add(own.contains(key));
        }
        return parts;
    }

    /**
     * Whether an essay is among a source's first citing essays, by their places in the index:
     * comparing their slugs read three objects an essay, 0.2 s of a one-edit build of 10,000 essays.
     */
    private static boolean among(int[] first, int place) {
        if (first != null) {
            for (int one : first) {
                if (one == place) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The print of the first {@code first} essays citing a source, by slug and title, and how many
     * cite it: made once a build for each source, not once for each of the pages citing it (a
     * one-edit build of 1,000 essays hashed and compared these lists 15,000 times, 35 ms).
     */
    private String print(Map<String, String> prints, String key, int first) {
        String known = prints.get(key); // asked for each source of each page: no lambda or stream made each time
        if (known != null) {
            return known;
        }
        List<ParsedEssay> all = citing.getOrDefault(key, List.of());
        List<Object> print = new ArrayList<>(1 + 2 * first);
        print.add(all.size());
        for (int i = 0; i < all.size() && i < first; i++) {
            print.add(all.get(i).slug());
            print.add(all.get(i).meta().title());
        }
        String made = Fingerprint.start("also").value(print).hex();
        known = prints.putIfAbsent(key, made);
        return known != null ? known : made;
    }

    /** Adds {@code also}, a value of {@link #fingerprint}, to a page key. */
    void addTo(Fingerprint key, List<Object> also) {
        key.add(also.size());
        for (Object part : also) {
            key.add(String.valueOf(part));
        }
    }

    Views.EntryMore of(ParsedEssay essay, RenderedEssay.RenderedSource source) {
        int times = source.citedAt().size();
        String uses = times == 0 ? "Listed, not cited, in this essay"
                : times == 1 ? "Cited once in this essay" : "Cited " + times + " times in this essay";
        Also also = also(essay, source.key());
        String root = SitePaths.toRoot(Pages.pagePath(essay.slug()));
        List<Views.CitedIn> named = new ArrayList<>();
        for (int i = 0; i < also.shown().size(); i++) {
            ParsedEssay other = also.shown().get(i);
            String href = SitePaths.href(root + Pages.pagePath(other.slug()));
            named.add(new Views.CitedIn(href + "#" + source.id(), other.meta().title(), i == also.shown().size() - 1));
        }
        Views.MoreEssays rest = also.rest() == 0 ? null : new Views.MoreEssays(
                SitePaths.href(root + SourcePages.path(source.key())) + "#cited-in", "and " + also.rest() + " more",
                "and " + also.rest() + (also.rest() == 1 ? " more essay" : " more essays") + ", listed on the source's page");
        return new Views.EntryMore(abstracts.apply(essay, source.key()), uses, named, rest);
    }
}
