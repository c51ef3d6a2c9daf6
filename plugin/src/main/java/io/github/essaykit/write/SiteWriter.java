package io.github.essaykit.write;

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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Write stage. The whole site is first written into a staging folder inside the output folder
 * (so on the same file system, even when the output folder is a mount point or a link), which
 * is where a full disk or a denied permission shows, while the old site is untouched. Then each
 * file is renamed over its old version, assets before pages, and the files of the old site
 * that the new one lacks are deleted. The output folder itself is never moved: its path is
 * never missing, every file in it is always whole, links to it stay links, and a kill at any
 * moment leaves a servable site that the next build completes. Only files listed in the
 * {@link Manifest} are ever replaced or deleted.
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
     * @throws OutputFolderException with the folder and the reason when it cannot
     */
    public static void write(Path source, Path output, SiteFiles site) {
        write(source, output, site, REAL);
    }

    static void write(Path source, Path output, SiteFiles site, Disk disk) {
        try (Staging staging = stage(source, output, disk)) {
            site.all().forEach(staging::put);
            staging.commit();
        }
    }

    /**
     * A site written file by file as a build finishes them (so it need not hold them all), into
     * the staging folder; {@link Staging#commit} then swaps them in as {@link #write} does.
     * Closed without a commit (a build that failed), it deletes the staging folder: the old site
     * stays as it was.
     *
     * @throws OutputFolderException with the folder and the reason when it cannot
     */
    public static Staging stage(Path source, Path output) {
        return stage(source, output, REAL);
    }

    static Staging stage(Path source, Path output, Disk disk) {
        OutputFolder.refuseNonFolder(output);
        return new Staging(OutputFolder.check(source, output), disk);
    }

    /** The staging folder of one build; {@link #put} is thread-safe. */
    public static final class Staging implements SiteOutput, AutoCloseable {

        private final Path out;
        private final Path staging;
        private final Disk disk;
        private final Set<String> files = ConcurrentHashMap.newKeySet();
        private Manifest old;
        private boolean createdOut;
        private boolean committed;

        private Staging(Path out, Disk disk) {
            this.out = out;
            this.staging = out.resolve(STAGING);
            this.disk = disk;
        }

        /** Made on the first file, so a build that fails before writing anything creates nothing. */
        private synchronized void open() {
            if (old != null) {
                return;
            }
            try {
                Manifest manifest = Manifest.read(out);
                createdOut = !Files.exists(out, LinkOption.NOFOLLOW_LINKS);
                Files.createDirectories(out);
                deleteTree(staging);
                Files.createDirectory(staging);
                old = manifest;
            } catch (IOException e) {
                throw new OutputFolderException("Cannot write the site to " + out + ": " + OutputFolder.reason(e)
                        + ". Nothing was changed.");
            }
        }

        @Override
        public void put(String path, SiteFiles.Content content) {
            open();
            try {
                Path target = inside(staging, path);
                Files.createDirectories(target.getParent());
                disk.write(target, content);
                files.add(path);
            } catch (IOException e) {
                throw new OutputFolderException("Cannot write the site to " + out + ": " + OutputFolder.reason(e)
                        + ". The site there is still the previous one.");
            }
        }

        /**
         * Renames every file written over its old version, assets before pages, and deletes the
         * files of the old site the new one lacks.
         *
         * @return the site's files, each now a copy of its file in the output folder
         */
        public SiteFiles commit() {
            open();
            Set<String> site = new TreeSet<>(files);
            refuseForeign(out, site, old);
            boolean swapping = false;
            try {
                refuseReadOnly(out, site, old);
                old.plus(site).write(out, staging);
                swapping = true;
                swap(out, staging, site, disk);
                for (String gone : new TreeSet<>(old.files()).descendingSet()) {
                    if (!site.contains(gone)) {
                        deleteOurs(out, gone);
                    }
                }
                new Manifest(site).write(out, staging);
                committed = true;
            } catch (IOException e) {
                throw new OutputFolderException("Cannot write the site to " + out + ": " + OutputFolder.reason(e) + ". "
                        + (swapping ? "The site there is partly updated; the next build completes it."
                                : "The site there is still the previous one."));
            }
            SiteFiles written = new SiteFiles();
            site.forEach(file -> written.copy(file, inside(out, file)));
            return written;
        }

        /** Deletes the staging folder, and the output folder if this build made it and wrote nothing there. */
        @Override
        public void close() {
            try {
                deleteTree(staging);
                if (createdOut && !committed) {
                    try (var entries = Files.list(out)) {
                        if (entries.findAny().isEmpty()) {
                            Files.delete(out);
                        }
                    }
                }
            } catch (IOException e) {
                // a staging folder left behind is deleted by the next build; the site is as the message said
            }
        }
    }

    /** Assets and other files first, pages last, so a new page never links to a file not there yet. */
    private static void swap(Path out, Path staging, Set<String> site, Disk disk) throws IOException {
        List<String> order = new ArrayList<>(site);
        order.sort(Comparator.comparing((String p) -> p.endsWith(".html")).thenComparing(Comparator.naturalOrder()));
        for (String file : order) {
            Path target = inside(out, file);
            Files.createDirectories(target.getParent());
            disk.move(staging.resolve(file), target);
        }
    }

    /** A file the new site needs to write where the folder holds one essaykit did not write: named, never replaced. */
    private static void refuseForeign(Path out, Set<String> site, Manifest old) {
        List<String> foreign = site.stream()
                .filter(f -> Files.isDirectory(out.resolve(f), LinkOption.NOFOLLOW_LINKS)
                        || !old.contains(f) && Files.exists(out.resolve(f), LinkOption.NOFOLLOW_LINKS))
                .toList();
        if (!foreign.isEmpty()) {
            throw new OutputFolderException("The output folder " + out + " holds files essaykit did not write where the site "
                    + "needs to write: " + String.join(", ", foreign) + "; nothing was changed. Move them away, or choose "
                    + "another outputDirectory.");
        }
    }

    /** Every existing folder the swap renames into or deletes from must be writable, before the first rename. */
    private static void refuseReadOnly(Path out, Set<String> site, Manifest old) throws IOException {
        Set<Path> folders = new TreeSet<>();
        folders.add(out);
        for (String file : old.plus(site).files()) {
            for (Path p = inside(out, file).getParent(); p != null && p.startsWith(out); p = p.getParent()) {
                folders.add(p);
            }
        }
        for (Path folder : folders) {
            if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
                throw new AccessDeniedException(folder.toString());
            }
        }
    }

    /** Deletes a file of the old site, and its folders once empty; never through a link out of the site. */
    private static void deleteOurs(Path out, String file) throws IOException {
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

    private static Path inside(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the site: " + relative);
        }
        return target;
    }

    /** Deletes a folder of ours (the staging folder); never follows links out of it. */
    private static void deleteTree(Path dir) throws IOException {
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
