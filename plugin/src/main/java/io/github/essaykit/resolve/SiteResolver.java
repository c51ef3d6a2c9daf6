package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.sources.Source;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolve stage, in three steps so that no step needs every essay's tree at once: first what
 * each essay defines on its own ({@link #define}: ids, numbers, cross-references), then, with
 * what all essays define ({@link Site}), each essay's links and citations are checked
 * ({@link #check}), and once every key the build cites is known, the bibliography orders and year
 * suffixes are fixed ({@link #prepare}). Only then is any essay resolved for rendering
 * ({@link #resolve}), one at a time. The values kept between steps hold no node of any tree.
 */
public final class SiteResolver {

    private SiteResolver() {}

    /** What an essay defines on its own, kept for the whole build: its ids and numbers without its tree. */
    public record Defined(String slug, String title, String summary, Labels labels, int crossReferences,
            List<Diagnostic> diagnostics) {}

    /**
     * The site-wide facts every essay is checked and resolved against: what links may point at,
     * the sources, and for each essay (by slug) the bibliography files of its front matter.
     */
    public record Site(LinkTargets targets, Sourcing sourcing, Map<String, List<String>> localFiles) {}

    /** An essay checked against the site: the keys it cites or nocites (nocite first, then as cited), its counts and problems. */
    public record Checked(List<String> keys, int citations, int notes, List<Diagnostic> diagnostics) {}

    public static Defined define(ParsedEssay essay) {
        List<Diagnostic> found = new ArrayList<>();
        Labels labels = Labels.assign(essay, found);
        int crossReferences = CrossRefCheck.check(essay, labels, found);
        found.addAll(BlockWarnings.of(essay));
        return new Defined(essay.slug(), essay.meta().title(), essay.meta().summary(), labels.withoutNodes(), crossReferences,
                List.copyOf(found));
    }

    /** @param files the other files of the source folder, as relative names */
    public static Site site(List<Defined> defined, Set<String> files, Sourcing sourcing, Map<String, List<String>> localFiles) {
        Map<String, LinkTargets.Essay> targets = new LinkedHashMap<>();
        for (Defined d : defined) {
            targets.put(d.slug(), new LinkTargets.Essay(d.slug(), d.title(), d.summary(), d.labels()));
        }
        return new Site(new LinkTargets(targets, files), sourcing, Map.copyOf(localFiles));
    }

    public static Checked check(ParsedEssay essay, Site site) {
        List<Diagnostic> found = new ArrayList<>();
        CitationResolver.Checked check = checked(essay, site, found).citations();
        int citations = check.ok() ? check.requests().size() : 0;
        return new Checked(List.copyOf(check.keys()), citations, check.notes().inOrder().size(), List.copyOf(found));
    }

    /**
     * Fixes, before any essay is formatted, the order every bibliography of the build picks from
     * (one sort of all the keys it cites, per style) and the year suffixes that follow it; returns
     * the warnings about unused sources.
     *
     * @param essays in the same order as {@code checked}
     * @param verbose every unused source on a line of its own, however many there are
     */
    public static List<Diagnostic> prepare(Site site, List<ParsedEssay> essays, List<Checked> checked, boolean verbose) {
        Sourcing sourcing = site.sourcing();
        Set<String> used = new LinkedHashSet<>();
        Map<Sourcing, Set<String>> usedByStyle = new IdentityHashMap<>();
        for (int i = 0; i < essays.size(); i++) {
            // in essay order: the sort keeps the order it was given for works that compare equal
            List<String> keys = checked.get(i).keys();
            used.addAll(keys);
            usedByStyle.computeIfAbsent(sourcing.forEssay(essays.get(i).slug()), s -> new LinkedHashSet<>()).addAll(keys);
        }
        sourcing.formatter().prepareOrder(used);
        usedByStyle.forEach((own, keys) -> {
            if (own != sourcing) {
                own.formatter().prepareOrder(keys);
            }
        });
        if (!sourcing.complete()) {
            return List.of();
        }
        List<Source> unused = sourcing.library().sources().stream().filter(s -> !used.contains(s.key())).toList();
        return UnusedSources.warnings(unused, verbose);
    }

    /** One essay, checked before and its site prepared: notes, labels, links and formatted citations. */
    public static EssayResolution resolve(ParsedEssay essay, Site site) {
        List<Diagnostic> reported = new ArrayList<>(); // already reported by define and check
        Labels labels = Labels.assign(essay, reported);
        Parts parts = checked(essay, site, reported);
        Citations citations = CitationResolver.format(parts.citations(), site.sourcing().forEssay(essay.slug()));
        return new EssayResolution(parts.citations().notes(), labels, parts.links(), citations);
    }

    private record Parts(EssayLinks links, CitationResolver.Checked citations) {}

    /** Notes numbered, links and citations checked, in this order (so are the problems). */
    private static Parts checked(ParsedEssay essay, Site site, List<Diagnostic> found) {
        Sourcing own = site.sourcing().forEssay(essay.slug());
        Notes notes = NoteNumbering.number(essay, own.style().isNoteStyle(), found);
        EssayLinks links = EssayLinks.resolve(essay, site.targets(), found);
        return new Parts(links, CitationResolver.check(essay, notes, own, site.localFiles().getOrDefault(essay.slug(), List.of()), found));
    }
}
