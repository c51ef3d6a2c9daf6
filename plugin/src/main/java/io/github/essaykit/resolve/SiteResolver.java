package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
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

    public record ResolvedSite(Map<String, EssayResolution> essays, Diagnostics diagnostics, int crossReferences) {

        public EssayResolution of(ParsedEssay essay) {
            return essays.get(essay.slug());
        }

        public int citations() {
            return essays.values().stream().mapToInt(e -> e.citations().uses().size()).sum();
        }

        public int notes() {
            return essays.values().stream().mapToInt(e -> e.notes().inOrder().size()).sum();
        }
    }

    /**
     * @param localFiles for each essay (by slug), the bibliography files of its front matter, as
     *     relative names
     * @param verbose every unused source on a line of its own, however many there are
     */
    public static ResolvedSite resolve(List<ParsedEssay> essays, Set<String> files, Sourcing sourcing,
            Map<String, List<String>> localFiles, boolean verbose) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Labels> labels = new LinkedHashMap<>();
        Map<String, LinkTargets.Essay> targets = new LinkedHashMap<>();
        int crossReferences = 0;
        for (ParsedEssay essay : essays) {
            Labels essayLabels = Labels.assign(essay, diagnostics);
            labels.put(essay.slug(), essayLabels);
            targets.put(essay.slug(), new LinkTargets.Essay(essay.slug(), essay.meta().title(), essay.meta().summary(), essayLabels));
            crossReferences += CrossRefCheck.check(essay, essayLabels, diagnostics);
            diagnostics.addAll(BlockWarnings.of(essay));
        }
        LinkTargets site = new LinkTargets(targets, files);
        Map<String, EssayLinks> links = new LinkedHashMap<>();
        List<CitationResolver.Checked> checked = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Map<Sourcing, Set<String>> usedByStyle = new IdentityHashMap<>();
        for (ParsedEssay essay : essays) {
            Sourcing own = sourcing.forEssay(essay.slug());
            Notes notes = NoteNumbering.number(essay, own.style().isNoteStyle(), diagnostics);
            links.put(essay.slug(), EssayLinks.resolve(essay, site, diagnostics));
            CitationResolver.Checked check = CitationResolver.check(essay, notes, own,
                    localFiles.getOrDefault(essay.slug(), List.of()), diagnostics);
            checked.add(check);
            used.addAll(check.keys());
            usedByStyle.computeIfAbsent(own, s -> new LinkedHashSet<>()).addAll(check.keys());
        }
        // every bibliography of the build picks from one sort of all the keys it cites (per style)
        sourcing.formatter().prepareOrder(used);
        usedByStyle.forEach((own, keys) -> {
            if (own != sourcing) {
                own.formatter().prepareOrder(keys);
            }
        });
        Map<String, EssayResolution> resolved = new LinkedHashMap<>();
        for (CitationResolver.Checked check : checked) {
            String slug = check.essay().slug();
            resolved.put(slug, new EssayResolution(check.notes(), labels.get(slug), links.get(slug),
                    CitationResolver.format(check, sourcing.forEssay(slug))));
        }
        if (sourcing.complete()) {
            List<Source> unused = sourcing.library().sources().stream().filter(s -> !used.contains(s.key())).toList();
            diagnostics.addAll(UnusedSources.warnings(unused, verbose));
        }
        return new ResolvedSite(resolved, Diagnostics.of(diagnostics), crossReferences);
    }
}
