package io.github.essaykit.maven;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.report.SourcingText;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.links.LinkChecker;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.BuildMemory;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every essay goal shares, each also a {@code -Dessay.<name>} property, and
 * the one way a goal builds and reports: diagnostics as log lines, errors as a
 * MojoFailureException.
 */
abstract class EssayParameters extends AbstractMojo {

    /** Folder of the essays (*.md), their images and the site-wide sources. */
    @Parameter(property = "essay.sourceDirectory", defaultValue = "${basedir}/src/essays")
    File sourceDirectory;

    /** Where the site is written; the same place as the essays of {@code mvn site}. */
    @Parameter(property = "essay.outputDirectory", defaultValue = "${project.reporting.outputDirectory}/essays")
    File outputDirectory;

    /** Bibliography files (.bib, .json, .yaml); default: sources.bib|json|yaml|yml in the source folder. */
    @Parameter(property = "essay.bibliography")
    List<File> bibliography;

    /** CSL style: an id of the official style repository (e.g. apa) or a .csl file. */
    @Parameter(property = "essay.style", defaultValue = "chicago-author-date")
    String style;

    /**
     * CSL locale: an id such as en-US or de-DE (or de: its primary dialect), or a locale .xml file.
     * Unset: each style's own default-locale, else en-US, as pandoc; an essay's {@code lang} wins.
     */
    @Parameter(property = "essay.locale")
    String locale;

    /** Folder of templates and assets overriding the defaults file by file. */
    @Parameter(property = "essay.templateDirectory")
    File templateDirectory;

    /** Public address of the site, for canonical links and feeds; links stay relative. */
    @Parameter(property = "essay.baseUrl")
    String baseUrl;

    /** Title of the site, shown on every page. */
    @Parameter(property = "essay.siteTitle", defaultValue = "${project.name}")
    String siteTitle;

    /** Include essays whose front matter says draft: true. */
    @Parameter(property = "essay.drafts", defaultValue = "false")
    boolean drafts;

    /** Show section numbers in headings (an essay's front matter may override it). */
    @Parameter(property = "essay.numberSections", defaultValue = "false")
    boolean numberSections;

    /**
     * Give every essay a table of contents (an essay's front matter {@code toc: true|false}
     * overrides it; {@code toc-depth} and {@code toc-title} shape it).
     */
    @Parameter(property = "essay.toc", defaultValue = "false")
    boolean toc;

    /** On wide screens, show footnotes in the margin beside their markers. */
    @Parameter(property = "essay.sidenotes", defaultValue = "true")
    boolean sidenotes;

    /**
     * Hosts whose https pages an essay's raw HTML may show in an {@code <iframe>} (sandboxed),
     * e.g. {@code www.youtube-nocookie.com}; none by default.
     */
    @Parameter(property = "essay.allowedIframeHosts")
    List<String> allowedIframeHosts;

