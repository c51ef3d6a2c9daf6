package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.cache.StoredDiagnostics;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.ContentDigest;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.discover.SourceTree;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.write.OutputDigests;
import io.github.essaykit.write.OutputStamp;
import io.github.essaykit.write.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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

    /**
     * What a build read: the files essays named outside the source folder, and the digest of
     * the bytes it read of each essay file (null for one it did not read).
     */
    record Read(List<Path> outside, Function<SourceFile, String> essays) {}

    private final SiteConfig config;
    private final Path out;
    private final ResultCache cache;
    private final String slot;
    private BuildResult last;
    /** The files the record named outside the source folder, and the sizes and times of all inputs as this build started. */
    private List<Path> outsideBefore = List.of();
    private String timesBefore;
    /** The source folder as it was scanned for {@link #timesBefore}, or null. */
    private SourceTree treeBefore;

    private UnchangedSite(SiteConfig config, Path out, ResultCache cache, String slot) {
        this.config = config;
        this.out = out;
        this.cache = cache;
        this.slot = slot;
    }

    /**
     * Looks up the last build of this site: cheaply, by the inputs' sizes and times, and only
     * when none changed by their bytes as well.
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
            } else {
                site.before(inputs(config, List.of(), null));
            }
        } catch (Blob.Corrupt | UncheckedIOException e) {
            site.last = null; // built in full
            site.outsideBefore = List.of();
            site.timesBefore = null; // and recorded again only if the inputs can be read
            site.treeBefore = null;
            try {
                site.before(inputs(config, List.of(), null));
            } catch (UncheckedIOException again) {
                // nothing recorded
            }
        }
        return site;
    }

    private void before(Inputs inputs) {
        timesBefore = inputs.times();
        treeBefore = inputs.tree();
    }

    /**
     * The source folder as this build found it when it started, or null: the build reads it
     * rather than scanning it again; {@link #record} then finds any file that came, went or
     * changed since.
     */
    SourceTree tree() {
        return treeBefore;
    }

    /** The last build's result when nothing it read or wrote has changed since; else null. */
    BuildResult result() {
        return last;
    }

    /**
     * Records a build that wrote its site: what it read and what it left in the output folder;
     * nothing when an input changed while it ran (which bytes it read is then not known).
     *
     * @param output the digests of the site it committed, with each file's size and time
     */
    void record(BuildResult written, Read read, OutputDigests output) {
        if (slot == null || timesBefore == null || read == null || !written.ok()) {
            return;
        }
        try {
            Inputs inputs = inputs(config, read.outside(), read.essays());
            // unchanged while the build ran: the times of the files the start looked at (most often the same list)
            String timesNow = read.outside().equals(outsideBefore) ? inputs.times() : inputs(config, outsideBefore, null).times();
            if (!timesNow.equals(timesBefore)) {
                return;
            }
            OutputStamp stamp = OutputStamp.of(out, output);
            if (stamp == null) {
                return;
            }
            Blob.Writer blob = new Blob.Writer().string(FORMAT).strings(read.outside().stream().map(Path::toString).toList())
                    .string(inputs.times()).string(inputs.content()).string(stamp.print());
            BuildResult.Stats stats = written.stats();
            blob.integer(stats.essays()).integer(stats.citations()).integer(stats.notes()).integer(stats.crossReferences())
                    .integer(stats.sources()).integer(written.work().rendered() + written.work().reused());
            StoredDiagnostics.write(blob, written.diagnostics().all());
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
        outsideBefore = in.strings().stream().map(Path::of).toList();
        before(inputs(config, outsideBefore, null));
        // a changed size or time is a changed file (else its bytes tell): most builds stop here, having read no file
        if (!in.string().equals(timesBefore) || !in.string().equals(inputs(config, outsideBefore, f -> null).content())) {
            return;
        }
        OutputStamp output = OutputStamp.of(out);
        if (output == null || !in.string().equals(output.print())) {
            return;
        }
        BuildResult.Stats stats = new BuildResult.Stats(in.integer(), in.integer(), in.integer(), in.integer(), in.integer());
        BuildResult.Work work = new BuildResult.Work(0, in.integer(), 0);
        Diagnostics diagnostics = Diagnostics.of(StoredDiagnostics.read(in));
        List<String> notes = in.strings();
        in.end();
        SiteOutput site = SiteOutput.discarding();
        output.files().forEach(file -> site.put(file, null));
        last = new BuildResult(site, diagnostics, stats, work, notes);
    }

    /**
     * The files essays of this build named (bibliography, csl) that are not files of the source
     * folder, so the tree does not cover them, and of {@code texts} ({@link SourceTexts#looked}:
     * the folders of sources' texts and the texts) those outside the source folder.
     */
    static List<Path> outside(SourceTree tree, List<ParsedEssay> essays, List<Path> texts) {
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
        Path root = tree.root().toAbsolutePath().normalize();
        texts.stream().map(path -> path.toAbsolutePath().normalize()).filter(path -> !path.startsWith(root)).forEach(outside::add);
        return List.copyOf(outside);
    }

    /**
     * What a build reads: the settings, every file of the source folder (its name, where a link
     * leads and its bytes), the templates, the style and bibliography files named by the
     * settings, and {@code outside}.
     *
     * @param content the fingerprint of it all, or null when only {@code times} was asked for
     * @param times the fingerprint of the files' names, sizes and times
     * @param tree the source folder as scanned
     */
    private record Inputs(String content, String times, SourceTree tree) {}

    /**
     * @param essays the digest of the bytes the build read of an essay file (null: read it
     *     now), or null for the times alone
     */
    private static Inputs inputs(SiteConfig config, List<Path> outside, Function<SourceFile, String> essays) {
        boolean read = essays != null;
        Fingerprint content = Fingerprint.start("inputs").add(PageKeys.pageShaping(config)).add(config.verbose());
        Fingerprint times = Fingerprint.start("input times");
        SourceTree tree = SourceTree.scan(config.sourceDirectory(), config.skippedFolders());
        for (List<SourceFile> files : List.of(tree.essays(), tree.others())) {
            content.add(files.size());
            times.add(files.size());
            for (SourceFile file : files) {
                content.add(file.relative()).add(file.path().toString());
                String known = read && files == tree.essays() ? essays.apply(file) : null;
                if (known != null) {
                    content.add(known);
                    times.add(file.path().toString());
                    stat(times, file.path());
                } else {
                    file(content, times, file.path(), read);
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
        for (String styleOrLocale : new String[] {config.style(), config.locale()}) { // each may name a file, read when it does
            if (styleOrLocale == null) { // no locale given: the style's own
                content.add("none");
                continue;
            }
            try {
                file(content, times, root.resolve(styleOrLocale), read);
            } catch (InvalidPathException e) {
                content.add("no file"); // no name a file can have
            }
        }
        for (Path bibliography : config.bibliography()) {
            file(content, times, bibliography.toAbsolutePath().normalize(), read);
        }
        if (config.fetchedSources() != null) {
            file(content, times, config.fetchedSources().toAbsolutePath().normalize(), read);
        }
        outside.forEach(path -> file(content.add(path.toString()), times, path, read));
        return new Inputs(read ? content.hex() : null, times.hex(), tree);
    }

    /** Adds a file's size and time to {@code times} and, when {@code read}, its digest to {@code content}. */
    private static void file(Fingerprint content, Fingerprint times, Path path, boolean read) {
        times.add(path.toString());
        BasicFileAttributes attributes = stat(times, path);
        if (read) {
            try {
                content.add(attributes == null ? "missing"
                        : attributes.isRegularFile() ? ContentDigest.of(Files.readAllBytes(path)) : "not a file");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Adds whether a file is there, and its size and time; returns its attributes, null when missing. */
    private static BasicFileAttributes stat(Fingerprint times, Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            times.add(attributes.isRegularFile()).add(attributes.size()).add(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            return attributes;
        } catch (NoSuchFileException e) {
            times.add("missing");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
