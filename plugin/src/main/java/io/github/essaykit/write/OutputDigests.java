package io.github.essaykit.write;

import io.github.essaykit.cache.Blob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest of each page and download the last build left in an output folder, with the size
 * and modification time the file had then. A file whose size and time are still those holds those
 * bytes (as the whole-site short cut assumes of every file): a build checks an unchanged page
 * with one stat instead of reading and hashing it, which was a thousand reads of 80 KB for a
 * one-edit build of a 1,000-essay site. Kept by the site stage in the build cache; an entry that
 * does not match is no entry, and the file is compared by its bytes.
 */
public final class OutputDigests {

    /** Knows no file. */
    public static final OutputDigests NONE = new OutputDigests(Map.of());

    private static final String FORMAT = "output digests 1";

    private record Entry(long size, String time, String digest) {}

    private final Map<String, Entry> files;

    private OutputDigests(Map<String, Entry> files) {
        this.files = files;
    }

    /** True when {@code target}, the site's {@code path}, is a plain file of the size and time it had when it held {@code known}'s bytes. */
    boolean holds(String path, Path target, SiteFiles.Known known) {
        Entry entry = files.get(path);
        if (entry == null || entry.size() != known.size() || !entry.digest().equals(known.digest())) {
            return false;
        }
        try {
            BasicFileAttributes file = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return file.isRegularFile() && file.size() == entry.size() && file.lastModifiedTime().toString().equals(entry.time());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The digests of these files as they are now in {@code out}, each the site's path and the
     * digest of the bytes just written or found there; a file that cannot be read is left out.
     */
    static OutputDigests of(Path out, Map<String, String> written) {
        Map<String, Entry> files = new TreeMap<>();
        written.forEach((path, digest) -> {
            try {
                BasicFileAttributes file = Files.readAttributes(SiteWriter.inside(out, path), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (file.isRegularFile()) {
                    files.put(path, new Entry(file.size(), file.lastModifiedTime().toString(), digest));
                }
            } catch (IOException e) {
                // left out: compared by its bytes next time
            }
        });
        return new OutputDigests(files);
    }

    public byte[] bytes() {
        Blob.Writer out = new Blob.Writer().string(FORMAT).integer(files.size());
        files.forEach((path, entry) -> out.string(path).string(Long.toString(entry.size())).string(entry.time()).string(entry.digest()));
        return out.bytes();
    }

    /** @throws Blob.Corrupt when these are not such bytes */
    public static OutputDigests read(byte[] bytes) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        Map<String, Entry> files = new TreeMap<>();
        for (int i = in.count(); i > 0; i--) {
            String path = in.string();
            try {
                files.put(path, new Entry(Long.parseLong(in.string()), in.string(), in.string()));
            } catch (NumberFormatException e) {
                throw new Blob.Corrupt("a size that is no number");
            }
        }
        in.end();
        return new OutputDigests(files);
    }
}
