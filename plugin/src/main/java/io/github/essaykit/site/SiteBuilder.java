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
import io.github.essaykit.write.SiteWriter;
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
        BuildResult result = compile(config, memory);
        if (result.ok()) {
            SiteWriter.write(config.sourceDirectory(), config.outputDirectory(), result.files());
        }
        return result;
    }

    public static BuildResult compile(SiteConfig config) {
        return compile(config, BuildMemory.NONE);
    }

    /** Checks the site, reusing what {@code memory} kept of unchanged essays and pages. */
    public static BuildResult compile(SiteConfig config, BuildMemory memory) {
        try (EssayPool pool = EssayPool.create(config.threads())) {
            return checkAndRender(config, memory, pool);
        } catch (TemplateError e) {
            // pages are rendered only when the essays had no error, so this is the one error
            return new BuildResult(null, Diagnostics.of(List.of(e.diagnostic())), new BuildResult.Stats(0, 0, 0, 0, 0));
        }
    }

    private static BuildResult checkAndRender(SiteConfig config, BuildMemory memory, EssayPool pool) {
        ParseCache cache = memory.parses();
        List<Diagnostic> problems = new ArrayList<>();
        if (!Files.isDirectory(config.sourceDirectory())) {
            problems.add(Diagnostic.error(config.sourceDirectory().toString(), 0, 0,
                    "the source folder does not exist; create it or set sourceDirectory (-Dessay.sourceDirectory=...)"));
            return new BuildResult(null, Diagnostics.of(problems), new BuildResult.Stats(0, 0, 0, 0, 0));
        }
        SourceTree tree = SourceTree.scan(config.sourceDirectory());
        Diagnostics diagnostics = tree.diagnostics();

        EssayParser parser = new EssayParser(EssayMarkdown.parser(), config.encoding());
        List<ParsedEssay> essays = new ArrayList<>();
        for (EssayParser.Result parsed : pool.map(tree.essays(), file -> cache.parse(parser, file))) {
            diagnostics = diagnostics.plus(parsed.diagnostics());
            if (parsed.essay() != null && (config.drafts() || !parsed.essay().meta().draft())) {
                essays.add(parsed.essay());
            }
        }
        essays.sort(Comparator.comparing(ParsedEssay::slug));
        cache.retain(tree.essays());

        Set<String> sourceFiles = new HashSet<>();
        tree.others().forEach(f -> sourceFiles.add(f.relative()));
        SourcingLoader.Loaded sources = SourcingLoader.load(config, tree, essays, memory.sourcing());
        diagnostics = diagnostics.plus(sources.diagnostics());
        if (sources.sourcing() == null) {
            return new BuildResult(null, diagnostics, new BuildResult.Stats(essays.size(), 0, 0, 0, 0));
        }
        Set<String> bibliographyFiles = new HashSet<>(sources.sourcing().siteFiles());
        sources.localFiles().values().forEach(bibliographyFiles::addAll);
        List<SourceFile> copied = tree.others().stream().filter(f -> !bibliographyFiles.contains(f.relative())).toList();
        diagnostics = diagnostics.plus(Diagnostics.of(PageCollisions.check(essays, copied)));
        SiteResolver.ResolvedSite resolved = SiteResolver.resolve(essays, sourceFiles, sources.sourcing(), sources.localFiles(),
                config.verbose(), pool);
        diagnostics = diagnostics.plus(resolved.diagnostics());
        BuildResult.Stats stats = new BuildResult.Stats(essays.size(), resolved.citations(), resolved.notes(),
                resolved.crossReferences(), sources.sourcing().library().size());
        if (diagnostics.hasErrors()) {
            return new BuildResult(null, diagnostics, stats);
        }

        Templates templates = new Templates(config.templateDirectory(), shownName(config, config.templateDirectory()));
        Pages pages = new Pages(config, templates);
        CrossRefWords words = CrossRefWords.load(config.locale(), config.templateDirectory());
        SiteFiles site = new SiteFiles();
        Map<String, String> html = new LinkedHashMap<>();
        Map<String, Map<String, List<LinkCheck.Place>>> origins = new LinkedHashMap<>();
        AuthorHtml authorHtml = AuthorHtml.allowingFramesFrom(config.allowedIframeHosts());
        List<Diagnostic> warnings = new ArrayList<>();
        Map<String, List<ParsedEssay>> citedIn = new LinkedHashMap<>();
        Set<String> siteKeys = new LinkedHashSet<>();
        List<ParsedEssay> newestFirst = essays.stream().sorted(Pages.NEWEST_FIRST).toList();
        List<Page> rendered = pool.map(newestFirst, essay -> {
            boolean numbered = essay.meta().numberSections().orElse(config.numberSections());
            List<Diagnostic> found = new ArrayList<>();
            RenderedEssay body = cleaned(essay, EssayRenderer.render(essay, resolved.of(essay), resolved.sourcing(), words, numbered),
                    authorHtml, found);
            return new Page(body.sources(), pages.essay(essay, body),
                    AddressPlaces.of(essay.file().relative(), body, resolved.sourcing().library()), found);
        });
        for (int i = 0; i < newestFirst.size(); i++) {
            ParsedEssay essay = newestFirst.get(i);
            Page page = rendered.get(i);
            warnings.addAll(page.warnings());
            html.put(Pages.pagePath(essay.slug()), page.html());
            origins.put(Pages.pagePath(essay.slug()), page.origins());
            for (RenderedEssay.RenderedSource source : page.sources()) {
                citedIn.computeIfAbsent(source.id(), k -> new ArrayList<>()).add(essay);
                siteKeys.add(source.key());
            }
        }
        html.put("index.html", pages.index(essays));
        List<RenderedEssay.RenderedSource> bibliography = SiteBibliography.render(siteKeys, resolved.sourcing());
        html.put("bibliography.html", pages.bibliography(bibliography, citedIn));
        origins.put("bibliography.html", AddressPlaces.of(bibliography, sources.sourcing().library()));
        html.forEach(site::text);

        copied.forEach(asset -> site.copy(asset.relative(), asset.path()));
        TemplateAssets.addTo(site, config.templateDirectory(), config.liveReload());
        if (essays.stream().anyMatch(essay -> TexMath.occursIn(essay.document()))) {
            MathAssets.addTo(site, config.templateDirectory());
        }
        Set<String> files = new HashSet<>(site.all().keySet());
        files.removeAll(html.keySet());
        diagnostics = diagnostics.plus(Diagnostics.of(warnings)).plus(Diagnostics.of(LinkCheck.check(html, files, origins, memory.links())));
        return new BuildResult(diagnostics.hasErrors() ? null : site, diagnostics, stats);
    }

    /** An essay's page: what its bibliography cites, its HTML, warnings about its raw HTML. */
    private record Page(List<RenderedEssay.RenderedSource> sources, String html, Map<String, List<LinkCheck.Place>> origins,
            List<Diagnostic> warnings) {}

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
