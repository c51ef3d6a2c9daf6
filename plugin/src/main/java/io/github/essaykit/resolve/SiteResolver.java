package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.parallel.Each;
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
 * Resolve stage, in two steps so that no step holds every essay's tree: {@link #check} reads one
 * essay's tree and returns what the site needs of it (its ids, the keys it cites, its links,
 * its problems); {@link #resolve} puts these together, checks every link against the complete
 * site and fixes the bibliography order. When a page is rendered, {@link ResolvedSite#of}
 * resolves its essay's tree again against these site-wide facts.
 */
public final class SiteResolver {

    private SiteResolver() {}

    /**
     * One essay checked on its own (its links still to be checked against the site): what it
     * defines, what it cites, its counts and the problems found.
     */
    public record EssayCheck(String slug, String file, String title, String summary, Map<String, Label> labels,
            List<EssayLinks.Use> links, Set<String> keys, Set<String> cited, int citations, int notes, int crossReferences,
            List<Diagnostic> diagnostics) {

        public EssayCheck {
            links = List.copyOf(links);
            diagnostics = List.copyOf(diagnostics);
            keys = KeySet.of(keys); // kept for every essay until the site-wide pages: compact, each key's text shared
            cited = KeySet.of(cited);
        }
    }

    /**
     * The site resolved: each essay checked, the sources with the bibliography order fixed, all
     * problems found. An essay's tree is resolved again, and its citations formatted, when its
     * page is made ({@link #of}), so an essay whose page is already known costs nothing more.
     */
    public record ResolvedSite(Map<String, EssayResolution.Checked> essays, Sourcing sourcing, LinkTargets site,
            Map<String, List<String>> localFiles, boolean numberSections, Diagnostics diagnostics, int crossReferences) {

        public EssayResolution.Checked checked(ParsedEssay essay) {
            return essays.get(essay.slug());
        }

        /**
         * The resolution of {@code essay}'s tree (the one checked before, parsed again), its citations
         * formatted in its style, ordered for the site. Its problems were reported by {@link #check}.
         */
        public EssayResolution of(ParsedEssay essay) {
            List<Diagnostic> reported = new ArrayList<>();
            Sourcing own = sourcing.forEssay(essay.slug());
            Labels labels = Labels.assign(essay, essay.meta().numberSections().orElse(numberSections), reported);
            Notes notes = NoteNumbering.number(essay, own.style().isNoteStyle(), reported);
            EssayLinks links = EssayLinks.resolve(essay, site, reported);
            CitationResolver.Checked check = CitationResolver.check(essay, notes, own,
                    localFiles.getOrDefault(essay.slug(), List.of()), reported);
            return new EssayResolution(notes, labels, links, CitationResolver.format(check, own));
        }

        public int citations() {
            return essays.values().stream().mapToInt(EssayResolution.Checked::citations).sum();
        }

        public int notes() {
            return essays.values().stream().mapToInt(EssayResolution.Checked::notes).sum();
        }
    }

    /**
     * Checks one essay on its own: its ids, cross-references, blocks, notes, citation keys, and
     * which of its links and images may be published.
     *
     * @param sourcing the build's sources (the essay's own style chosen here)
     * @param ownFiles the bibliography files of the essay's front matter, as relative names
     * @param numberSections whether headings are numbered in an essay whose front matter does not say
     */
    public static EssayCheck check(ParsedEssay essay, Sourcing sourcing, List<String> ownFiles, boolean numberSections) {
        List<Diagnostic> found = new ArrayList<>();
        Labels labels = Labels.assign(essay, essay.meta().numberSections().orElse(numberSections), found);
        int crossReferences = CrossRefCheck.check(essay, labels, found);
        found.addAll(BlockWarnings.of(essay));
        Sourcing own = sourcing.forEssay(essay.slug());
        Notes notes = NoteNumbering.number(essay, own.style().isNoteStyle(), found);
        List<EssayLinks.Use> links = EssayLinks.uses(essay, found);
        CitationResolver.Checked check = CitationResolver.check(essay, notes, own, ownFiles, found);
        Set<String> cited = new LinkedHashSet<>();
        check.requests().forEach(r -> r.items().forEach(item -> cited.add(item.key())));
        return new EssayCheck(essay.slug(), essay.file().relative(), essay.meta().title(), essay.meta().summary(),
                labels.byId(), links, check.keys(), cited, check.ok() ? check.requests().size() : 0, notes.inOrder().size(),
                crossReferences, found);
    }

    /**
     * @param essays each essay checked, in the site's order
     * @param files the other files of the source folder, as relative names
     * @param localFiles for each essay (by slug), the bibliography files of its front matter, as
     *     relative names
     * @param verbose every unused source on a line of its own, however many there are
     * @param numberSections whether headings are numbered in an essay whose front matter does not say
     * @param each runs the parts of the bibliography sort (the build's threads)
     */
    public static ResolvedSite resolve(List<EssayCheck> essays, Set<String> files, Sourcing sourcing,
            Map<String, List<String>> localFiles, boolean verbose, boolean numberSections, Each each) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, LinkTargets.Essay> targets = new LinkedHashMap<>();
        int crossReferences = 0;
        for (EssayCheck essay : essays) {
            targets.put(essay.slug(), new LinkTargets.Essay(essay.slug(), essay.title(), essay.summary(), essay.labels()));
            crossReferences += essay.crossReferences();
            diagnostics.addAll(essay.diagnostics());
        }
        // the site-wide facts, complete and immutable, before any essay points across
        LinkTargets site = new LinkTargets(targets, files);
        Set<String> used = new LinkedHashSet<>();
        Map<Sourcing, Set<String>> usedByStyle = new IdentityHashMap<>();
        Map<String, EssayResolution.Checked> resolved = new LinkedHashMap<>();
        List<EssayLinks.Checked> checkedLinks = new ArrayList<>();
        for (EssayCheck essay : essays) {
            checkedLinks.add(EssayLinks.check(essay.file(), essay.links(), site, diagnostics));
        }
        // the pages need of other essays only the labels a link names (its preview): the rest, a
        // few hundred bytes of excerpt each, are let go before the first page is made
        LinkTargets linked = site.namedBy(checkedLinks);
        for (int i = 0; i < essays.size(); i++) {
            EssayCheck essay = essays.get(i);
            used.addAll(essay.keys());
            usedByStyle.computeIfAbsent(sourcing.forEssay(essay.slug()), s -> new LinkedHashSet<>()).addAll(essay.keys());
            resolved.put(essay.slug(), new EssayResolution.Checked(essay.title(), essay.summary(), essay.keys(),
                    essay.cited(), essay.citations(), essay.notes(), essay.crossReferences(), checkedLinks.get(i).in(linked)));
        }
        // every bibliography of the build picks from one sort of all the keys it cites (per style),
        // and the year suffixes follow it: both fixed here, before any essay is formatted
        usedByStyle.computeIfAbsent(sourcing, s -> new LinkedHashSet<>()).addAll(used);
        Sourcing ordered = sourcing.ordered(usedByStyle, each);
        if (sourcing.complete()) {
            List<Source> unused = sourcing.library().sources().stream().filter(s -> !used.contains(s.key())).toList();
            diagnostics.addAll(UnusedSources.warnings(unused, verbose));
        }
        return new ResolvedSite(resolved, ordered, linked, Map.copyOf(localFiles), numberSections, Diagnostics.of(diagnostics),
                crossReferences);
    }
}
