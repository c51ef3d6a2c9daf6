package io.github.essaykit.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The marker file {@value SiteWriter#MARKER} of an output folder: it says the folder is
 * essaykit's and lists the files essaykit wrote there, so a build replaces and deletes only
 * those and keeps everything else (a {@code CNAME}, a {@code .well-known/} folder).
 */
record Manifest(Set<String> files, boolean wholeFolder) {

    private static final String HEADER = "# Written by essaykit: it replaces the files listed below on each build "
            + "and keeps every other file of this folder.";
    /** What the marker said before it listed files: then the whole folder was essaykit's. */
    private static final String WHOLE_FOLDER = "This folder is written by essaykit and replaced on each build.";

    /**
     * {@code files} in their natural order, looked up by hash: a site has thousands of files with
     * long common prefixes, which a sorted set compares over and over on every lookup (essay:serve
     * reads and writes the marker after every edit). Sorting sorted paths costs one pass.
     */
    Manifest {
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        files = Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
    }

    /** A manifest as this version writes it: a list of files. */
    Manifest(Set<String> files) {
        this(files, false);
    }

    /**
     * True when {@code out}'s marker already says what this manifest would: the same files, in
     * the list this version writes (a build that changed no file's name writes no marker).
     */
    boolean sameAs(Manifest written) {
        return !written.wholeFolder() && files.equals(written.files());
    }

    /**
     * The manifest of {@code out}: empty for a missing or empty folder. A folder with files but
     * no marker is someone else's and is refused rather than written into.
     */
    static Manifest read(Path out) throws IOException {
        Path marker = out.resolve(SiteWriter.MARKER);
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.exists(out) ? Files.list(out) : Stream.empty()) {
                if (entries.anyMatch(p -> !p.getFileName().toString().equals(SiteWriter.STAGING))) {
                    throw new OutputFolderException("The output folder " + out + " holds files and was not written by "
                            + "essaykit (it has no " + SiteWriter.MARKER + " file); nothing was changed. Choose another "
                            + "outputDirectory, or empty that folder.");
                }
            }
            return new Manifest(Set.of());
        }
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        List<String> files = new ArrayList<>();
        boolean whole = !lines.isEmpty() && lines.get(0).equals(WHOLE_FOLDER);
        if (whole) {
            try (Stream<Path> walk = Files.walk(out)) {
                walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> out.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.equals(SiteWriter.MARKER) && !p.startsWith(SiteWriter.STAGING + "/"))
                        .forEach(files::add);
            }
        } else {
            lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).filter(Manifest::isPlain).forEach(files::add);
        }
        return new Manifest(new LinkedHashSet<>(files), whole);
    }

    /** Writes the marker beside the site in one rename, so a kill leaves the old list or the new one. */
    void write(Path out, Path staging) throws IOException {
        Path next = staging.resolve(SiteWriter.MARKER);
        Files.writeString(next, HEADER + "\n" + String.join("\n", files) + "\n", StandardCharsets.UTF_8);
        Files.move(next, out.resolve(SiteWriter.MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Manifest plus(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(files); // two sorted runs: one merge
        all.addAll(more);
        return new Manifest(all);
    }

    boolean contains(String file) {
        return files.contains(file);
    }

    /** A marker is a file anyone can edit: only plain relative paths inside the folder count. */
    private static boolean isPlain(String path) {
        if (path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
