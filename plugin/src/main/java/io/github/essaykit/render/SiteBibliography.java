package io.github.essaykit.render;

import io.github.essaykit.cite.BibliographyEntry;
import io.github.essaykit.parallel.Each;
import io.github.essaykit.resolve.Sourcing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The site-wide bibliography: every source cited or nocited anywhere, in the style's order. */
public final class SiteBibliography {

    private SiteBibliography() {}

    /** @param each runs the work of parts of the entries, in parallel where it has threads */
    public static List<RenderedEssay.RenderedSource> render(Collection<String> keys, Sourcing sourcing, Each each) {
        List<RenderedEssay.RenderedSource> entries = new ArrayList<>();
        for (BibliographyEntry entry : sourcing.formatter().bibliography(keys, each)) {
            entries.add(new RenderedEssay.RenderedSource(entry.key(), EssayRenderer.entryHtml(entry, sourcing), List.of()));
        }
        return entries;
    }
}
