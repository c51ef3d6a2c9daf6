package io.github.essaykit.publish;

import io.github.essaykit.cite.BibliographyEntry;
import io.github.essaykit.cite.CitationFormatter;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import io.github.essaykit.sources.bibtex.BibTeXWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Cite this essay": each essay as a BibLaTeX {@code @online} entry (authors, title, date, the
 * site as its organization, its address when the site has one), and that entry read back through
 * our own BibTeX reader and formatted in the site's style, so the citation shown and the
 * {@code .bib} offered are one and the same record.
 *
 * @param html the formatted citation, safe HTML; empty when the style lists no bibliography
 * @param bibtex the entry, the text of the essay's {@code .bib}
 */
public record EssayCitation(String html, String bibtex) {

    /**
     * The BibLaTeX entry of each essay, by {@link EssayRecord#key()}, each with a key of its own;
     * cheap (no formatting), so a build whose pages come from its cache pays for none.
     */
    public static Map<String, String> entries(List<EssayRecord> essays) {
        Map<String, String> bibtex = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        for (EssayRecord essay : essays) {
            String key = BibTeXWriter.safeKey(essay.key());
            for (int n = 2; !taken.add(key); n++) {
                key = BibTeXWriter.safeKey(essay.key()) + "-" + n;
            }
            bibtex.put(essay.key(), entry(key, essay));
        }
        return bibtex;
    }

    /**
     * An essay's citation: its entry read back through our reader and formatted alone in the style
     * of {@code site}, the build's formatter (whose citeproc processors it borrows); essay:build
     * keeps it for the next run while the entry is the same ({@link CitationFormatter#keptText}).
     */
    public static EssayCitation of(String slug, String entry, CitationFormatter site) {
        return new EssayCitation(site.keptText(slug, entry, () -> of(entry, site).html()), entry);
    }

    /** As {@link #of(String, String, CitationFormatter)}, formatted now. */
    public static EssayCitation of(String entry, CitationFormatter site) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Source> sources = SourceLoader.readBibLaTeX(entry, "essay.bib", problems);
        if (!problems.isEmpty() || sources.size() != 1) { // the entry is ours: a problem here is a bug, not the author's
            throw new IllegalStateException("essaykit wrote an entry it cannot read: " + problems + "\n" + entry);
        }
        String html = "";
        if (site.style().hasBibliography()) {
            // alone: in one library two essays of one author and year would be "2012a" and "2012b"
            CitationFormatter formatter = site.alone(SourceLibrary.of(sources));
            List<BibliographyEntry> formatted = formatter.bibliography(List.of(sources.get(0).key()));
            html = formatted.isEmpty() ? "" : formatted.get(0).html();
        }
        return new EssayCitation(html, entry);
    }

    private static String entry(String key, EssayRecord essay) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!essay.authors().isEmpty()) {
            fields.put("author", String.join(" and ", essay.authors().stream().map(a -> BibTeXWriter.value(a, false)).toList()));
        }
        // one brace group: the title keeps the author's capitals through the reader's sentence case and the style's title case
        fields.put("title", "{" + BibTeXWriter.value(essay.title(), false) + "}");
        if (!essay.date().isEmpty()) {
            fields.put("date", essay.date());
        }
        if (!essay.siteTitle().isBlank()) {
            fields.put("organization", BibTeXWriter.value(essay.siteTitle(), false));
        }
        if (!essay.url().isEmpty()) {
            fields.put("url", essay.url().replace("{", "%7B").replace("}", "%7D"));
        }
        StringBuilder out = new StringBuilder("@online{").append(key).append(",\n");
        fields.forEach((name, value) -> out.append("  ").append(name).append(" = {").append(value).append("},\n"));
        return out.append("}\n").toString();
    }
}
