package io.github.essaykit.site;

import io.github.essaykit.links.LinkChecker;
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
 * may frame (none by default); {@code threads}: how many essays are worked on at once (the
 * output does not depend on it); {@code toc}: essays get a table of contents unless their front
 * matter says {@code toc: false}; {@code sourcingReport}: the result carries the editor's sourcing
 * report and the site gets it as the unlinked page {@code _editor/sourcing.html}; {@code linkCheck}:
 * check source addresses and external links over the network with these limits (null: no check,
 * the default); {@code doiResolver}: where DOIs are looked up and checked; {@code fetchedSources}:
 * the CSL-JSON file of sources looked up by identifier, read with the bibliography when it exists
 * (may be null); {@code skippedFolders}: folders never read as sources even when they lie inside
 * the source folder (the build's own cache and Maven's {@code target/}), so a build cannot publish
 * its own working files.
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
        boolean toc,
        boolean sidenotes,
        boolean liveReload,
        Charset encoding,
        boolean verbose,
        Set<String> allowedIframeHosts,
        int threads,
        boolean sourcingReport,
        LinkChecker.Options linkCheck,
        String doiResolver,
        Path fetchedSources,
        List<Path> skippedFolders) {

    public SiteConfig {
        bibliography = List.copyOf(bibliography);
        skippedFolders = List.copyOf(skippedFolders);
        allowedIframeHosts = allowedIframeHosts == null ? Set.of() : allowedIframeHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        style = style == null || style.isBlank() ? "chicago-author-date" : style.strip();
        locale = locale == null || locale.isBlank() ? null : locale.strip(); // null: the style's default-locale for citations
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        siteTitle = siteTitle == null || siteTitle.isBlank() ? "Essays" : siteTitle.strip();
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
        threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        doiResolver = doiResolver == null || doiResolver.isBlank() ? DOI_RESOLVER : doiResolver.strip();
    }

    /** Where a DOI is looked up and linked unless configured otherwise. */
    public static final String DOI_RESOLVER = "https://doi.org";

    /** A builder with the defaults: what a project with only {@code src/essays} gets. */
    public static Builder builder(Path sourceDirectory, Path outputDirectory) {
        return new Builder(sourceDirectory, outputDirectory);
    }

    /** The defaults: what a project with only {@code src/essays} gets. */
    public static SiteConfig defaults(Path sourceDirectory, Path outputDirectory) {
        return builder(sourceDirectory, outputDirectory).build();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return builder(sourceDirectory, outputDirectory).bibliography(bibliography).style(style).locale(locale)
                .templateDirectory(templateDirectory).baseUrl(baseUrl).siteTitle(siteTitle).drafts(drafts)
                .numberSections(numberSections).toc(toc).sidenotes(sidenotes).liveReload(liveReload).encoding(encoding)
                .verbose(verbose).allowedIframeHosts(allowedIframeHosts).threads(threads).sourcingReport(sourcingReport)
                .linkCheck(linkCheck).doiResolver(doiResolver).fetchedSources(fetchedSources).skippedFolders(skippedFolders);
    }

    /** Named setters for the components; unset ones keep their defaults (sidenotes on, everything else off or empty). */
    public static final class Builder {
        private final Path sourceDirectory;
        private final Path outputDirectory;
        private List<Path> bibliography = List.of();
        private String style;
        private String locale;
        private Path templateDirectory;
        private String baseUrl;
        private String siteTitle;
        private boolean drafts;
        private boolean numberSections;
        private boolean toc;
        private boolean sidenotes = true;
        private boolean liveReload;
        private Charset encoding;
        private boolean verbose;
        private Set<String> allowedIframeHosts = Set.of();
        private int threads;
        private boolean sourcingReport;
        private LinkChecker.Options linkCheck;
        private String doiResolver;
        private Path fetchedSources;
        private List<Path> skippedFolders = List.of();

        private Builder(Path sourceDirectory, Path outputDirectory) {
            this.sourceDirectory = sourceDirectory;
            this.outputDirectory = outputDirectory;
        }

        /** The bibliography files; empty means the default files at the source folder's root. */
        public Builder bibliography(List<Path> bibliography) {
            this.bibliography = bibliography;
            return this;
        }

        public Builder style(String style) {
            this.style = style;
            return this;
        }

        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        public Builder templateDirectory(Path templateDirectory) {
            this.templateDirectory = templateDirectory;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder siteTitle(String siteTitle) {
            this.siteTitle = siteTitle;
            return this;
        }

        public Builder drafts(boolean drafts) {
            this.drafts = drafts;
            return this;
        }

        public Builder numberSections(boolean numberSections) {
            this.numberSections = numberSections;
            return this;
        }

        /** A table of contents on every essay whose front matter does not say otherwise. */
        public Builder toc(boolean toc) {
            this.toc = toc;
            return this;
        }

        public Builder sidenotes(boolean sidenotes) {
            this.sidenotes = sidenotes;
            return this;
        }

        public Builder liveReload(boolean liveReload) {
            this.liveReload = liveReload;
            return this;
        }

        public Builder encoding(Charset encoding) {
            this.encoding = encoding;
            return this;
        }

        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        /** Essays may frame https pages of these hosts (e.g. {@code www.youtube-nocookie.com}), sandboxed. */
        public Builder allowedIframeHosts(Collection<String> hosts) {
            this.allowedIframeHosts = Set.copyOf(hosts);
            return this;
        }

        /** Threads for the per-essay work; 0 or less (the default) means one per processor. Output is the same with any. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** The editor's sourcing report: in the result, and written to {@code _editor/sourcing.html}. */
        public Builder sourcingReport(boolean sourcingReport) {
            this.sourcingReport = sourcingReport;
            return this;
        }

        /** Check every source address and external link over the network with these limits; null (the default): no check. */
        public Builder linkCheck(LinkChecker.Options linkCheck) {
            this.linkCheck = linkCheck;
            return this;
        }

        /** The DOI resolver's address (default {@link #DOI_RESOLVER}): DOI links are checked there. */
        public Builder doiResolver(String doiResolver) {
            this.doiResolver = doiResolver;
            return this;
        }

        /** The CSL-JSON file essay:fetch-sources writes; every build reads it when it exists. Null: none. */
        public Builder fetchedSources(Path fetchedSources) {
            this.fetchedSources = fetchedSources;
            return this;
        }

        /** Folders not read as sources even inside the source folder: the cache and the build's output. */
        public Builder skippedFolders(List<Path> skippedFolders) {
            this.skippedFolders = skippedFolders;
            return this;
        }

        public SiteConfig build() {
            return new SiteConfig(sourceDirectory, outputDirectory, bibliography, style, locale, templateDirectory,
                    baseUrl, siteTitle, drafts, numberSections, toc, sidenotes, liveReload, encoding, verbose,
                    allowedIframeHosts, threads, sourcingReport, linkCheck, doiResolver, fetchedSources, skippedFolders);
        }
    }

    /**
     * The language of the pages, from the locale ("en-US" gives "en-US"); en-US when none is set,
     * whatever language the style's {@code default-locale} gives its citations.
     */
    public String lang() {
        return locale == null ? "en-US" : locale;
    }
}
