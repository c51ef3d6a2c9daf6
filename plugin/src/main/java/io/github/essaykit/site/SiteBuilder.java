package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.discover.SourceTree;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.links.LinkChecker;
import io.github.essaykit.links.LinkHealth;
import io.github.essaykit.parallel.EssayPool;
import io.github.essaykit.parse.ParseCache;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.polish.Addresses;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.quotes.SourceTexts;
import io.github.essaykit.report.SourcingAnalysis;
import io.github.essaykit.report.SourcingPage;
import io.github.essaykit.report.SourcingReport;
import io.github.essaykit.render.ImageSizes;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.resolve.SiteResolver;
import io.github.essaykit.template.TemplateError;
import io.github.essaykit.template.TemplateFolder;
import io.github.essaykit.template.Templates;
import io.github.essaykit.write.OutputDigests;
import io.github.essaykit.write.OutputFolder;
import io.github.essaykit.write.SiteFiles;
import io.github.essaykit.write.SiteOutput;
import io.github.essaykit.write.SiteWriter;
import io.github.essaykit.write.StagedSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

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
        Path out = OutputFolder.check(config.sourceDirectory(), config.outputDirectory(), config.skippedFolders());
        UnchangedSite unchanged = UnchangedSite.of(config, out, memory.stored());
        if (unchanged.result() != null) {
            return unchanged.result();
        }
        Staging staging = new Staging(config, memory.stored(), unchanged.tree());
        BuildResult result;
        try (staging) {
            result = compile(config, memory, staging);
            if (!result.ok()) {
                return result; // closing the staging folder leaves the old site as it was
            }
            result = result.written(staging.site.commit());
            staging.keepDigests();
        }
        unchanged.record(result, staging.read, staging.site == null ? OutputDigests.NONE : staging.site.digests()); // once the staging folder is gone
        return result;
    }

    /** Checks the site and keeps its files in memory ({@link BuildResult#files}). */
    public static BuildResult compile(SiteConfig config) {
        return compile(config, BuildMemory.NONE);
    }

    /** Checks the site, reusing what {@code memory} kept of unchanged essays and pages; keeps its files in memory. */
    public static BuildResult compile(SiteConfig config, BuildMemory memory) {
        return compile(config, memory, SiteFiles::new);
    }

    /**
     * As {@link #compile(SiteConfig, BuildMemory)}, taking from {@code earlier} (the last site
     * compiled in this session, or null) the bytes of each page that is the same value.
     */
    public static BuildResult compile(SiteConfig config, BuildMemory memory, SiteFiles earlier) {
        return compile(config, memory, () -> SiteFiles.reusing(earlier));
    }

    /** Checks the site and keeps none of its files (essay:check). */
    public static BuildResult check(SiteConfig config) {
        return compile(config, BuildMemory.NONE, SiteOutput::discarding);
    }

    /**
     * The staging folder of one build, opened when the first page is finished, with the digests
     * of the files the last build left in the output folder ({@link OutputDigests}, kept in
     * {@code cache}).
     */
    private static final class Staging implements Supplier<SiteOutput>, AutoCloseable {

        private final SiteConfig config;
        private final ResultCache cache;
        private final String digestsKey;
        private StagedSite site;
        /** What the build read, for {@link UnchangedSite#record}. */
        private UnchangedSite.Read read;
        /** The source folder as the unchanged-site check scanned it, or null. */
        private final SourceTree tree;

        Staging(SiteConfig config, ResultCache cache, SourceTree tree) {
            this.config = config;
            this.cache = cache;
            this.tree = tree;
            this.digestsKey = Fingerprint.start("output digests").add(config.outputDirectory().toAbsolutePath().normalize()).hex();
        }

        @Override
        public SiteOutput get() {
            OutputDigests before = OutputDigests.NONE;
            try {
                before = cache.get(digestsKey).map(OutputDigests::read).orElse(OutputDigests.NONE);
            } catch (Blob.Corrupt e) {
                // every file compared by its bytes
            }
            site = SiteWriter.open(config.sourceDirectory(), config.outputDirectory(), config.skippedFolders(), before);
            return site;
        }

        /** Keeps the digests of the site just committed for the next build. */
        void keepDigests() {
            if (cache.keeps()) {
                cache.put(digestsKey, site.digests().bytes());
            }
        }

        @Override
        public void close() {
            if (site != null) {
                site.close();
            }
        }
    }

    private static BuildResult compile(SiteConfig config, BuildMemory memory, Supplier<SiteOutput> output) {
        try (EssayPool pool = EssayPool.create(config.threads())) {
            BuildMemory build = memory.forOneBuild();
            CheckedSite checked = check(config, build, pool, output);
            return checked.failed() != null ? checked.failed() : render(config, build, pool, output, checked);
        } catch (TemplateError e) {
            // pages are rendered only when the essays had no error, so this is the one error
            return new BuildResult(null, Diagnostics.of(List.of(e.diagnostic())), new BuildResult.Stats(0, 0, 0, 0, 0));
        }
    }

    /**
     * What the pages are made from, once every essay is checked ({@code failed} null), or the
     * result of a site that has errors. Each essay's facts stay behind in {@link #check}: the
     * pages need only what is here.
     */
    private record CheckedSite(BuildResult failed, Diagnostics diagnostics, BuildResult.Stats stats, SourcingReport report,
            EssayParser parser, SourcingLoader.Loaded sources, SourceTexts sourceTexts, List<SourceFile> copied,
            List<ParsedEssay> essays, SiteResolver.ResolvedSite resolved, Map<String, String> digests, Map<String, Integer> words,
            List<Map<String, String>> imageSizes, List<Map<String, List<LinkHealth.Place>>> addresses, boolean math,
            Set<String> parsedNow) {

        static CheckedSite failed(BuildResult result) {
            return new CheckedSite(result, null, null, null, null, null, null, null, null, null, null, null, null, null, false, null);
        }
    }

    private static CheckedSite check(SiteConfig config, BuildMemory memory, EssayPool pool, Supplier<SiteOutput> output) {
        ParseCache cache = memory.parses();
        List<Diagnostic> problems = new ArrayList<>();
        if (!Files.isDirectory(config.sourceDirectory())) {
            problems.add(Diagnostic.error(config.sourceDirectory().toString(), 0, 0,
                    "the source folder does not exist; create it or set sourceDirectory (-Dessay.sourceDirectory=...)"));
            return CheckedSite.failed(new BuildResult(null, Diagnostics.of(problems), new BuildResult.Stats(0, 0, 0, 0, 0)));
        }
        SourceTree tree = output instanceof Staging staging && staging.tree != null ? staging.tree // scanned as the build started
                : SourceTree.scan(config.sourceDirectory(), config.skippedFolders());
        Diagnostics diagnostics = tree.diagnostics();
        if (tree.essays().isEmpty()) { // most often the wrong folder: an empty site is not what was asked for
            diagnostics = diagnostics.plus(Diagnostics.of(List.of(Diagnostic.warning("", 0, 0, // the source folder itself
                    "no essays here: an essay is a .md, .markdown, .qmd or .Rmd file in this folder or below it "
                            + "(hidden folders and target/ are not read); check sourceDirectory (-Dessay.sourceDirectory=...)"))));
        }

        EssayParser parser = new EssayParser(EssayMarkdown::parser, config.encoding());
        Set<String> texts = SourceTexts.candidates(tree);
        List<SourceFile> essayFiles = tree.essays().stream().filter(f -> !texts.contains(f.relative())).toList();
        // the front matter first: which essays are published and which sources they load
        List<ParsedEssay> heads = new ArrayList<>();
        EssayReading reading = new EssayReading(parser, cache, memory.stored(), EssayStamps.in(memory.stored(), config.sourceDirectory()));
        // the style and the site-wide bibliography need no essay: loaded on a thread the heads would leave idle
        Supplier<SourcingLoader.SiteWide> siteWide = pool.beside(() -> SourcingLoader.siteWide(config, tree, memory));
        for (ParsedEssay head : pool.map(essayFiles, reading::head)) {
            if (head != null && (config.drafts() || !head.meta().draft())) {
                heads.add(head);
            }
        }
        heads.sort(Comparator.comparing(ParsedEssay::slug));
        reading.saveStamps();

        Set<String> sourceFiles = new HashSet<>();
        tree.others().forEach(f -> sourceFiles.add(f.relative()));
        SourcingLoader.Loaded sources = SourcingLoader.load(config, heads, memory, siteWide.get());
        diagnostics = diagnostics.plus(sources.diagnostics());
        if (sources.sourcing() == null) {
            for (Diagnostics parsed : pool.map(essayFiles, file -> cache.read(parser, file).result().diagnostics())) {
                diagnostics = diagnostics.plus(parsed);
            }
            cache.retain(tree.essays());
            return CheckedSite.failed(new BuildResult(null, diagnostics, new BuildResult.Stats(heads.size(), 0, 0, 0, 0)));
        }
        SourceTexts sourceTexts = SourceTexts.find(config.sourceDirectory(), sources.sourcing().library(), config.encoding());
        if (output instanceof Staging staging) {
            staging.read = new UnchangedSite.Read(UnchangedSite.outside(tree, heads, sourceTexts.looked()), reading::digest);
        }
        Set<String> bibliographyFiles = new HashSet<>(sources.sourcing().siteFiles());
        sources.localFiles().values().forEach(bibliographyFiles::addAll);
        bibliographyFiles.addAll(texts); // a source's own text is checked against, never published
        bibliographyFiles.addAll(sourceTexts.shownNames());
        List<SourceFile> copied = tree.others().stream().filter(f -> !bibliographyFiles.contains(f.relative())).toList();
        diagnostics = diagnostics.plus(Diagnostics.of(PageCollisions.check(heads, copied, sources.sourcing().library().keys())));

        // each essay's tree, read and checked on its own, then let go: the build keeps what it found
        Set<String> published = new HashSet<>();
        heads.forEach(head -> published.add(head.file().relative()));
        heads.clear(); // each essay's facts hold its front matter again: the build keeps one copy
        // what the facts depend on beyond the essay: the settings, the sources, their texts, its own files
        String factsBasis = Fingerprint.start("facts basis").add(PageKeys.pageShaping(config)).add(config.sourcingReport())
                .add(config.linkCheck() != null).add(sources.fingerprint()).add(sourceTexts.fingerprint()).hex();
        List<EssayReading.Read> read = pool.map(essayFiles, file -> {
            List<String> ownFiles = sources.localFiles().getOrDefault(file.slug(), List.of());
            return reading.read(file, published.contains(file.relative()), factsBasis + '\u0000' + String.join("\u0000", ownFiles),
                    parsed -> memory.facts().of(parsed.result().essay(), parsed.digest(), config, sources.sourcing(), ownFiles,
                            sourceTexts));
        });
        cache.retain(tree.essays());
        memory.facts().retain(published);
        List<Diagnostic> found = new ArrayList<>();
        List<EssayFacts> facts = new ArrayList<>();
        Set<String> parsedNow = new HashSet<>();
        for (EssayReading.Read each : read) {
            found.addAll(each.diagnostics().all());
            if (each.facts() != null) {
                facts.add(each.facts());
                found.addAll(each.facts().quoteWarnings());
                if (each.parsed()) {
                    parsedNow.add(each.facts().essay().file().relative());
                }
            }
        }
        facts.sort(Comparator.comparing(f -> f.essay().slug()));
        List<ParsedEssay> essays = facts.stream().map(EssayFacts::essay).toList();
        SiteResolver.ResolvedSite resolved = SiteResolver.resolve(facts.stream().map(EssayFacts::check).toList(), sourceFiles,
                sources.sourcing(), sources.localFiles(), config.verbose(), config.numberSections(), pool);
        diagnostics = diagnostics.plus(Diagnostics.of(found)).plus(resolved.diagnostics());
        BuildResult.Stats stats = new BuildResult.Stats(essays.size(), resolved.citations(), resolved.notes(),
                resolved.crossReferences(), sources.sourcing().library().size());
        SourcingReport report = !config.sourcingReport() ? null : SourcingAnalysis.of(facts.stream().map(EssayFacts::report).toList(),
                essays.stream().map(e -> resolved.checked(e).links().broken()).toList(), sources.sourcing().library());
        if (diagnostics.hasErrors()) {
            return CheckedSite.failed(new BuildResult(null, diagnostics, stats).withSourcing(report));
        }
        Map<String, String> digests = new LinkedHashMap<>();
        Map<String, Integer> words = new LinkedHashMap<>();
        List<Map<String, String>> imageSizes = new ArrayList<>();
        List<Map<String, List<LinkHealth.Place>>> addresses = new ArrayList<>();
        boolean math = false;
        for (EssayFacts essay : facts) {
            digests.put(essay.essay().file().relative(), essay.digest());
            words.put(essay.essay().slug(), essay.words());
            imageSizes.add(essay.imageSizes());
            addresses.add(essay.addresses());
            math |= essay.math();
        }
        return new CheckedSite(null, diagnostics, stats, report, parser, sources, sourceTexts, copied, essays, resolved, digests, words,
                imageSizes, addresses, math, parsedNow);
    }

    private static BuildResult render(SiteConfig config, BuildMemory memory, EssayPool pool, Supplier<SiteOutput> output,
            CheckedSite checked) {
        ParseCache cache = memory.parses();
        EssayParser parser = checked.parser();
        SourcingLoader.Loaded sources = checked.sources();
        SourceTexts sourceTexts = checked.sourceTexts();
        List<ParsedEssay> essays = checked.essays();
        SiteResolver.ResolvedSite resolved = checked.resolved();
        Map<String, String> digests = checked.digests();
        Diagnostics diagnostics = checked.diagnostics();
        BuildResult.Stats stats = checked.stats();
        // read once: the templates are compiled from the bytes the page keys print
        TemplateFolder templateFolder = TemplateFolder.read(config.templateDirectory());
        Templates templates = memory.templates().templates(templateFolder, shownName(config, config.templateDirectory()));
        PagePublishing publishing = new PagePublishing(config, sources.sourcing(), essays);
        if (Diagnostics.of(publishing.problems()).hasErrors()) {
            return new BuildResult(null, diagnostics.plus(Diagnostics.of(publishing.problems())), stats);
        }
        Pages pages = new Pages(config, templates, publishing);
        List<ParsedEssay> newestFirst = essays.stream().sorted(Pages.NEWEST_FIRST).toList();
        EntryExtras extras = EntryExtras.of(newestFirst, resolved, sources.sourcing());
        // a page made afresh reads its essay's tree again, from the bytes that were checked
        UnaryOperator<ParsedEssay> trees = essay -> {
            ParsedEssay again = cache.again(parser, essay.file(), digests.get(essay.file().relative()));
            if (again == null) {
                throw new UncheckedIOException(essay.file().relative() + " changed while the site was being built; build again",
                        new IOException("changed during the build"));
            }
            return again;
        };
        StoredSourcePrints sourcePrints = StoredSourcePrints.of(memory.stored(), sources.sourcing().library(),
                memory.sourcing().sourcePrints(sources.sourcing().library()));
        PageKeys pageKeys = new PageKeys(config, resolved, digests, extras, sourceTexts, sourcePrints.prints(), memory.pageKeys(),
                templateFolder.print());
        Addresses linksKept = new Addresses(); // each link parsed once, an address many pages hold held once
        EssayPages essayPages = new EssayPages(config, resolved, pages, pageKeys, memory.pages(), extras, sourceTexts, trees, linksKept,
                checked.words());
        SiteOutput site = output.get(); // opened only now: a build whose essays have errors touches nothing
        // each page goes out the moment it is finished; the build keeps only what site-wide steps need of it. The
        // essays parsed in this build go first: their pages are the ones likely made afresh, which takes longest (an
        // edited essay's page, last in this order, kept one thread busy 135 ms after the other had finished)
        List<ParsedEssay> madeFirst = new ArrayList<>(newestFirst);
        madeFirst.sort(Comparator.comparing(essay -> !checked.parsedNow().contains(essay.file().relative())));
        List<Finished> finishedInTurn = pool.map(madeFirst, essay -> {
            EssayPage page = essayPages.page(essay);
            String path = Pages.pagePath(essay.slug());
            site.put(path, page.html());
            publishing.addEssayFiles(site, essay, essayPages.downloads(page.sources().stream().map(EssayPage.Use::key).toList(), publishing));
            return new Finished(page.sources(), page.links(), page.warnings());
        });
        Map<ParsedEssay, Finished> finishedBy = new java.util.IdentityHashMap<>();
        for (int i = 0; i < madeFirst.size(); i++) {
            finishedBy.put(madeFirst.get(i), finishedInTurn.get(i));
        }
        List<Finished> finished = newestFirst.stream().map(finishedBy::get).toList();
        List<LinkCheck.Page> links = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        Map<String, List<ParsedEssay>> citedIn = new LinkedHashMap<>();
        Map<String, List<ParsedEssay>> listedIn = new LinkedHashMap<>(); // nocite only: listed, never cited
        Set<String> siteKeys = new LinkedHashSet<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            ParsedEssay essay = newestFirst.get(i);
            Finished page = finished.get(i);
            warnings.addAll(page.warnings());
            links.add(page.links());
            for (EssayPage.Use source : page.sources()) {
                (source.cited() ? citedIn : listedIn).computeIfAbsent(source.id(), k -> new ArrayList<>()).add(essay);
                siteKeys.add(source.key());
            }
        }
        List<RenderedEssay.RenderedSource> bibliography = essayPages.bibliography(siteKeys, pool);
        EssayPages.Places bibliographyPlaces = essayPages.bibliographyPlaces(siteKeys, bibliography);
        SitePages.Page bibliographyPage = memory.sitePages().page(Pages.BIBLIOGRAPHY,
                () -> pageKeys.bibliographyPage(siteKeys, citedIn, listedIn), () -> pages.bibliography(bibliography, citedIn, listedIn),
                bibliographyPlaces.byAddress(), memory.links(), linksKept);
        links.addAll(IndexPages.write(pool, site, pages, pageKeys, memory, newestFirst, checked.words(), linksKept));
        links.add(bibliographyPage.links());
        links.addAll(SourcePages.write(pool, site, pages, pageKeys, memory, sources.sourcing().library(), bibliography, citedIn,
                listedIn, bibliographyPlaces, linksKept));
        memory.sitePages().save(); // the last site-wide page is made
        sourcePrints.save(); // and the last page key
        Set<String> pagePaths = new HashSet<>();
        links.forEach(page -> pagePaths.add(page.path()));
        memory.links().retain(pagePaths);
        bibliographyPage.writeTo(site, Pages.BIBLIOGRAPHY);
        if (checked.report() != null) { // linked from no page, in no sitemap or feed
            site.text(SourcingPage.PATH, SourcingPage.html(checked.report(), config.lang(), config.siteTitle()));
        }
        publishing.addSiteFiles(site, newestFirst, essayPages.downloads(bibliography.stream().map(RenderedEssay.RenderedSource::key).toList(),
                publishing),
                bibliography.stream().map(entry -> SourcePages.path(entry.key())).toList());
        memory.pages().keepOnlyUsed(); // after the last entry this build uses: the site's downloads were one
        warnings.addAll(publishing.problems());

        checked.copied().forEach(asset -> site.copy(asset.relative(), asset.path()));
        TemplateAssets.addTo(site, templates, config.liveReload());
        if (checked.math()) {
            MathAssets.addTo(site, templates);
        }
        String sizes = ImageSizes.stylesheet(checked.imageSizes());
        if (!sizes.isEmpty()) {
            site.text(ImageSizes.STYLESHEET, sizes);
        }
        Set<String> files = new HashSet<>(site.paths());
        files.removeAll(pagePaths);
        diagnostics = diagnostics.plus(Diagnostics.of(warnings)).plus(Diagnostics.of(LinkCheck.check(links, files, memory.links(), pool, linksKept)));
        List<String> notes = new ArrayList<>(publishing.notes());
        if (config.linkCheck() != null) { // -Dessay.checkLinks: asks the network, so only when asked
            LinkHealth health = LinkHealth.check(checked.addresses(), sources.sourcing().library(), config.doiResolver(),
                    LinkChecker.create(config.linkCheck()));
            diagnostics = diagnostics.plus(health.diagnostics());
            notes.add(health.summary());
        }
        return new BuildResult(diagnostics.hasErrors() ? null : site, diagnostics, stats, essayPages.work(), notes, checked.report());
    }

    /** What the build keeps of a page once written: the sources it lists, its links as far as checked, its warnings. */
    private record Finished(List<EssayPage.Use> sources, LinkCheck.Page links, List<Diagnostic> warnings) {}

    /** A folder as diagnostics name files: relative to the source folder when inside it. */
    private static String shownName(SiteConfig config, Path folder) {
        if (folder == null) {
            return "";
        }
        return SourceTree.shown(config.sourceDirectory(), folder);
    }
}
