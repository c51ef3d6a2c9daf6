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
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
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
    private BuildResult last;
    /** The files essays named outside the source folder at the last build, and what the inputs were before this one. */
    private List<Path> outsideBefore = List.of();
    private Inputs before;

    private UnchangedSite(SiteConfig config, Path out, ResultCache cache, String slot) {
        this.config = config;
        this.out = out;
        this.cache = cache;
        this.slot = slot;
    }

    /**
     * Looks up the last build of this site.
     *
     * @param out the output folder, as {@link io.github.essaykit.write.OutputFolder#check} resolved it
     */
    static UnchangedSite of(SiteConfig config, Path out, ResultCache cache) {
        // the sourcing report is an object no record holds; the network check asks the network each time
        if (!cache.keeps() || config.sourcingReport() || config.linkCheck() != null || !Files.isDirectory(config.sourceDirectory())) {
            return new UnchangedSite(config, out, ResultCache.NONE, null);
        }
        String slot = Fingerprint.start(FORMAT).add(CodeStamp.current()).add(config.sourceDirectory().toAbsolutePath().normalize())
                .add(out).hex();
        UnchangedSite site = new UnchangedSite(config, out, cache, slot);
        try {
            Optional<byte[]> record = cache.get(slot);
            if (record.isPresent()) {
                site.read(record.get());
            }
        } catch (Blob.Corrupt | UncheckedIOException e) {
            site.last = null; // built in full, and recorded again
        }
        try {
            if (site.before == null) { // what this build reads, before it reads it
                site.before = inputs(config, site.outsideBefore, true);
            }
        } catch (UncheckedIOException e) {
            site.before = null; // nothing recorded
        }
        return site;
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
        if (slot == null || before == null || !written.ok()) {
            return;
        }
        try {
            // a file changed while the site was built: which bytes the build read is not known, so nothing is recorded
            if (!inputs(config, outsideBefore, false).times().equals(before.times())) {
                return;
            }
            OutputStamp output = OutputStamp.of(out);
            if (output == null) {
                return;
            }
            // an essay now names a file outside the folder that the last record did not list: read it now
            String read = outside.equals(outsideBefore) ? before.content() : inputs(config, outside, true).content();
            Blob.Writer blob = new Blob.Writer().string(FORMAT).strings(outside.stream().map(Path::toString).toList())
                    .string(read).string(output.print());
            BuildResult.Stats stats = written.stats();
            blob.integer(stats.essays()).integer(stats.citations()).integer(stats.notes()).integer(stats.crossReferences())
                    .integer(stats.sources()).integer(written.work().rendered() + written.work().reused());
            EssayPage.writeDiagnostics(blob, written.diagnostics().all());
            cache.put(slot, blob.strings(written.notes()).bytes());
        } catch (UncheckedIOException e) {
            // nothing recorded: the next build is built in full
        }
    }

    private void read(byte[] bytes) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        List<Path> outside = in.strings().stream().map(Path::of).toList();
        before = inputs(config, outside, true);
        outsideBefore = outside;
        if (!in.string().equals(before.content())) {
            return;
        }
        OutputStamp output = OutputStamp.of(out);
        if (output == null || !in.string().equals(output.print())) {
            return;
        }
        BuildResult.Stats stats = new BuildResult.Stats(in.integer(), in.integer(), in.integer(), in.integer(), in.integer());
        BuildResult.Work work = new BuildResult.Work(0, in.integer(), 0);
        Diagnostics diagnostics = Diagnostics.of(EssayPage.readDiagnostics(in));
        List<String> notes = in.strings();
        in.end();
        SiteOutput site = SiteOutput.discarding();
        output.files().forEach(file -> site.put(file, null));
        last = new BuildResult(site, diagnostics, stats, work, notes);
    }

    /**
     * Each essay file's SHA-256 by its relative name, as read before this build (empty when
     * nothing is recorded): the build need not read an unchanged essay again to find its stored
     * front matter, and reads what the record will say it read.
     */
    Map<String, String> essayDigests() {
        return before == null ? Map.of() : before.essays();
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
                } catch (InvalidPathException e) {
                    // names no file: nothing read
                }
            }
        }
        return List.copyOf(outside);
    }

    /**
     * What a build reads: the settings, every file of the source folder (its name, where a link
     * leads and its bytes), the templates, the style and bibliography files named by the
     * settings, and {@code outside}; each file's size and time besides, so that a build can tell
     * cheaply that none changed while it ran.
     *
     * @param content the fingerprint of it all, or null when only {@code times} was asked for
     * @param times the fingerprint of the files' names, sizes and times
     * @param essays each essay file's SHA-256 by its relative name (when {@code content} was made)
     */
    private record Inputs(String content, String times, Map<String, String> essays) {}

    private static Inputs inputs(SiteConfig config, List<Path> outside, boolean read) {
        Fingerprint content = Fingerprint.start("inputs").add(PageKeys.pageShaping(config)).add(config.verbose());
        Fingerprint times = Fingerprint.start("input times");
        Map<String, String> essays = new HashMap<>();
        SourceTree tree = SourceTree.scan(config.sourceDirectory());
        for (List<SourceFile> files : List.of(tree.essays(), tree.others())) {
            content.add(files.size());
            times.add(files.size());
            for (SourceFile file : files) {
                content.add(file.relative()).add(file.path().toString());
                String digest = file(content, times, file.path(), read);
                if (files == tree.essays() && digest != null) {
                    essays.put(file.relative(), digest);
                }
            }
        }
        Path templates = config.templateDirectory();
        content.add(String.valueOf(templates));
        if (templates != null && Files.isDirectory(templates)) {
            try (Stream<Path> walk = Files.walk(templates)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    file(content.add(templates.relativize(file).toString()), times, file, read);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path root = config.sourceDirectory().toAbsolutePath().normalize();
        try {
            file(content, times, root.resolve(config.style()), read);
        } catch (InvalidPathException e) {
            content.add("no file"); // no name a file can have
        }
        for (Path bibliography : config.bibliography()) {
            file(content, times, bibliography.toAbsolutePath().normalize(), read);
        }
        if (config.fetchedSources() != null) {
            file(content, times, config.fetchedSources().toAbsolutePath().normalize(), read);
        }
        outside.forEach(path -> file(content.add(path.toString()), times, path, read));
        return new Inputs(read ? content.hex() : null, times.hex(), Map.copyOf(essays));
    }

    /** Adds a file's size and time to {@code times} and, when {@code read}, its SHA-256 to {@code content}; returns that. */
    private static String file(Fingerprint content, Fingerprint times, Path path, boolean read) {
        times.add(path.toString());
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            times.add(attributes.isRegularFile()).add(attributes.size()).add(attributes.lastModifiedTime().toString());
            String digest = !read ? null : attributes.isRegularFile() ? ContentDigest.sha256(Files.readAllBytes(path)) : "not a file";
            content.add(digest);
            return digest;
        } catch (NoSuchFileException e) {
            times.add("missing");
            content.add("missing");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
