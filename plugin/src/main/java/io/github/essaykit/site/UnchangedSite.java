package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.ContentDigest;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.discover.SourceTree;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.write.OutputStamp;
import io.github.essaykit.write.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The whole-site short cut of essay:build: when every input of the last successful build is as
 * it was (the plugin's code, the settings, every file of the source folder, the templates, the
 * style and bibliography files, and any file an essay named outside the source folder) and the
 * output folder is as that build left it, the site is that build's site, and its result (counts,
 * warnings, notes) is reported again without loading a source or a page. One record per source
 * and output folder, kept in the build cache; a damaged record is no record.
 */
final class UnchangedSite {

    private static final String FORMAT = "unchanged site 1";

    private final SiteConfig config;
    private final Path out;
    private final ResultCache cache;
    private final String slot;
    private final BuildResult last;

    private UnchangedSite(SiteConfig config, Path out, ResultCache cache, String slot, BuildResult last) {
        this.config = config;
        this.out = out;
        this.cache = cache;
        this.slot = slot;
        this.last = last;
    }

    /**
     * Looks up the last build of this site.
     *
     * @param out the output folder, as {@link io.github.essaykit.write.OutputFolder#check} resolved it
     */
    static UnchangedSite of(SiteConfig config, Path out, ResultCache cache) {
        // the sourcing report is an object no record holds; the network check asks the network each time
        if (!cache.keeps() || config.sourcingReport() || config.linkCheck() != null || !Files.isDirectory(config.sourceDirectory())) {
            return new UnchangedSite(config, out, ResultCache.NONE, null, null);
        }
        String slot = Fingerprint.start(FORMAT).add(CodeStamp.current()).add(config.sourceDirectory().toAbsolutePath().normalize())
                .add(out).hex();
        BuildResult last = null;
        try {
            last = cache.get(slot).map(bytes -> read(bytes, config, out)).orElse(null);
        } catch (Blob.Corrupt | UncheckedIOException e) {
            // built in full, and recorded again
        }
        return new UnchangedSite(config, out, cache, slot, last);
    }

    /** The last build's result when nothing it read or wrote has changed since; else null. */
    BuildResult result() {
        return last;
    }

    /**
     * Records a build that wrote its site: what it read and what it left in the output folder.
     *
     * @param outside the files essays named that are not files of the source folder
     */
    void record(BuildResult written, List<Path> outside) {
        if (slot == null || !written.ok()) {
            return;
        }
        try {
            OutputStamp output = OutputStamp.of(out);
            if (output == null) {
                return;
            }
            Blob.Writer blob = new Blob.Writer().string(FORMAT).strings(outside.stream().map(Path::toString).toList())
                    .string(inputs(config, outside)).string(output.print());
            BuildResult.Stats stats = written.stats();
            blob.integer(stats.essays()).integer(stats.citations()).integer(stats.notes()).integer(stats.crossReferences())
                    .integer(stats.sources()).integer(written.work().rendered() + written.work().reused());
            EssayPage.writeDiagnostics(blob, written.diagnostics().all());
            cache.put(slot, blob.strings(written.notes()).bytes());
        } catch (UncheckedIOException e) {
            // nothing recorded: the next build is built in full
        }
    }

    private static BuildResult read(byte[] bytes, SiteConfig config, Path out) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        List<Path> outside = in.strings().stream().map(Path::of).toList();
        if (!in.string().equals(inputs(config, outside))) {
            return null;
        }
        OutputStamp output = OutputStamp.of(out);
        if (output == null || !in.string().equals(output.print())) {
            return null;
        }
        BuildResult.Stats stats = new BuildResult.Stats(in.integer(), in.integer(), in.integer(), in.integer(), in.integer());
        BuildResult.Work work = new BuildResult.Work(0, in.integer(), 0);
        Diagnostics diagnostics = Diagnostics.of(EssayPage.readDiagnostics(in));
        List<String> notes = in.strings();
        in.end();
        SiteOutput site = SiteOutput.discarding();
        output.files().forEach(file -> site.put(file, null));
        return new BuildResult(site, diagnostics, stats, work, notes);
    }

    /** The files essays of this build named (bibliography, csl) that are not files of the source folder, so the tree does not cover them. */
    static List<Path> outside(SourceTree tree, List<ParsedEssay> essays) {
        Set<Path> inTree = new HashSet<>();
        Stream.concat(tree.essays().stream(), tree.others().stream()).forEach(f -> inTree.add(f.path().toAbsolutePath().normalize()));
        Set<Path> outside = new TreeSet<>();
        for (ParsedEssay essay : essays) {
            Path folder = essay.file().path().toAbsolutePath().normalize().getParent();
            List<String> named = new ArrayList<>(essay.meta().bibliography());
            if (!essay.meta().style().isEmpty()) {
                named.add(essay.meta().style()); // an official style's id names no file here: stamped as missing
            }
            for (String name : named) {
                try {
                    Path file = folder.resolve(name).normalize();
                    if (!inTree.contains(file)) {
                        outside.add(file);
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // names no file: nothing read
                }
            }
        }
        return List.copyOf(outside);
    }

    /**
     * The fingerprint of what a build reads: the settings, every file of the source folder (its
     * name, where a link leads and its bytes), the templates, the style and bibliography files
     * named by the settings, and {@code outside}.
     */
    private static String inputs(SiteConfig config, List<Path> outside) {
        Path root = config.sourceDirectory().toAbsolutePath().normalize();
        Fingerprint print = Fingerprint.start("inputs").add(PageKeys.pageShaping(config)).add(config.verbose());
        SourceTree tree = SourceTree.scan(root);
        for (List<SourceFile> files : List.of(tree.essays(), tree.others())) {
            print.add(files.size());
            for (SourceFile file : files) {
                print.add(file.relative()).add(file.path().toString());
                file(print, file.path());
            }
        }
        print.add(PageKeys.folder(config.templateDirectory()));
        try {
            file(print, root.resolve(config.style()));
        } catch (java.nio.file.InvalidPathException e) {
            print.add("no file"); // an official style's id, or no name at all
        }
        for (Path bibliography : config.bibliography()) {
            file(print, bibliography.toAbsolutePath().normalize());
        }
        if (config.fetchedSources() != null) {
            file(print, config.fetchedSources().toAbsolutePath().normalize());
        }
        outside.forEach(path -> file(print.add(path.toString()), path));
        return print.hex();
    }

    private static void file(Fingerprint print, Path path) {
        try {
            print.add(Files.isRegularFile(path) ? ContentDigest.sha256(Files.readAllBytes(path))
                    : Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "not a file" : "missing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
