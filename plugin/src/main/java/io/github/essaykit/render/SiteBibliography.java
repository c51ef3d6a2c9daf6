package io.github.essaykit.render;

import io.github.essaykit.cite.BibliographyEntry;
import io.github.essaykit.resolve.Sourcing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The site-wide bibliography: every source cited or nocited anywhere, in the style's order. */
public final class SiteBibliography {

    private SiteBibliography() {}

    public static List<RenderedEssay.RenderedSource> render(Collection<String> keys, Sourcing sourcing) {
        List<RenderedEssay.RenderedSource> entries = new ArrayList<>();
        for (BibliographyEntry entry : sourcing.formatter().bibliography(keys)) {
            entries.add(new RenderedEssay.RenderedSource(entry.key(), EssayRenderer.entryHtml(entry, sourcing), List.of()));
        }
        return entries;
    }
}
