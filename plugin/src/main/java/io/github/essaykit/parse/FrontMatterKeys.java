package io.github.essaykit.parse;

import io.github.essaykit.diagnostic.Suggestions;
import java.util.Set;

/**
 * The keys essaykit reads, and the keys pandoc, Quarto, R Markdown and JOSS documents carry that
 * it ignores on purpose. An unknown key close to one essaykit reads is likely a typo and gets a
 * "did you mean"; any other unknown key is ignored silently, as pandoc does.
 */
final class FrontMatterKeys {

    static final Set<String> READ = Set.of("title", "subtitle", "author", "authors", "affiliations", "affiliation", "date", "summary",
            "description", "abstract", "tags", "categories", "keywords", "bibliography", "nocite", "draft",
            "numberSections", "number-sections", "csl", "citation-style", "lang", "reference-section-title",
            "link-citations", "toc", "toc-depth", "toc-title");

    /** Well-known keys of other tools, never a typo of ours however close ("css" is not "csl"). */
    private static final Set<String> OTHERS = Set.of("css", "format", "execute", "editor", "editor_options", "jupyter",
            "knitr", "output", "toc-location", "number-depth", "date-format",
            "date-modified", "image", "image-alt", "engine", "params", "header-includes", "include-before",
            "include-after", "documentclass", "classoption", "geometry", "fontsize", "mainfont", "papersize",
            "linkcolor", "urlcolor", "citecolor", "thanks", "institute", "subject", "license", "copyright", "citation",
            "google-scholar", "aliases", "slug", "theme", "filters", "freeze", "crossref", "highlight-style",
            "title-block-banner", "title-block-style", "page-layout", "code-fold", "code-tools", "comments",
            "reference-location", "citation-location", "cap-location", "fig-cap-location", "tbl-cap-location",
            "suppress-bibliography", "link-bibliography", "notes-after-punctuation", "cite-method", "biblio-style",
            "biblio-title", "natbiboptions", "biblatexoptions", "pagetitle", "author-meta", "date-meta",
            "abstract-title", "vignette", "site", "layout", "aas-doi", "aas-journal", "lof", "lot", "secnumdepth",
            "template", "self-contained", "embed-resources", "html-math-method", "anchor-sections", "resources",
            "header", "footer", "eval", "echo", "warning", "message", "fig-width", "fig-height", "weight",
            "type", "published", "modified", "canonical-url", "lightbox", "funding", "keywords-title");

    private FrontMatterKeys() {}

    /** " (did you mean 'x'?)" for a likely typo of a key essaykit reads, else "" (ignore the key). */
    static String typoHint(String key) {
        if (READ.contains(key) || OTHERS.contains(key)) {
            return "";
        }
        return Suggestions.didYouMean(key, READ, key.length() <= 4 ? 1 : Math.max(2, key.length() / 4));
    }
}
