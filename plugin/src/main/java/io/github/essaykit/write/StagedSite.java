package io.github.essaykit.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * A site written while it is built: each file goes into the staging folder the moment it is
 * put, unless the output folder holds those bytes already, and only its path is kept, so a
 * build holds the pages it is working on, not the site. {@link #commit} swaps the staged files
 * in ({@link SiteWriter}); closing without a commit (the build found an error after its pages
 * were written) deletes the staging folder and leaves the output folder as it was.
 */
public final class StagedSite implements SiteOutput, AutoCloseable {

    private final Path out;
    private final Path staging;
    private final Manifest old;
    private final SiteWriter.Disk disk;
    private final boolean created;
    /**
     * In the order put, not sorted: a sorted set compares long common prefixes on every add; the
     * commit sorts once, in one pass when they came in order (essay:serve writes a whole site).
     */
    private final Set<String> paths = Collections.synchronizedSet(new LinkedHashSet<>());
    private final Set<String> changed = new ConcurrentSkipListSet<>();
    private final Set<String> foreign = new ConcurrentSkipListSet<>();
    /** The digests of the last build's files ({@link OutputDigests}), and the digest of each file of this one known by it. */
    private final OutputDigests before;
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    /** The files {@link OutputDigests#holds} found as the last build left them: their entries stand. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    /** The staging folder's folders made so far. */
    private final Set<Path> stagedFolders = ConcurrentHashMap.newKeySet();
    private boolean committed;
    private OutputDigests after = OutputDigests.NONE;

    private StagedSite(Path out, Manifest old, SiteWriter.Disk disk, boolean created, OutputDigests before) {
        this.before = before;
        this.out = out;
        this.staging = out.resolve(SiteWriter.STAGING);
        this.old = old;
        this.disk = disk;
        this.created = created;
    }

    /** Opens a fresh staging folder in {@code out} (a real path, checked against the sources). */
    static StagedSite open(Path out, SiteWriter.Disk disk, OutputDigests before) {
        try {
            Manifest old = Manifest.read(out);
            boolean created = !Files.exists(out);
            Files.createDirectories(out);
            StagedSite site = new StagedSite(out, old, disk, created, before);
            SiteWriter.deleteTree(site.staging);
            Files.createDirectory(site.staging);
            return site;
        } catch (IOException e) {
            throw new OutputFolderException("Cannot write the site to " + out + ": " + OutputFolder.reason(e)
                    + ". Nothing was changed.");
        }
    }

    @Override
    public void put(String path, SiteFiles.Content content) {
        Path target = SiteWriter.inside(out, path);
        Path staged = SiteWriter.inside(staging, path);
        try {
            if (!paths.add(path)) { // put again: what was staged for it is stale
                held.remove(path);
                changed.remove(path);
                digests.remove(path);
                Files.deleteIfExists(staged);
            }
            // one look at the file for all that follows; none in a folder this build made: nothing is there, and each
            // look at a missing file is an exception with its stack trace (7,000 of them in a clean 1,000-essay build)
            BasicFileAttributes there = created ? null : attributes(target);
            if (there != null && (there.isDirectory() || !old.contains(path))) {
                foreign.add(path);
                return;
            }
            // bytes in hand are known by their digest too: the next build then finds the file as this one
            // left it by one look, not by reading it back (a 1,000-essay site's "cite this essay" files: 21 ms)
            SiteFiles.Known known = content instanceof SiteFiles.Known k ? k
                    : content instanceof SiteFiles.Bytes b ? SiteFiles.Known.of(b.bytes()) : null;
            if (known != null) {
                digests.put(path, known.digest());
            }
            if (old.contains(path) && there != null) {
                if (known != null && before.holds(path, there, known)) {
                    held.add(path);
                    return;
                }
                if (SiteWriter.alreadyThere(target, content)) {
                    return;
                }
            }
            SiteWriter.makeFolder(staged.getParent(), stagedFolders);
            disk.write(staged, content);
            changed.add(path);
        } catch (IOException e) {
            throw new OutputFolderException("Cannot write the site to " + out + ": " + OutputFolder.reason(e)
                    + ". The site there is still the previous one.");
        }
    }

    /**
     * Puts a file this site's writer wrote in the last build with these very contents: when the
     * output folder still lists it and holds a plain file of its size, it is taken as there, not
     * read back; otherwise it is put as any file is.
     */
    void keep(String path, SiteFiles.Content content) {
        Path target = SiteWriter.inside(out, path);
        try {
            if (content instanceof SiteFiles.Bytes bytes && old.contains(path) && !paths.contains(path)) {
                BasicFileAttributes file = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (file.isRegularFile() && file.size() == bytes.bytes().length) {
                    paths.add(path);
                    return;
                }
            }
        } catch (IOException e) {
            // put below, which names the problem if there is one
        }
        put(path, content);
    }

    /** The attributes of {@code file}, not following a link, or null when there is none (or, as {@link Files#exists} has it, none can be read). */
    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public Set<String> paths() {
        return Collections.unmodifiableSet(paths);
    }

    /**
     * Swaps the staged files in and deletes those of the old site the new one lacks.
     *
     * @return how many files were written (the others were there with the same bytes)
     */
    public int commit() {
        if (!foreign.isEmpty()) {
            throw new OutputFolderException("The output folder " + out + " holds files essaykit did not write where the site "
                    + "needs to write: " + String.join(", ", foreign) + "; nothing was changed. Move them away, or choose "
                    + "another outputDirectory.");
        }
        boolean swapping = false;
        try {
            Manifest next = new Manifest(paths);
            List<String> gone = new ArrayList<>(); // sorted: deleted from the last, a folder's files before it
            old.files().forEach(file -> {
                if (!next.contains(file)) {
                    gone.add(file);
                }
            });
            List<String> touched = new ArrayList<>(changed);
            touched.addAll(gone);
            SiteWriter.refuseReadOnly(out, touched);
            boolean sameFiles = next.sameAs(old); // an edit seldom adds or removes a file: the marker stays
            if (!sameFiles) {
                old.plus(next.files()).write(out, staging);
            }
            swapping = true;
            SiteWriter.swap(out, staging, new ArrayList<>(changed), disk);
            for (int i = gone.size() - 1; i >= 0; i--) {
                SiteWriter.deleteOurs(out, gone.get(i));
            }
            if (!sameFiles) {
                next.write(out, staging);
            }
            committed = true;
            after = before.next(out, digests, held);
            return changed.size();
        } catch (IOException e) {
            throw new OutputFolderException("Cannot write the site to " + out + ": " + OutputFolder.reason(e) + ". "
                    + (swapping ? "The site there is partly updated; the next build completes it."
                            : "The site there is still the previous one."));
        }
    }

    /** Deletes the staging folder; without a commit also the output folder if this build created it. */
    @Override
    public void close() {
        try {
            SiteWriter.deleteTree(staging);
            if (!committed && created) {
                try (var entries = Files.list(out)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(out);
                    }
                }
            }
        } catch (IOException e) {
            throw new OutputFolderException("Cannot delete the staging folder " + staging + ": " + OutputFolder.reason(e));
        }
    }

    /** The digests of the files this site left in the output folder, once committed ({@link OutputDigests#NONE} before). */
    public OutputDigests digests() {
        return after;
    }

    List<String> changed() {
        return List.copyOf(changed);
    }
}
