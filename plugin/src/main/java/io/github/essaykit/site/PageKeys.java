package io.github.essaykit.site;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cite.CitationOrder;
import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.quotes.SourceTexts;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.resolve.EssayLinks;
import io.github.essaykit.resolve.EssayResolution;
import io.github.essaykit.resolve.SiteResolver;
import io.github.essaykit.resolve.Sourcing;
import io.github.essaykit.sources.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cache keys of a build's pages: the fingerprint of everything a page is made from. For an
 * essay: the code and the settings that shape pages ({@link #pageShaping}), the user's
 * templates, its own bytes, its style, each source it cites (the entry as loaded, where it was written) with what the site-wide order gives
 * it (place among the essay's sources, year suffix, added given names, citation rank), and
 * for each link into another essay that essay's title and summary and the target heading,
 * figure or table (number, text, excerpt), and the text of each cited source that has one (its
 * quotations' passages). Anything else an essay's page shows comes from its
 * own bytes. Made once a build is resolved; safe to use from the build's threads.
 */
final class PageKeys {

    private final String site;
    private final SiteResolver.ResolvedSite resolved;
    private final Map<String, String> digests;
    private final EntryExtras extras;
    private final SourceTexts texts;
    /**
     * Each source's fingerprint by key, of the build's library, and each list of downloads' key
     * (kept between essay:serve builds while the library is the same).
     */
    private final Map<String, String> sources;
    private final Map<CitationStyle, String> styles = new ConcurrentHashMap<>();
    private final PageKeyMemo memo;
    private volatile String textsPrint;
    /** The keys last asked for by {@link #bibliography}, the very collection, and their key. */
    private record Bibliography(Collection<String> keys, String key) {}

    private volatile Bibliography lastBibliography;
    /** Each source's {@link #sourceState}, by key, for each order (one a style) of the build. */
    private final Map<CitationOrder, Map<String, String>> sourceStates = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Each essay's slug, title and date, by slug, as source pages list it ({@link #sourcePage}). */
    private final Map<String, List<String>> cards = new ConcurrentHashMap<>();
    /** The JSON of the given names an order adds to a key's citations, by the very array (one per key and style). */
    private final Map<CSLName[], String> names = new ConcurrentHashMap<>();

    /**
     * @param digests each essay's digest by its relative path, of the bytes it was parsed from
     * @param sourcePrints where each source's fingerprint is kept, by key: an empty map, or the
     *     one of an earlier build of the same library ({@link SourcingMemo#sourcePrints})
     * @param memo the essays' keys of the session's last build ({@link PageKeyMemo#NONE} outside one)
     * @param templatesPrint the user's template folder's print ({@link io.github.essaykit.template.TemplateFolder#print})
     */
    PageKeys(SiteConfig config, SiteResolver.ResolvedSite resolved, Map<String, String> digests, EntryExtras extras,
            SourceTexts texts, Map<String, String> sourcePrints, PageKeyMemo memo, String templatesPrint) {
        this.sources = sourcePrints;
        this.memo = memo;
        memo.startBuild(digests.keySet());
        this.extras = extras;
        this.texts = texts;
        this.resolved = resolved;
        this.digests = Map.copyOf(digests);
        this.site = Fingerprint.start("site").add(CodeStamp.current()).add(pageShaping(config))
                .add(templatesPrint).hex();
    }

    /**
     * The settings a page or its warnings are made from, by name. Left out on purpose, because
     * no page depends on them: where the site is written, threads, verbosity (unused-source
     * lines), the sourcing report (a page of its own) and the network link check (run after the
     * pages); so switching one of them reuses every page.
     */
    static String pageShaping(SiteConfig config) {
        return String.join("\u0000", "source=" + config.sourceDirectory(), "bibliography=" + config.bibliography(),
                "style=" + config.style(), "locale=" + config.locale(), "templates=" + config.templateDirectory(),
                "baseUrl=" + config.baseUrl(), "title=" + config.siteTitle(), "drafts=" + config.drafts(),
                "numberSections=" + config.numberSections(), "toc=" + config.toc(), "sidenotes=" + config.sidenotes(),
                "liveReload=" + config.liveReload(), "encoding=" + config.encoding().name(),
                "iframes=" + config.allowedIframeHosts(), "doi=" + config.doiResolver(), "fetched=" + config.fetchedSources());
    }

    /** The key of an essay's page (its HTML, warnings, link origins and bibliography). */
    String essay(ParsedEssay essay) {
        String digest = digests.get(essay.file().relative());
        if (digest == null) {
            return null;
        }
        Sourcing own = resolved.sourcing().forEssay(essay.slug());
        EssayResolution.Checked checked = resolved.checked(essay);
        List<String> targets = new ArrayList<>();
        for (EssayLinks.Target target : checked.targets()) {
            targets.add(target.href() + '\u0000' + target.essay().slug() + '\u0000' + target.essay().title() + '\u0000'
                    + target.essay().summary() + '\u0000' + target.label());
        }
        targets.sort(null);
        List<Object> also = extras.fingerprint(essay, checked.keys()); // "also in" the other essays citing its sources
        PageKeyMemo.Inputs inputs = new PageKeyMemo.Inputs(digest, site, own.style(), own.library(), own.formatter().order(),
                textsPrint(), also, List.copyOf(targets));
        String known = memo.key(essay.file().relative(), inputs);
        if (known != null) {
            return known;
        }
        Fingerprint key = Fingerprint.start("essay").add(site).add(essay.file().relative()).add(digest);
        key.add(style(own.style()));
        addSources(key, own, checked.keys());
        StringBuilder passages = new StringBuilder(); // the passages its citations preview
        checked.keys().forEach(k -> passages.append(texts.digest(k)).append('\n'));
        key.add(passages.toString());
        targets.forEach(key::add);
        extras.addTo(key, also);
        String hex = key.hex();
        memo.put(essay.file().relative(), inputs, hex);
        return hex;
    }

    /** The sources' texts, all of them, printed once a build when a page key is first asked for. */
    private String textsPrint() {
        String print = textsPrint;
        if (print == null) {
            print = texts.fingerprint();
            textsPrint = print;
        }
        return print;
    }

    /**
     * What the index is made from, to compare with {@code equals} rather than print (its essays are
     * the very values of the last build unless edited): the site's code, settings and templates,
     * and each essay's slug, whole front matter and reading time.
     */
    Object index(List<ParsedEssay> essays, Map<String, Integer> words) {
        List<Object> inputs = new ArrayList<>(essays.size() + 1);
        inputs.add(site);
        // the reading time as the card shows it, not the word count: a sentence added to an essay seldom changes it
        essays.forEach(e -> inputs.add(List.of(e.slug(), e.meta(), ReadingTime.text(words.get(e.slug())))));
        return inputs;
    }

    /** The key of the site bibliography's entries for these keys (asked for three times a build with the one set, unchanged: printed once). */
    String bibliography(Collection<String> keys) {
        Bibliography last = lastBibliography;
        if (last != null && last.keys() == keys) {
            return last.key();
        }
        Sourcing sourcing = resolved.sourcing();
        PageKeyMemo.Inputs inputs = new PageKeyMemo.Inputs("", site, sourcing.style(), sourcing.library(), sourcing.formatter().order(),
                "", List.copyOf(keys), List.of());
        String hex = memo.bibliography(inputs);
        if (hex == null) {
            Fingerprint key = Fingerprint.start("bibliography").add(site);
            key.add(style(sourcing.style()));
            addSources(key, sourcing, keys);
            hex = key.hex();
            memo.putBibliography(inputs, hex);
        }
        lastBibliography = new Bibliography(keys, hex);
        return hex;
    }

    /**
     * What the site bibliography page is made from, to compare with {@code equals}: its entries
     * ({@link #bibliography}) and, for each entry id, the essays citing it and those only listing
     * it, by slug and title, in order.
     */
    Object bibliographyPage(Collection<String> keys, Map<String, List<ParsedEssay>> citedIn,
            Map<String, List<ParsedEssay>> listedIn) {
        return List.of(bibliography(keys), essaysOf(citedIn), essaysOf(listedIn));
    }

    private static Map<String, List<String>> essaysOf(Map<String, List<ParsedEssay>> essaysOf) {
        Map<String, List<String>> named = new HashMap<>();
        essaysOf.forEach((id, essays) -> {
            List<String> each = new ArrayList<>(2 * essays.size());
            essays.forEach(e -> {
                each.add(e.slug());
                each.add(e.meta().title());
            });
            named.put(id, each);
        });
        return named;
    }

    /**
     * What a source's page ({@link SourcePages}) is made from: the site's code, settings and
     * templates, the source as loaded (its downloads and metadata), its entry as the site
     * bibliography rendered it (its number or year suffix there included), its title, and the
     * essays citing it and listing it, by slug, title and date, in order. A value, compared by
     * {@code equals} in essay:serve (most of it the very strings of the last build) and printed
     * by {@link io.github.essaykit.cache.Fingerprint#value} in essay:build.
     */
    Object sourcePage(RenderedEssay.RenderedSource entry, String title, List<ParsedEssay> citedIn, List<ParsedEssay> listedIn) {
        return List.of(site, source(resolved.sourcing(), entry.key()), entry.html(), title, cards(citedIn), cards(listedIn));
    }

    private List<List<String>> cards(List<ParsedEssay> essays) {
        List<List<String>> named = new ArrayList<>(essays.size());
        // each essay's once a build, not once for each source it cites
        essays.forEach(e -> named.add(cards.computeIfAbsent(e.slug(),
                slug -> List.of(slug, e.meta().title(), e.meta().date().map(d -> d.iso()).orElse("")))));
        return named;
    }

    /**
     * The key of the downloads of these sources (listed in this order): only the sources as
     * loaded, so an edit that lists the same ones reuses them.
     */
    String downloads(List<String> keys) {
        // kept with the sources' prints, which live while the library is the same value: a list of
        // keys is the same downloads then (the NUL before it keeps it apart from a source's key)
        String listed = '\u0000' + site + '\u0000' + String.join("\u0000", keys);
        String known = sources.get(listed);
        if (known != null) {
            return known;
        }
        // made outside computeIfAbsent: each source's print goes into the same map, and a
        // ConcurrentHashMap changed from within its own computeIfAbsent fails ("Recursive update")
        Fingerprint key = Fingerprint.start("downloads").add(site).add(keys.size());
        Sourcing sourcing = resolved.sourcing();
        for (String each : keys) {
            key.add(each).add(sourcing.library().contains(each) ? source(sourcing, each) : "none");
        }
        String made = key.hex();
        known = sources.putIfAbsent(listed, made);
        return known != null ? known : made;
    }

    private void addSources(Fingerprint key, Sourcing sourcing, Collection<String> keys) {
        CitationOrder order = sourcing.formatter().order();
        List<String> ordered = order.inOrder(keys);
        key.add(keys.size()).add(ordered.size());
        // ranks matter only relative to each other: another essay's new source shifts none of them here
        List<Integer> ranks = new ArrayList<>(new TreeSet<>(ordered.stream().map(k -> order.citationRanks().getOrDefault(k, -1)).toList()));
        Map<String, String> states = sourceStates.computeIfAbsent(order, o -> new ConcurrentHashMap<>());
        StringBuilder parts = new StringBuilder();
        for (String k : ordered) {
            parts.append(states.computeIfAbsent(k, x -> sourceState(sourcing, order, x))).append(' ')
                    .append(ranks.indexOf(order.citationRanks().getOrDefault(k, -1))).append('\n');
        }
        key.add(parts.toString());
    }

    /**
     * A source as an order gives it to every essay citing it: the entry as loaded, its year suffix
     * and added given names; printed once a build and style, not once a page.
     */
    private String sourceState(Sourcing sourcing, CitationOrder order, String k) {
        return Fingerprint.start("source state").add(k).add(source(sourcing, k)).add(order.yearSuffixes().get(k))
                .add(names(order.givenNames().get(k))).hex();
    }

    private String source(Sourcing sourcing, String key) {
        return sources.computeIfAbsent(key, k -> {
            Source source = sourcing.library().expect(k);
            return Fingerprint.start("source").add(source.key()).add(source.file()).add(source.line()).add(source.archiveUrl())
                    .add(source.archiveDate()).add(source.item().toJson(new StringJsonBuilderFactory().createJsonBuilder())).hex();
        });
    }

    private String style(CitationStyle style) {
        return styles.computeIfAbsent(style, s -> Fingerprint.start("style").add(s.identity()).hex());
    }

    private String names(CSLName[] given) {
        if (given == null) {
            return "";
        }
        return names.computeIfAbsent(given, n -> {
            StringBuilder text = new StringBuilder();
            for (CSLName name : n) {
                text.append(name.toJson(new StringJsonBuilderFactory().createJsonBuilder())).append('\u0000');
            }
            return text.toString();
        });
    }
}
