package io.github.essaykit.site;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.discover.SourceTree;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.markdown.TexMath;
import io.github.essaykit.parallel.EssayPool;
import io.github.essaykit.parse.ParseCache;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.polish.AuthorHtml;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.render.CrossRefWords;
import io.github.essaykit.render.EssayRenderer;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.render.SiteBibliography;
import io.github.essaykit.resolve.SiteResolver;
import io.github.essaykit.template.TemplateError;
import io.github.essaykit.template.Templates;
import io.github.essaykit.write.OutputFolder;
import io.github.essaykit.write.SiteFiles;
import io.github.essaykit.write.SiteOutput;
import io.github.essaykit.write.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline, start to end: discover, parse, resolve, render, template, polish, write. Knows
 * nothing of Maven. {@link #compile} stops after the checks and writes nothing (essay:check);
 * {@link #build} also writes, and only when there is no error.
 *
 * <p>Memory follows the work, not the site: what is kept of each essay between the steps is
 * small (front matter, ids and numbers, cited keys, the page's ids and links), and each essay's
 * tree is read again when a later step needs it ({@link ParseCache}: parsed again in a build,
 * kept under essay:serve). A build writes each page to the staging folder as soon as it is
 * finished; a build that fails leaves the old site.
 */
public final class SiteBuilder {

    private SiteBuilder() {}

    public static BuildResult build(SiteConfig config) {
        return build(config, BuildMemory.NONE);
    }

    /**
     * Builds with what earlier builds left in {@code memory} (essay:serve).
     *
     * @throws io.github.essaykit.write.OutputFolderException when the site cannot be written where configured
     */
    public static BuildResult build(SiteConfig config, BuildMemory memory) {
        OutputFolder.check(config.sourceDirectory(), config.outputDirectory());
        try (SiteWriter.Staging staging = SiteWriter.stage(config.sourceDirectory(), config.outputDirectory())) {
            Outcome outcome = compile(config, memory, staging);
            return new BuildResult(outcome.complete() ? staging.commit() : null, outcome.diagnostics(), outcome.stats());
        }
    }

    public static BuildResult compile(SiteConfig config) {
        return compile(config, BuildMemory.NONE);
    }

    /** Checks the site, reusing what {@code memory} kept of unchanged essays and pages; the files are kept in memory. */
    public static BuildResult compile(SiteConfig config, BuildMemory memory) {
        SiteFiles files = new SiteFiles();
        Outcome outcome = compile(config, memory, files);
        return new BuildResult(outcome.complete() ? files : null, outcome.diagnostics(), outcome.stats());
    }

    /** What a run of the pipeline found; {@code complete} when every file went to the output and there is no error. */
    private record Outcome(boolean complete, Diagnostics diagnostics, BuildResult.Stats stats) {

        Outcome(Diagnostics diagnostics, BuildResult.Stats stats) {
            this(false, diagnostics, stats);
        }
    }

    private static Outcome compile(SiteConfig config, BuildMemory memory, SiteOutput output) {
        try (EssayPool pool = EssayPool.create(config.threads())) {
            return checkAndRender(config, memory, pool, output);
        } catch (TemplateError e) {
            // pages are rendered only when the essays had no error, so this is the one error
            return new Outcome(Diagnostics.of(List.of(e.diagnostic())), new BuildResult.Stats(0, 0, 0, 0, 0));
        } catch (ChangedDuringBuild e) {
            return new Outcome(Diagnostics.of(List.of(Diagnostic.error(e.file, 0, 0, "the essay changed or went away while "
                    + "the site was being built; build again"))), new BuildResult.Stats(0, 0, 0, 0, 0));
        }
    }

    /** What the first reading of an essay keeps: its front matter, what it defines, whether it holds math. */
    private record Surveyed(ParsedEssay header, SiteResolver.Defined defined, boolean math) {}

    private static Outcome checkAndRender(SiteConfig config, BuildMemory memory, EssayPool pool, SiteOutput output) {
        ParseCache cache = memory.parses();
        List<Diagnostic> problems = new ArrayList<>();
        if (!Files.isDirectory(config.sourceDirectory())) {
            problems.add(Diagnostic.error(config.sourceDirectory().toString(), 0, 0,
                    "the source folder does not exist; create it or set sourceDirectory (-Dessay.sourceDirectory=...)"));
            return new Outcome(Diagnostics.of(problems), new BuildResult.Stats(0, 0, 0, 0, 0));
        }
        SourceTree tree = SourceTree.scan(config.sourceDirectory());
        Diagnostics diagnostics = tree.diagnostics();

        EssayParser parser = new EssayParser(EssayMarkdown.parser(), config.encoding());
        record Read(EssayParser.Result parsed, Surveyed surveyed) {}
        List<Surveyed> surveyed = new ArrayList<>();
        for (Read read : pool.map(tree.essays(), file -> {
            EssayParser.Result parsed = cache.parse(parser, file);
            ParsedEssay essay = parsed.essay();
            if (essay == null || (!config.drafts() && essay.meta().draft())) {
                return new Read(parsed, null);
            }
            return new Read(new EssayParser.Result(null, parsed.diagnostics()),
                    new Surveyed(essay.withoutDocument(), SiteResolver.define(essay), TexMath.occursIn(essay.document())));
        })) {
            diagnostics = diagnostics.plus(read.parsed().diagnostics());
            if (read.surveyed() != null) {
                surveyed.add(read.surveyed());
            }
        }
        surveyed.sort(Comparator.comparing(e -> e.header().slug()));
        cache.retain(tree.essays());
        List<ParsedEssay> essays = surveyed.stream().map(Surveyed::header).toList();

        Set<String> sourceFiles = new HashSet<>();
        tree.others().forEach(f -> sourceFiles.add(f.relative()));
        SourcingLoader.Loaded sources = SourcingLoader.load(config, tree, essays, memory.sourcing());
        diagnostics = diagnostics.plus(sources.diagnostics());
        if (sources.sourcing() == null) {
            return new Outcome(diagnostics, new BuildResult.Stats(essays.size(), 0, 0, 0, 0));
        }
        Set<String> bibliographyFiles = new HashSet<>(sources.sourcing().siteFiles());
        sources.localFiles().values().forEach(bibliographyFiles::addAll);
        List<SourceFile> copied = tree.others().stream().filter(f -> !bibliographyFiles.contains(f.relative())).toList();
        diagnostics = diagnostics.plus(Diagnostics.of(PageCollisions.check(essays, copied)));

        List<SiteResolver.Defined> defined = surveyed.stream().map(Surveyed::defined).toList();
        SiteResolver.Site site = SiteResolver.site(defined, sourceFiles, sources.sourcing(), sources.localFiles());
        List<SiteResolver.Checked> checked = pool.map(essays, essay -> SiteResolver.check(again(cache, parser, essay), site));
        for (SiteResolver.Defined d : defined) {
            diagnostics = diagnostics.plus(Diagnostics.of(d.diagnostics()));
        }
        for (SiteResolver.Checked c : checked) {
            diagnostics = diagnostics.plus(Diagnostics.of(c.diagnostics()));
        }
        diagnostics = diagnostics.plus(Diagnostics.of(SiteResolver.prepare(site, essays, checked, config.verbose())));
        BuildResult.Stats stats = new BuildResult.Stats(essays.size(), checked.stream().mapToInt(SiteResolver.Checked::citations).sum(),
                checked.stream().mapToInt(SiteResolver.Checked::notes).sum(),
                defined.stream().mapToInt(SiteResolver.Defined::crossReferences).sum(), sources.sourcing().library().size());
        if (diagnostics.hasErrors()) {
            return new Outcome(diagnostics, stats);
        }

        Templates templates = new Templates(config.templateDirectory(), shownName(config, config.templateDirectory()));
        Pages pages = new Pages(config, templates);
        CrossRefWords words = CrossRefWords.load(config.locale(), config.templateDirectory());
        AuthorHtml authorHtml = AuthorHtml.allowingFramesFrom(config.allowedIframeHosts());
        List<Diagnostic> warnings = new ArrayList<>();
        Map<String, LinkCheck.Scan> scans = new LinkedHashMap<>();
        Map<String, Map<String, List<LinkCheck.Place>>> origins = new LinkedHashMap<>();
        Map<String, List<ParsedEssay>> citedIn = new LinkedHashMap<>();
        Set<String> siteKeys = new LinkedHashSet<>();
        List<ParsedEssay> newestFirst = essays.stream().sorted(Pages.NEWEST_FIRST).toList();
        // each page is written as soon as it is finished; only its sources, ids and links stay
        List<Page> rendered = pool.map(newestFirst, header -> {
            ParsedEssay essay = again(cache, parser, header);
            boolean numbered = essay.meta().numberSections().orElse(config.numberSections());
            List<Diagnostic> found = new ArrayList<>();
            RenderedEssay body = cleaned(essay, EssayRenderer.render(essay, SiteResolver.resolve(essay, site), sources.sourcing(),
                    words, numbered), authorHtml, found);
            String path = Pages.pagePath(essay.slug());
            String html = pages.essay(essay, body);
            output.put(path, bytes(html));
            return new Page(body.sources(), memory.links().scan(path, html),
                    AddressPlaces.of(essay.file().relative(), body, sources.sourcing().library()), found);
        });
        for (int i = 0; i < newestFirst.size(); i++) {
            ParsedEssay essay = newestFirst.get(i);
            Page page = rendered.get(i);
            warnings.addAll(page.warnings());
            scans.put(Pages.pagePath(essay.slug()), page.scan());
            origins.put(Pages.pagePath(essay.slug()), page.origins());
            for (RenderedEssay.RenderedSource source : page.sources()) {
                citedIn.computeIfAbsent(source.id(), k -> new ArrayList<>()).add(essay);
                siteKeys.add(source.key());
            }
        }
        Map<String, String> sitePages = new LinkedHashMap<>();
        sitePages.put("index.html", pages.index(essays));
        List<RenderedEssay.RenderedSource> bibliography = SiteBibliography.render(siteKeys, sources.sourcing());
        sitePages.put("bibliography.html", pages.bibliography(bibliography, citedIn));
        origins.put("bibliography.html", AddressPlaces.of(bibliography, sources.sourcing().library()));
        sitePages.forEach((path, html) -> {
            output.put(path, bytes(html));
            scans.put(path, memory.links().scan(path, html));
        });
        memory.links().retain(scans.keySet());

        SiteFiles assets = new SiteFiles();
        copied.forEach(asset -> assets.copy(asset.relative(), asset.path()));
        TemplateAssets.addTo(assets, config.templateDirectory(), config.liveReload());
        if (surveyed.stream().anyMatch(Surveyed::math)) {
            MathAssets.addTo(assets, config.templateDirectory());
        }
        assets.all().forEach(output::put);
        diagnostics = diagnostics.plus(Diagnostics.of(warnings))
                .plus(Diagnostics.of(LinkCheck.check(scans, assets.all().keySet(), origins)));
        return new Outcome(!diagnostics.hasErrors(), diagnostics, stats);
    }

    /** An essay's page once written: what its bibliography cites, its ids and links, warnings about its raw HTML. */
    private record Page(List<RenderedEssay.RenderedSource> sources, LinkCheck.Scan scan, Map<String, List<LinkCheck.Place>> origins,
            List<Diagnostic> warnings) {}

    /** The essay read again, whole, for a step after the first: parsed again, or as kept by the cache. */
    private static ParsedEssay again(ParseCache cache, EssayParser parser, ParsedEssay header) {
        ParsedEssay essay = cache.parse(parser, header.file()).essay();
        if (essay == null || !essay.meta().equals(header.meta())) {
            throw new ChangedDuringBuild(header.file().relative());
        }
        return essay;
    }

    /** An essay that no longer reads as it did at the start of the build (edited or deleted meanwhile). */
    private static final class ChangedDuringBuild extends RuntimeException {

        private final String file;

        ChangedDuringBuild(String file) {
            super(file, null, false, false);
            this.file = file;
        }
    }

    private static SiteFiles.Bytes bytes(String html) {
        return new SiteFiles.Bytes(html.getBytes(StandardCharsets.UTF_8));
    }

    /** A folder as diagnostics name files: relative to the source folder when inside it. */
    private static String shownName(SiteConfig config, java.nio.file.Path folder) {
        if (folder == null) {
            return "";
        }
        return SourceTree.shown(config.sourceDirectory(), folder);
    }

    private static Diagnostic removedWarning(String file, int line, int column, List<String> what) {
        return Diagnostic.warning(file, line, column, "removed raw HTML that is not on the allowlist "
                + "(it could run code or break the page's Content-Security-Policy): " + String.join(", ", what));
    }

    private static RenderedEssay cleaned(ParsedEssay essay, RenderedEssay rendered, AuthorHtml authorHtml,
            List<Diagnostic> warnings) {
        if (!AuthorHtml.needsCleaning(essay.document())) {
            return rendered;
        }
        AuthorHtml.Cleaned body = authorHtml.clean(rendered.body());
        List<String> removed = new ArrayList<>(body.removed());
        List<RenderedEssay.RenderedNote> notes = new ArrayList<>();
        for (RenderedEssay.RenderedNote note : rendered.notes()) {
            AuthorHtml.Cleaned cleanNote = authorHtml.clean(note.html());
            removed.addAll(cleanNote.removed());
            notes.add(new RenderedEssay.RenderedNote(note.id(), note.number(), cleanNote.html()));
        }
        Set<String> unplaced = new LinkedHashSet<>(removed);
        for (AuthorHtml.Removed piece : authorHtml.removedFrom(essay.document())) {
            warnings.add(removedWarning(essay.file().relative(), piece.at().line(), piece.at().column(), piece.what()));
            unplaced.removeAll(piece.what());
        }
        if (!unplaced.isEmpty()) { // refused only in context (none known): named for the whole essay
            warnings.add(removedWarning(essay.file().relative(), 0, 0, List.copyOf(unplaced)));
        }
        return new RenderedEssay(body.html(), notes, rendered.sources(), rendered.previews(), rendered.origins());
    }
}
