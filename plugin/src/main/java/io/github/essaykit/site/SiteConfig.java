package io.github.essaykit.site;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a build needs to know, independent of Maven. {@code bibliography} empty means the
 * default files ({@code sources.bib|json|yaml|yml} at the source folder's root);
 * {@code templateDirectory} may be null. {@code verbose} lists every unused source on a line of its
 * own instead of one summary line per bibliography file.
 */
public record SiteConfig(
        Path sourceDirectory,
        Path outputDirectory,
        List<Path> bibliography,
        String style,
        String locale,
        Path templateDirectory,
        String baseUrl,
        String siteTitle,
        boolean drafts,
        boolean numberSections,
        boolean sidenotes,
        boolean liveReload,
        Charset encoding,
        boolean verbose) {

    public SiteConfig {
        bibliography = List.copyOf(bibliography);
        style = style == null || style.isBlank() ? "chicago-author-date" : style.strip();
        locale = locale == null || locale.isBlank() ? "en-US" : locale.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        siteTitle = siteTitle == null || siteTitle.isBlank() ? "Essays" : siteTitle.strip();
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
    }

    /** The defaults: what a project with only {@code src/essays} gets. */
    public static SiteConfig defaults(Path sourceDirectory, Path outputDirectory) {
        return new SiteConfig(sourceDirectory, outputDirectory, List.of(), null, null, null, null, null,
                false, false, true, false, StandardCharsets.UTF_8, false);
    }

    public SiteConfig withLiveReload(boolean on) {
        return new SiteConfig(sourceDirectory, outputDirectory, bibliography, style, locale, templateDirectory, baseUrl,
                siteTitle, drafts, numberSections, sidenotes, on, encoding, verbose);
    }

    /** The language of the pages, from the locale ("en-US" gives "en-US"). */
    public String lang() {
        return locale;
    }
}
