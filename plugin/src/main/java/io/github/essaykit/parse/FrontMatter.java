package io.github.essaykit.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An essay's YAML front matter, typed. Every string is as the author wrote it: unescaped, so
 * templates must escape it. {@code lines} maps each field name to its 1-based line in the file.
 *
 * @param summary {@code summary}, else {@code description} (Quarto), else empty
 * @param abstractText pandoc's {@code abstract}, Markdown, shown at the top of the essay
 * @param tags {@code tags}, {@code categories} (Quarto) and {@code keywords} (pandoc), in that order
 * @param style {@code csl} or {@code citation-style}: this essay's CSL style, empty for the site's
 * @param lang {@code lang}: the language of the essay's page, empty for the site's
 * @param referenceSectionTitle heading of the essay's sources, empty for the template's own
 * @param linkCitations {@code link-citations}; true unless the essay sets it false
 * @param abstractLine the line of the file where the abstract's text starts, 0 without one
 * @param description Quarto's {@code description}, shown under the title as Quarto shows it; empty without one
 * @param chunkOptions what Quarto's {@code execute:} sets for every code chunk ({@code echo: false} …)
 * @param toc {@code toc}, {@code toc-depth}, {@code toc-title} (pandoc and Quarto)
 */
public record FrontMatter(
        String title,
        String subtitle,
        List<Author> authors,
        Optional<EssayDate> date,
        String summary,
        String abstractText,
        List<String> tags,
        List<String> bibliography,
        List<String> nocite,
        boolean draft,
        Optional<Boolean> numberSections,
        String style,
        String lang,
        String referenceSectionTitle,
        boolean linkCitations,
        Toc toc,
        Map<String, Integer> lines,
        int abstractLine,
        String description,
        Map<String, String> chunkOptions) {

    /**
     * The table of contents an essay asks for: {@code show} empty means the site's setting;
     * {@code depth} heading levels counted from the essay's top level (3 unless set, as Quarto);
     * {@code title} empty means the template's own.
     */
    public record Toc(Optional<Boolean> show, int depth, String title) {

        public static final int DEFAULT_DEPTH = 3;
        public static final Toc UNSET = new Toc(Optional.empty(), DEFAULT_DEPTH, "");
    }

    public FrontMatter {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        bibliography = List.copyOf(bibliography);
        nocite = List.copyOf(nocite);
        lines = Collections.unmodifiableMap(new TreeMap<>(lines)); // by field: Map.copyOf's order changes from run to run, and page keys print it
        chunkOptions = Collections.unmodifiableMap(new LinkedHashMap<>(chunkOptions)); // in the order written: Map.copyOf's order changes from run to run
    }

    /** The line of a field, or 1 (the front matter's start) when the field is absent. */
    public int lineOf(String field) {
        return lines.getOrDefault(field, 1);
    }

    public List<String> authorNames() {
        return authors.stream().map(Author::name).toList();
    }

    /** The same front matter with {@code summary} taken from the abstract. */
    FrontMatter withSummary(String newSummary) {
        return new FrontMatter(title, subtitle, authors, date, newSummary, abstractText, tags, bibliography, nocite, draft,
                numberSections, style, lang, referenceSectionTitle, linkCitations, toc, lines, abstractLine, description,
                chunkOptions);
    }

    /** The same front matter with the title the essay's first heading or file name gives. */
    FrontMatter withTitle(String newTitle) {
        return new FrontMatter(newTitle, subtitle, authors, date, summary, abstractText, tags, bibliography, nocite, draft,
                numberSections, style, lang, referenceSectionTitle, linkCitations, toc, lines, abstractLine, description,
                chunkOptions);
    }
}
