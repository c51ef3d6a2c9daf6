package io.github.essaykit.site;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything a build needs to know, independent of Maven. {@code bibliography} empty means the
 * default files ({@code sources.bib|json|yaml|yml} at the source folder's root);
 * {@code templateDirectory} may be null. {@code verbose} lists every unused source on a line of its
 * own instead of one summary line per bibliography file; {@code allowedIframeHosts}: hosts essays
 * may frame (none by default).
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
        boolean verbose,
        Set<String> allowedIframeHosts) {

    public SiteConfig {
        bibliography = List.copyOf(bibliography);
        allowedIframeHosts = allowedIframeHosts == null ? Set.of() : allowedIframeHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        style = style == null || style.isBlank() ? "chicago-author-date" : style.strip();
        locale = locale == null || locale.isBlank() ? "en-US" : locale.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        siteTitle = siteTitle == null || siteTitle.isBlank() ? "Essays" : siteTitle.strip();
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
    }

    /** No frames allowed in essays. */
    public SiteConfig(Path sourceDirectory, Path outputDirectory, List<Path> bibliography, String style, String locale,
            Path templateDirectory, String baseUrl, String siteTitle, boolean drafts, boolean numberSections,
            boolean sidenotes, boolean liveReload, Charset encoding, boolean verbose) {
        this(sourceDirectory, outputDirectory, bibliography, style, locale, templateDirectory, baseUrl, siteTitle, drafts,
                numberSections, sidenotes, liveReload, encoding, verbose, Set.of());
    }

    /** No frames allowed in essays, unused sources summarised. */
    public SiteConfig(Path sourceDirectory, Path outputDirectory, List<Path> bibliography, String style, String locale,
            Path templateDirectory, String baseUrl, String siteTitle, boolean drafts, boolean numberSections,
            boolean sidenotes, boolean liveReload, Charset encoding) {
        this(sourceDirectory, outputDirectory, bibliography, style, locale, templateDirectory, baseUrl, siteTitle, drafts,
                numberSections, sidenotes, liveReload, encoding, false, Set.of());
    }

    /** The defaults: what a project with only {@code src/essays} gets. */
    public static SiteConfig defaults(Path sourceDirectory, Path outputDirectory) {
        return new SiteConfig(sourceDirectory, outputDirectory, List.of(), null, null, null, null, null,
                false, false, true, false, StandardCharsets.UTF_8);
    }

    public SiteConfig withLiveReload(boolean on) {
        return new SiteConfig(sourceDirectory, outputDirectory, bibliography, style, locale, templateDirectory, baseUrl,
                siteTitle, drafts, numberSections, sidenotes, on, encoding, verbose, allowedIframeHosts);
    }

    /** Essays may frame https pages of these hosts (e.g. {@code www.youtube-nocookie.com}), sandboxed. */
    public SiteConfig withAllowedIframeHosts(Collection<String> hosts) {
        return new SiteConfig(sourceDirectory, outputDirectory, bibliography, style, locale, templateDirectory, baseUrl,
                siteTitle, drafts, numberSections, sidenotes, liveReload, encoding, verbose, Set.copyOf(hosts));
    }

    /** The language of the pages, from the locale ("en-US" gives "en-US"). */
    public String lang() {
        return locale;
    }
}
