package io.github.essaykit.write;

import io.github.essaykit.discover.ContentDigest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Write stage. The whole site is first written into a staging folder inside the output folder
 * (so on the same file system, even when the output folder is a mount point or a link), page by
 * page as the build finishes them ({@link StagedSite}), which is where a full disk or a denied
 * permission shows, while the old site is untouched. Then each
 * file is renamed over its old version, assets before pages, and the files of the old site
 * that the new one lacks are deleted. The output folder itself is never moved: its path is
 * never missing, every file in it is always whole, links to it stay links, and a kill at any
 * moment leaves a servable site that the next build completes. Only files listed in the
 * {@link Manifest} are ever replaced or deleted. A file whose bytes are already there is not
 * written again (an edit of one essay rewrites its page and the pages listing it, not the site).
 */
public final class SiteWriter {

    /** Marks a folder as written by essaykit and lists its files (see {@link Manifest}). */
    public static final String MARKER = ".essaykit";
    static final String STAGING = ".essaykit-staging";

    /** The two file operations that meet the disk's limits: a seam so tests can fill the disk or stop midway. */
    interface Disk {
        void write(Path target, SiteFiles.Content content) throws IOException;

        void move(Path from, Path to) throws IOException;
    }

    static final Disk REAL = new Disk() {
        @Override
        public void write(Path target, SiteFiles.Content content) throws IOException {
            if (content instanceof SiteFiles.Bytes bytes) {
                Files.write(target, bytes.bytes());
            } else if (content instanceof SiteFiles.Known known) {
                Files.write(target, known.bytes().get());
            } else if (content instanceof SiteFiles.Copy copy) {
                try (InputStream in = copy.open(); OutputStream out = Files.newOutputStream(target)) {
                    in.transferTo(out);
                }
            }
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    };

    private SiteWriter() {}

    /**
     * Writes {@code site} to {@code output}, which must not overlap {@code source}.
     *
     * @return how many files were written (the others were there with the same bytes)
     * @throws OutputFolderException with the folder and the reason when it cannot
     */
    public static int write(Path source, Path output, SiteFiles site) {
        return write(source, output, site, REAL);
    }

    /**
     * As {@link #write(Path, Path, SiteFiles)}, where {@code output} may lie in one of the source
     * folder's {@code skipped} folders, after this writer wrote {@code earlier} there (null:
     * nothing known): a file whose content is the very object written then is taken as still
     * there when the output folder holds a plain file of its size, not read back and compared
     * (essay:serve writes after each edit; an edit changes a few of a thousand pages).
     */
    public static int write(Path source, Path output, List<Path> skipped, SiteFiles site, SiteFiles earlier) {
        return write(source, output, skipped, site, earlier, REAL);
    }

    static int write(Path source, Path output, SiteFiles site, Disk disk) {
        return write(source, output, List.of(), site, null, disk);
    }

    private static int write(Path source, Path output, List<Path> skipped, SiteFiles site, SiteFiles earlier, Disk disk) {
        Map<String, SiteFiles.Content> before = earlier == null ? Map.of() : earlier.all();
        try (StagedSite staged = open(source, output, skipped, disk, OutputDigests.NONE)) {
            site.all().forEach((path, content) -> {
                if (before.get(path) == content) {
                    staged.keep(path, content);
                } else {
                    staged.put(path, content);
                }
            });
            return staged.commit();
        }
    }

    /**
     * A staging folder in {@code output}, which must not overlap {@code source}, to put the
     * site's files into as they are finished; {@link StagedSite#commit} swaps them in.
     *
     * @throws OutputFolderException with the folder and the reason when it cannot
     */
    public static StagedSite open(Path source, Path output) {
        return open(source, output, List.of(), OutputDigests.NONE);
    }

    /**
     * As {@link #open(Path, Path)}, where {@code output} may lie in one of the source folder's
     * {@code skipped} folders ({@link OutputFolder#check}), taking a file that {@code before}
     * knows and still holds those bytes as there without reading it.
     */
    public static StagedSite open(Path source, Path output, List<Path> skipped, OutputDigests before) {
        return open(source, output, skipped, REAL, before);
    }

    static StagedSite open(Path source, Path output, Disk disk) {
        return open(source, output, List.of(), disk, OutputDigests.NONE);
    }

    private static StagedSite open(Path source, Path output, List<Path> skipped, Disk disk, OutputDigests before) {
        OutputFolder.refuseNonFolder(output);
        return StagedSite.open(OutputFolder.check(source, output, skipped), disk, before);
    }

    /** True when {@code target} is a plain file (not a link) holding exactly these bytes. */
    static boolean alreadyThere(Path target, SiteFiles.Content content) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (content instanceof SiteFiles.Bytes bytes) {
            return Files.size(target) == bytes.bytes().length && Arrays.equals(Files.readAllBytes(target), bytes.bytes());
        }
        if (content instanceof SiteFiles.Known known) { // a file edited by hand since is written again
            return Files.size(target) == known.size() && ContentDigest.of(Files.readAllBytes(target)).equals(known.digest());
        }
        // a source swapped for a link is refused when copied, never compared
        return content instanceof SiteFiles.Copy copy && Files.isRegularFile(copy.from(), LinkOption.NOFOLLOW_LINKS)
                && Files.mismatch(copy.from(), target) == -1;
    }

