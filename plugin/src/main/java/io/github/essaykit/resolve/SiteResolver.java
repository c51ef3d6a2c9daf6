package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.parse.ParsedEssay;
import java.util.ArrayList;
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

        public int notes() {
            return essays.values().stream().mapToInt(e -> e.notes().inOrder().size()).sum();
        }
    }

    public static ResolvedSite resolve(List<ParsedEssay> essays, Set<String> files) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Labels> labels = new LinkedHashMap<>();
        Map<String, LinkTargets.Essay> targets = new LinkedHashMap<>();
        int crossReferences = 0;
        for (ParsedEssay essay : essays) {
            Labels essayLabels = Labels.assign(essay, diagnostics);
            labels.put(essay.slug(), essayLabels);
            targets.put(essay.slug(), new LinkTargets.Essay(essay.slug(), essay.meta().title(), essay.meta().summary(), essayLabels));
            crossReferences += CrossRefCheck.check(essay, essayLabels, diagnostics);
        }
        LinkTargets site = new LinkTargets(targets, files);
        Map<String, EssayResolution> resolved = new LinkedHashMap<>();
        for (ParsedEssay essay : essays) {
            Notes notes = NoteNumbering.number(essay, diagnostics);
            EssayLinks links = EssayLinks.resolve(essay, site, diagnostics);
            resolved.put(essay.slug(), new EssayResolution(notes, labels.get(essay.slug()), links));
        }
        return new ResolvedSite(resolved, Diagnostics.of(diagnostics), crossReferences);
    }
}
