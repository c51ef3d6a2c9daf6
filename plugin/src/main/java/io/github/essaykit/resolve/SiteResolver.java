package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.parallel.EssayPool;
import io.github.essaykit.parse.ParsedEssay;
import java.util.ArrayList;
import io.github.essaykit.sources.Source;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolve stage: the whole site at once, before anything is rendered. First what each essay
 * defines (notes, ids), then what points across essays (links), so every reference is checked
 * against the complete site.
 */
public final class SiteResolver {

    private SiteResolver() {}

    /**
     * The site resolved: each essay checked, the sources with the bibliography order fixed, all
     * problems found. An essay's citations are formatted when asked for ({@link #of}), so an
     * essay whose page is already known costs nothing more.
     */
    public record ResolvedSite(Map<String, EssayResolution.Checked> essays, Sourcing sourcing, Diagnostics diagnostics,
            int crossReferences) {

        public EssayResolution.Checked checked(ParsedEssay essay) {
            return essays.get(essay.slug());
        }

        /** The essay's resolution with its citations formatted. */
        public EssayResolution of(ParsedEssay essay) {
            return checked(essay).formatted(sourcing.forEssay(essay.slug()));
        }

        public int citations() {
            return essays.values().stream().mapToInt(EssayResolution.Checked::citationCount).sum();
        }

        public int notes() {
            return essays.values().stream().mapToInt(e -> e.notes().inOrder().size()).sum();
        }
    }

    /**
     * @param localFiles for each essay (by slug), the bibliography files of its front matter, as
     *     relative names
     * @param verbose every unused source on a line of its own, however many there are
     * @param numberSections whether headings are numbered in an essay whose front matter does not say
     * @param pool runs each essay's work; results are merged in the essays' order
     */
    public static ResolvedSite resolve(List<ParsedEssay> essays, Set<String> files, Sourcing sourcing,
            Map<String, List<String>> localFiles, boolean verbose, boolean numberSections, EssayPool pool) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        // what each essay defines, on its own
        List<Defined> defined = pool.map(essays, essay -> {
            List<Diagnostic> found = new ArrayList<>();
            Labels labels = Labels.assign(essay, essay.meta().numberSections().orElse(numberSections), found);
            int crossReferences = CrossRefCheck.check(essay, labels, found);
            found.addAll(BlockWarnings.of(essay));
            return new Defined(labels, crossReferences, found);
        });
        Map<String, LinkTargets.Essay> targets = new LinkedHashMap<>();
        int crossReferences = 0;
        for (int i = 0; i < essays.size(); i++) {
            ParsedEssay essay = essays.get(i);
            Defined d = defined.get(i);
            targets.put(essay.slug(), new LinkTargets.Essay(essay.slug(), essay.meta().title(), essay.meta().summary(), d.labels()));
            crossReferences += d.crossReferences();
            diagnostics.addAll(d.diagnostics());
        }
        // the site-wide facts, complete and immutable, before any essay points across
        LinkTargets site = new LinkTargets(targets, files);
        List<Checked> checked = pool.map(essays, essay -> {
            List<Diagnostic> found = new ArrayList<>();
            Sourcing own = sourcing.forEssay(essay.slug());
            Notes notes = NoteNumbering.number(essay, own.style().isNoteStyle(), found);
            EssayLinks links = EssayLinks.resolve(essay, site, found);
            CitationResolver.Checked check = CitationResolver.check(essay, notes, own,
                    localFiles.getOrDefault(essay.slug(), List.of()), found);
            return new Checked(links, check, found);
        });
        Set<String> used = new LinkedHashSet<>();
        Map<Sourcing, Set<String>> usedByStyle = new IdentityHashMap<>();
        for (int i = 0; i < essays.size(); i++) {
            Checked check = checked.get(i);
            diagnostics.addAll(check.diagnostics());
            used.addAll(check.citations().keys());
            usedByStyle.computeIfAbsent(sourcing.forEssay(essays.get(i).slug()), s -> new LinkedHashSet<>())
                    .addAll(check.citations().keys());
        }
        // every bibliography of the build picks from one sort of all the keys it cites (per style),
        // and the year suffixes follow it: both fixed here, before any essay is formatted
        usedByStyle.computeIfAbsent(sourcing, s -> new LinkedHashSet<>()).addAll(used);
        Sourcing ordered = sourcing.ordered(usedByStyle);
        Map<String, EssayResolution.Checked> resolved = new LinkedHashMap<>();
        for (int i = 0; i < essays.size(); i++) {
            Checked check = checked.get(i);
            resolved.put(essays.get(i).slug(), new EssayResolution.Checked(check.citations().notes(), defined.get(i).labels(),
                    check.links(), check.citations()));
        }
        if (sourcing.complete()) {
            List<Source> unused = sourcing.library().sources().stream().filter(s -> !used.contains(s.key())).toList();
            diagnostics.addAll(UnusedSources.warnings(unused, verbose));
        }
        return new ResolvedSite(resolved, ordered, Diagnostics.of(diagnostics), crossReferences);
    }

    private record Defined(Labels labels, int crossReferences, List<Diagnostic> diagnostics) {}

    private record Checked(EssayLinks links, CitationResolver.Checked citations, List<Diagnostic> diagnostics) {}
}