    /** Assets and other files first, pages last, so a new page never links to a file not there yet. */
    static void swap(Path out, Path staging, List<String> files, Disk disk) throws IOException {
        List<String> order = new ArrayList<>(files);
        order.sort(Comparator.comparing((String p) -> p.endsWith(".html")).thenComparing(Comparator.naturalOrder()));
        Set<Path> folders = new HashSet<>();
        Map<String, Boolean> there = new HashMap<>(); // whether the output folder has a folder of this name
        Set<String> movedWhole = new HashSet<>();
        for (String file : order) {
            // the staging folder holds only this build's new files: a folder the site lacks goes in with one rename,
            // not one a file (a first build's 6,000 downloads and source pages)
            String folder = newFolder(out, file, there);
            if (folder == null || movedWhole.add(folder)) {
                String moved = folder == null ? file : folder;
                Path target = inside(out, moved);
                makeFolder(target.getParent(), folders);
                disk.move(staging.resolve(moved), target);
            }
        }
    }

    /** The outermost folder of {@code file} the output folder lacks (nothing of that name there), or null if it has them all. */
    private static String newFolder(Path out, String file, Map<String, Boolean> there) {
        for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
            String folder = file.substring(0, slash);
            if (!there.computeIfAbsent(folder, name -> Files.exists(inside(out, name), LinkOption.NOFOLLOW_LINKS))) {
                return folder;
            }
        }
        return null;
    }

    /**
     * Makes {@code folder} unless {@code made} has it, and adds it once it is there (another
     * thread may be about to write into it): a site has thousands of files in a few folders, and
     * each {@link Files#createDirectories} of an existing one is a failed mkdir and an exception.
     */
    static void makeFolder(Path folder, Set<Path> made) throws IOException {
        if (!made.contains(folder)) {
            Files.createDirectories(folder);
            made.add(folder);
        }
    }

    /**
     * Every existing folder the swap renames into or deletes from must be writable, before the
     * first rename: the folders of the files it writes or deletes ({@code touched}), their
     * parents, and the output folder (the marker).
     */
    static void refuseReadOnly(Path out, Collection<String> touched) throws IOException {
        // by the folders' names first: a site has thousands of files in a few folders
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (String file : touched) {
            int slash = file.lastIndexOf('/');
            while (slash > 0 && folders.add(file.substring(0, slash))) {
                slash = file.lastIndexOf('/', slash - 1);
            }
        }
        for (String name : new TreeSet<>(folders)) { // the first refused in the same order each time
            Path folder = name.isEmpty() ? out : inside(out, name);
            if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
                throw new AccessDeniedException(folder.toString());
            }
        }
    }

    /** Deletes a file of the old site, and its folders once empty; never through a link out of the site. */
    static void deleteOurs(Path out, String file) throws IOException {
        Path target = inside(out, file);
        if (!Files.isDirectory(target.getParent()) || !target.getParent().toRealPath().startsWith(out)) {
            return;
        }
        Files.deleteIfExists(target);
        for (Path dir = target.getParent(); !dir.equals(out); dir = dir.getParent()) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
        }
    }

    static Path inside(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the site: " + relative);
        }
        return target;
    }

    /** Deletes a folder of ours (the staging folder); never follows links out of it. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
