package io.github.essaykit.site;

import io.github.essaykit.cite.CitationFormatter;
import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.discover.SourceTree;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.resolve.Sourcing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The styles essays choose for themselves ({@code csl:} or {@code citation-style:}), each loaded
 * once per build however many essays use it, with the site's locale. A {@code .csl} file is
 * found beside the essay, as its {@code bibliography} files are. The site-wide bibliography page
 * keeps the site's style.
 */
final class EssayStyles {

    private EssayStyles() {}

    /** Slug to the sources in the essay's own style; problems are reported at the essay's key. */
    static Map<String, Sourcing> load(SiteConfig config, Path root, List<ParsedEssay> essays, Sourcing site,
            List<Diagnostic> problems) {
        Map<String, Sourcing> byName = new LinkedHashMap<>();
        Map<String, Sourcing> bySlug = new LinkedHashMap<>();
        for (ParsedEssay essay : essays) {
            String style = essay.meta().style();
            if (style.isEmpty() || style.equals(config.style())) {
                continue;
            }
            if (style.matches("(?i)https?://.*")) {
                String key = essay.meta().lines().containsKey("csl") ? "csl" : "citation-style";
                problems.add(Diagnostic.error(essay.file().relative(), essay.meta().lineOf(key), 1, "the style '" + style
                        + "' is a web address; essaykit builds offline, so save the .csl file beside the essay and name it"));
                continue;
            }
            Path file = isFile(style) ? essay.file().path().toAbsolutePath().normalize().getParent().resolve(style).normalize() : null;
            String name = file == null ? style : SourceTree.shown(root, file);
            String key = essay.meta().lines().containsKey("csl") ? "csl" : "citation-style";
            if (file != null && !Files.exists(file) && style.matches("[a-z0-9-]+\\.csl")
                    && CitationStyle.load(style.substring(0, style.length() - 4), config.locale(), root).style() != null) {
                // 'csl: apa.csl' with no file beside the essay: pandoc would look in its data folder; ours holds every official style
                name = style.substring(0, style.length() - 4);
                problems.add(Diagnostic.warning(essay.file().relative(), essay.meta().lineOf(key), 1, "no file '" + style
                        + "' beside the essay, so the official style '" + name + "' is used; write 'csl: " + name
                        + "' to say so, or put the file beside the essay"));
            }
            Sourcing own = byName.get(name);
            if (own == null && !byName.containsKey(name)) {
                CitationStyle.Loaded loaded = CitationStyle.load(name, config.locale(), root);
                for (Diagnostic d : loaded.diagnostics().all()) {
                    problems.add(Diagnostic.error(essay.file().relative(), essay.meta().lineOf(key), 1, "style '" + name + "': " + d.message()
                            + " (in '" + key + "'; a style is an official id such as apa, or a .csl file beside the essay)"));
                }
                own = loaded.style() == null ? null
                        : site.inStyle(loaded.style(), CitationFormatter.create(loaded.style(), site.library()));
                byName.put(name, own);
            }
            if (own != null) {
                bySlug.put(essay.slug(), own);
            }
        }
        return bySlug;
    }

    private static boolean isFile(String name) {
        return name.endsWith(".csl") || name.endsWith(".xml") || name.contains("/") || name.contains("\\");
    }
}
