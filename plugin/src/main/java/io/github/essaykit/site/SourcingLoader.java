package io.github.essaykit.site;

import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.discover.SourceTree;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.resolve.Sourcing;
import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.SourceLoader;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.discover.FileDigests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the build's style and every bibliography file once: the site-wide files (configured,
 * or the default names, and the sources essay:fetch-sources looked up) and the files essays
 * name in their front matter.
 */
final class SourcingLoader {

    /**
     * The sources (null when the style could not be loaded), each essay's own files, problems, and
     * the fingerprint of what they were loaded from (every bibliography file's path and bytes, the
     * styles and whether the sources are complete), for keys of what is made from them.
     */
    record Loaded(Sourcing sourcing, Map<String, List<String>> localFiles, Diagnostics diagnostics, String fingerprint) {}

    private SourcingLoader() {}

    /**
     * What a build loads before it reads an essay: the site-wide bibliography files (configured,
     * or by the default names, and the sources essay:fetch-sources looked up), the problems of the
     * configured ones, the style, and each site-wide file read ({@link SourcingMemo#read}) with
     * the digest of its bytes taken just before: a file written while the build ran then gives
     * keys of bytes older than the sources read (made again next time), never the reverse.
     */
    record SiteWide(Set<Path> files, Set<String> siteFiles, List<Diagnostic> problems, CitationStyle.Loaded style,
            Map<Path, String> digests, Map<Path, SourceLoader.FileSources> read) {}

    /** @param memory the style and sources of the last build (essay:serve), and the caches of sort keys and of each file's sources */
    static SiteWide siteWide(SiteConfig config, SourceTree tree, BuildMemory memory) {
        Path root = config.sourceDirectory().toAbsolutePath().normalize();
        List<Diagnostic> problems = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        Set<String> siteFiles = new LinkedHashSet<>();
        if (config.bibliography().isEmpty()) {
            for (SourceFile file : tree.defaultBibliographies()) {
                files.add(file.path().toAbsolutePath().normalize());
                siteFiles.add(file.relative());
            }
        } else {
            for (Path file : config.bibliography()) {
                Path absolute = file.toAbsolutePath().normalize();
                if (!Files.isRegularFile(absolute)) {
                    problems.add(Diagnostic.error(file.toString(), 0, 0, "the bibliography file "
                            + (Files.isDirectory(absolute) ? "is a folder, not a file" : "does not exist") + "; fix the bibliography parameter"));
                    continue;
                }
                files.add(absolute);
                siteFiles.add(relative(root, absolute));
            }
        }
        Path fetched = config.fetchedSources() == null ? null : config.fetchedSources().toAbsolutePath().normalize();
        if (fetched != null && Files.isRegularFile(fetched)) { // written by essay:fetch-sources; read by every build
            files.add(fetched);
            siteFiles.add(relative(root, fetched));
        }
        SourcingMemo memo = memory.sourcing();
        CitationStyle.Loaded style = memo.style(config.style(), config.locale(), root, memory.stored());
        Map<Path, String> digests = new HashMap<>();
        for (Path file : files) {
            try {
                digests.put(file, memo.digests().of(file));
            } catch (IOException e) {
                // digested again for the fingerprint, which tells an unreadable file
            }
        }
        return new SiteWide(files, siteFiles, problems, style, digests, memo.read(new ArrayList<>(files), root, memory.stored()));
    }

    /** {@link #load(SiteConfig, List, BuildMemory, SiteWide)} with the site-wide part loaded now. */
    static Loaded load(SiteConfig config, SourceTree tree, List<ParsedEssay> essays, BuildMemory memory) {
        return load(config, essays, memory, siteWide(config, tree, memory));
    }

    /** @param site what {@link #siteWide} loaded before the essays were read */
    static Loaded load(SiteConfig config, List<ParsedEssay> essays, BuildMemory memory, SiteWide site) {
        SourcingMemo memo = memory.sourcing();
        Path root = config.sourceDirectory().toAbsolutePath().normalize();
        List<Diagnostic> problems = new ArrayList<>(site.problems());
        Set<Path> files = new LinkedHashSet<>(site.files());
        Set<String> siteFiles = site.siteFiles();
        Map<String, List<String>> localFiles = new LinkedHashMap<>();
        for (ParsedEssay essay : essays) {
            Path folder = essay.file().path().toAbsolutePath().normalize().getParent();
            List<String> own = new ArrayList<>();
            for (String name : essay.meta().bibliography()) {
                Path absolute = folder.resolve(name).normalize();
                if (!Files.isRegularFile(absolute)) {
                    problems.add(Diagnostic.error(essay.file().relative(), essay.meta().lineOf("bibliography"), 1,
                            "bibliography file '" + name + "' " + (Files.isDirectory(absolute) ? "is a folder, not a file" : "does not exist")
                                    + " (paths are relative to the essay)"));
                    continue;
                }
                files.add(absolute);
                own.add(relative(root, absolute));
            }
            localFiles.put(essay.slug(), own);
        }

        CitationStyle.Loaded style = site.style();
        for (Diagnostic d : style.diagnostics().all()) {
            problems.add(new Diagnostic(d.file().isEmpty() ? Diagnostic.CONFIGURATION : d.file(), d.line(), d.column(), d.severity(),
                    d.message() + "; set the style or locale parameter (-Dessay.style, -Dessay.locale)"));
        }
        LoadedSources sources = memo.sources(new ArrayList<>(files), root, memory.stored(), site.read());
        Diagnostics all = Diagnostics.of(problems).plus(sources.diagnostics()).plus(SourceUrls.check(sources.library()));
        Sourcing sourcing = style.style() == null ? null : new Sourcing(style.style(), sources.library(), siteFiles,
                !all.hasErrors(), memo.formatter(style.style(), sources.library(), memory.pages()));
        if (sourcing != null) {
            List<Diagnostic> styleProblems = new ArrayList<>();
            sourcing = sourcing.withEssayStyles(EssayStyles.load(config, root, essays, sourcing, styleProblems));
            all = all.plus(Diagnostics.of(styleProblems));
        }
        return new Loaded(sourcing, localFiles, all, sourcing == null ? null : fingerprint(files, siteFiles, sourcing, essays, memo.digests(), site.digests()));
    }

    private static String fingerprint(Set<Path> files, Set<String> siteFiles, Sourcing sourcing, List<ParsedEssay> essays,
            FileDigests digests, Map<Path, String> taken) {
        Fingerprint print = Fingerprint.start("sourcing").add(files.size());
        for (Path file : files) {
            try {
                print.add(file.toString()).add(taken.containsKey(file) ? taken.get(file) : digests.of(file));
            } catch (IOException e) {
                print.add("unreadable " + System.nanoTime()); // matches nothing: made afresh
            }
        }
        print.add(String.join("\n", siteFiles)).add(sourcing.complete());
        Map<CitationStyle, String> styles = new IdentityHashMap<>();
        Function<CitationStyle, String> identity = style -> styles.computeIfAbsent(style,
                s -> Fingerprint.start("style").add(s.identity()).hex());
        print.add(identity.apply(sourcing.style()));
        for (ParsedEssay essay : essays) { // an essay's own style (csl: in its front matter)
            Sourcing own = sourcing.forEssay(essay.slug());
            if (own != sourcing) {
                print.add(essay.slug()).add(identity.apply(own.style()));
            }
        }
        return print.hex();
    }

    private static String relative(Path root, Path absolute) {
        return SourceTree.shown(root, absolute);
    }
}