    /** Fail on warnings as well as errors. */
    @Parameter(property = "essay.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** List every source no essay cites on a line of its own (by default, more than 10 in a file are one line). */
    @Parameter(property = "essay.verbose", defaultValue = "false")
    boolean verbose;

    /**
     * An extra report: {@code sourcing} logs the editor's sourcing report (unsourced claims,
     * unverified quotations, book citations without a locator, ...); essay:build also writes it
     * to {@code _editor/sourcing.html}, a page no other page links to.
     */
    @Parameter(property = "essay.report")
    String report;

    /** Skip this goal. */
    @Parameter(property = "essay.skip", defaultValue = "false")
    boolean skip;

    /**
     * Threads that parse, resolve, format and render essays; 0 (the default) means one per
     * processor. The output is the same with any number.
     */
    @Parameter(property = "essay.threads", defaultValue = "0")
    int threads;

    /** Encoding of the essays. */
    @Parameter(property = "essay.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /**
     * Where finished pages are kept for the next run, by the fingerprint of what each is made
     * from: an unchanged essay is not rendered again. Only saves work (the site is the same
     * without it); delete it any time. An empty value keeps no cache.
     */
    @Parameter(property = "essay.cacheDirectory", defaultValue = "${project.build.directory}/essaykit-cache")
    String cacheDirectory; // not a File: Maven turns an empty File value into the project folder

    /**
     * Check every source address (URL, DOI) and every external link of the essays over the
     * network, and warn of each dead one where it is written; off by default, never needed.
     */
    @Parameter(property = "essay.checkLinks", defaultValue = "false")
    boolean checkLinks;

    /** Link check: seconds to wait for a server's answer (and as long again to connect). */
    @Parameter(property = "essay.linkTimeout", defaultValue = "10")
    int linkTimeout;

    /** Link check: seconds the whole check may take; addresses not reached by then are counted as not checked. */
    @Parameter(property = "essay.linkBudget", defaultValue = "120")
    int linkBudget;

    /** Link check: requests at once. */
    @Parameter(property = "essay.linkConcurrency", defaultValue = "8")
    int linkConcurrency;

    /** The DOI resolver: DOIs are looked up (essay:fetch-sources) and checked (checkLinks) there. */
    @Parameter(property = "essay.doiResolver", defaultValue = "https://doi.org")
    String doiResolver;

    /**
     * The CSL-JSON file of sources cited by identifier ({@code [@doi:…]}, {@code [@isbn:…]}):
     * essay:fetch-sources adds to it, every build reads it. Commit it.
     */
    @Parameter(property = "essay.fetchedSources", defaultValue = "${basedir}/src/bibliography/fetched.json")
    File fetchedSources;

    /** The project folder, or the current folder when run without a pom. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    /** Maven's build folder: never read as sources, even when the source folder holds it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    /** Without a pom, Maven leaves ${project.basedir} unresolved in the default; use ./target. */
    File output() {
        if (outputDirectory.getPath().contains("${")) {
            return new File(basedir, "target/site/essays");
        }
        return outputDirectory;
    }

    /**
     * The cache folder (relative to the project folder), or null for none: an empty value keeps
     * none. Without a pom the default is left unresolved: then ./target's.
     */
    Path cacheFolder() {
        if (cacheDirectory == null || cacheDirectory.isBlank()) {
            return null;
        }
        String folder = cacheDirectory.contains("${") ? "target/essaykit-cache" : cacheDirectory.strip();
        return basedir.toPath().resolve(folder);
    }

    /** The folders a build writes, which are never its sources: the cache and Maven's build folder. */
    private List<Path> skippedFolders() {
        List<Path> skipped = new ArrayList<>();
        skipped.add(buildDirectory == null || buildDirectory.getPath().contains("${") ? new File(basedir, "target").toPath()
                : buildDirectory.toPath());
        Path cache = cacheFolder();
        if (cache != null) {
            skipped.add(cache);
        }
        return skipped;
    }

    /** Without a pom the default's ${basedir} may be left unresolved: then it is the current folder's. */
    File fetched() {
        if (fetchedSources == null || fetchedSources.getPath().contains("${")) {
            return new File(basedir, "src/bibliography/fetched.json");
        }
        return fetchedSources;
    }

    /** A style or locale given as a file ("styles/house.csl") is relative to the project folder. */
    private String fromBasedir(String value) {
        if (value == null || !(value.endsWith(".csl") || value.endsWith(".xml")) || new File(value).isAbsolute()) {
            return value;
        }
        return new File(basedir, value).getAbsolutePath();
    }

    SiteConfig config() throws MojoFailureException {
        Charset charset = charset();
        String title = siteTitle == null || siteTitle.startsWith("Maven Stub Project") ? null : siteTitle;
        return SiteConfig.builder(sourceDirectory.toPath(), output().toPath())
                .bibliography(bibliography == null ? List.of() : bibliography.stream().map(File::toPath).toList())
                .style(fromBasedir(style))
                .locale(fromBasedir(locale))
                .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
                .baseUrl(baseUrl)
                .siteTitle(title)
                .drafts(drafts)
                .numberSections(numberSections)
                .toc(toc)
                .sidenotes(sidenotes)
                .liveReload(false)
                .encoding(charset)
                .verbose(verbose)
                .allowedIframeHosts(allowedIframeHosts == null ? List.of() : allowedIframeHosts)
                .threads(threads)
                .sourcingReport(sourcingReport())
                .linkCheck(checkLinks ? new LinkChecker.Options(Duration.ofSeconds(linkTimeout), Duration.ofSeconds(linkTimeout),
                        Duration.ofSeconds(linkBudget), linkConcurrency, 10) : null)
                .doiResolver(doiResolver)
                .fetchedSources(fetched().toPath())
                .skippedFolders(skippedFolders())
                .build();
    }

    private boolean sourcingReport() throws MojoFailureException {
        if (report == null || report.isBlank()) {
            return false;
        }
        if (!report.strip().equals("sourcing")) {
            throw new MojoFailureException("Unknown report '" + report.strip() + "' (essay.report); the one report is 'sourcing'");
        }
        return true;
    }

    private Charset charset() throws MojoFailureException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Unknown encoding '" + encoding + "' (essay.encoding or "
                    + "project.build.sourceEncoding); use a charset name such as UTF-8 or ISO-8859-1");
        }
    }

    /** Builds and writes the site (essay:build, and the mvn site report), unless skipped. */
    void buildSite(String goal) throws MojoFailureException, MojoExecutionException {
        if (skip) {
            getLog().info("Skipping essay:" + goal + " (essay.skip)");
            return;
        }
        long start = System.nanoTime();
        SiteConfig config = config();
        Path cache = cacheFolder();
        BuildMemory memory = cache == null ? BuildMemory.NONE : BuildMemory.stored(cache);
        BuildResult result = CoreFailures.call(() -> SiteBuilder.build(config, memory));
        report(result, (System.nanoTime() - start) / 1_000_000);
        getLog().info("Site written to " + output());
    }

    /**
     * Logs every diagnostic once, then fails the goal when there are errors (or warnings, if
     * asked) with only the count: Maven prints the exception's message too, so listing the
     * diagnostics in it would print each twice, warnings as errors.
     */
    void report(BuildResult result, long millis) throws MojoFailureException {
        logDiagnostics(result);
        if (result.sourcing() != null) {
            SourcingText.lines(result.sourcing(), sourceDirectory.toPath().getFileName() + "/").forEach(getLog()::info);
        }
        result.notes().forEach(getLog()::info);
        if (result.diagnostics().hasErrors()) {
            throw new MojoFailureException(result.diagnostics().summary() + " Each is listed above.");
        }
        if (failOnWarning && !result.diagnostics().all().isEmpty()) {
            throw new MojoFailureException(result.diagnostics().summary()
                    + " Each is listed above; warnings fail the build because essay.failOnWarning is set.");
        }
        getLog().info(result.stats() + " in " + millis + " ms");
        if (result.work().written() >= 0) {
            getLog().info(result.work().toString());
        }
    }

    /** One log line per diagnostic, errors as errors and warnings as warnings; never fails. */
    void logDiagnostics(BuildResult result) {
        logDiagnostics(result.diagnostics());
    }

    void logDiagnostics(Diagnostics diagnostics) {
        for (Diagnostic d : diagnostics.all()) {
            String line = d.shownIn(String.valueOf(sourceDirectory.toPath().getFileName()));
            if (d.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
    }
}
