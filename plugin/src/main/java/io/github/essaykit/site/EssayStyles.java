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
 * The styles and languages essays choose for themselves ({@code csl:} or {@code citation-style:},
 * and {@code lang:}), each style and locale loaded once per build however many essays use it. An
 * essay's {@code lang} is its citations' locale, as in pandoc (its primary dialect for a bare
 * language: {@code de} is de-DE; en-US where CSL has no locale for it); without one, the site's
 * locale, else its style's default-locale. A {@code .csl} file is found beside the essay, as its
 * {@code bibliography} files are. The site-wide bibliography page keeps the site's style and locale.
 */
final class EssayStyles {

    private EssayStyles() {}

    /** Slug to the sources in the essay's own style; problems are reported at the essay's key. */
    static Map<String, Sourcing> load(SiteConfig config, Path root, List<ParsedEssay> essays, Sourcing site,
            List<Diagnostic> problems) {
        Map<String, Sourcing> byName = new LinkedHashMap<>();
        Map<String, Sourcing> bySlug = new LinkedHashMap<>();
        for (ParsedEssay essay : essays) {
            String locale = locale(essay, problems);
            String style = essay.meta().style();
            if (style.isEmpty() || style.equals(config.style())) {
                if (locale == null || locale.equals(site.style().localeId())) {
                    continue;
                }
                style = config.style(); // the site's style in the essay's language
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
                    && CitationStyle.load(style.substring(0, style.length() - 4), null, root).style() != null) {
                // 'csl: apa.csl' with no file beside the essay: pandoc would look in its data folder; ours holds every official style
                name = style.substring(0, style.length() - 4);
                problems.add(Diagnostic.warning(essay.file().relative(), essay.meta().lineOf(key), 1, "no file '" + style
                        + "' beside the essay, so the official style '" + name + "' is used; write 'csl: " + name
                        + "' to say so, or put the file beside the essay"));
            }
            String loadedAs = name + '\u0000' + locale;
            Sourcing own = byName.get(loadedAs);
            if (own == null && !byName.containsKey(loadedAs)) {
                CitationStyle.Loaded loaded = CitationStyle.load(name, locale != null ? locale : config.locale(), root);
                for (Diagnostic d : loaded.diagnostics().all()) {
                    problems.add(Diagnostic.error(essay.file().relative(), essay.meta().lineOf(key), 1, "style '" + name + "': " + d.message()
                            + " (in '" + key + "'; a style is an official id such as apa, or a .csl file beside the essay)"));
                }
                own = loaded.style() == null ? null
                        : site.inStyle(loaded.style(), CitationFormatter.create(loaded.style(), site.library()));
                byName.put(loadedAs, own);
            }
            if (own != null) {
                bySlug.put(essay.slug(), own);
            }
        }
        return bySlug;
    }

    /**
     * The locale of the essay's citations when its {@code lang} sets one, else null (the site's):
     * a language CSL has no locale for gets en-US, as CSL's locale fallback and pandoc give it, and a warning.
     */
    private static String locale(ParsedEssay essay, List<Diagnostic> problems) {
        String lang = essay.meta().lang();
        if (lang.isEmpty()) {
            return null;
        }
        String locale = CitationStyle.localeFor(lang);
        if (locale == null) {
            problems.add(Diagnostic.warning(essay.file().relative(), essay.meta().lineOf("lang"), 1, "CSL has no locale for the"
                    + " language '" + lang + "', so this essay's citations use en-US terms and dates; write a language"
                    + " CSL knows (de, fr-CA, pt-BR ...) to have them in it"));
            return "en-US";
        }
        return locale;
    }

    private static boolean isFile(String name) {
        return name.endsWith(".csl") || name.endsWith(".xml") || name.contains("/") || name.contains("\\");
    }
}
