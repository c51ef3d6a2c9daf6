package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.discover.FileStamp;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each essay file's digest as the last essay:build read it, with the file's {@link FileStamp}
 * then, kept only where the stamp stood for the bytes read ({@link FileStamp#vouches}: the file
 * had been still for a while). While an essay's stamp is the same, the next build knows its
 * digest, and through it the essay's front matter and facts in the cache, without reading and
 * hashing the file: a build after one edit of a 1,000-essay site read and hashed all 1,000. A
 * write to a file changes its status-change time, which nothing can set back, so a changed
 * essay never keeps its stamp. One entry per source folder; a damaged entry is no entry.
 */
final class EssayStamps {

    private static final String FORMAT = "essay stamps 1";

    /** A file's stamp as {@link #print} writes it, and the digest of the bytes read under it. */
    private record Known(String stamp, String digest) {}

    private final ResultCache cache;
    private final String key;
    private volatile Map<String, Known> last;
    private final Map<String, Known> now = new ConcurrentHashMap<>();

    private EssayStamps(ResultCache cache, String key) {
        this.cache = cache;
        this.key = key;
    }

    static EssayStamps in(ResultCache cache, Path sourceDirectory) {
        return new EssayStamps(cache, Fingerprint.start(FORMAT).add(CodeStamp.current())
                .add(sourceDirectory.toAbsolutePath().normalize().toString()).hex());
    }

    /** The digest of {@code file} when its stamp now is the one the last build read it under; else null. */
    String digest(Path file, FileStamp stamp) {
        if (stamp == null) {
            return null;
        }
        Known known = last().get(file.toString());
        if (known == null || !known.stamp().equals(print(stamp))) {
            return null;
        }
        now.put(file.toString(), known);
        return known.digest();
    }

    /**
     * Records that {@code file}, stamped {@code stamp} before it was read, read as bytes of this
     * digest, if the stamp stands for them: taken at or after {@code startedMillis}, the file
     * still for a while before.
     */
    void read(Path file, FileStamp stamp, long startedMillis, String digest) {
        if (stamp != null && stamp.vouches(startedMillis)) {
            now.put(file.toString(), new Known(print(stamp), digest));
        }
    }

    /** Keeps the stamps of this build's reads (and of the essays it knew by them) for the next. */
    void save() {
        if (!cache.keeps() || now.isEmpty()) {
            return; // an entry of the last run, unused, goes with the others
        }
        Blob.Writer out = new Blob.Writer().string(FORMAT);
        Map<String, Known> sorted = new TreeMap<>(now);
        out.integer(sorted.size());
        sorted.forEach((file, known) -> out.string(file).string(known.stamp()).string(known.digest()));
        cache.put(key, out.bytes());
    }

    private Map<String, Known> last() {
        Map<String, Known> known = last;
        return known != null ? known : readLast();
    }

    private synchronized Map<String, Known> readLast() {
        if (last == null) {
            Map<String, Known> read = Map.of();
            try {
                read = cache.get(key).map(EssayStamps::read).orElse(Map.of());
            } catch (Blob.Corrupt e) {
                // every essay read
            }
            last = read;
        }
        return last;
    }

    private static Map<String, Known> read(byte[] bytes) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        Map<String, Known> files = new HashMap<>();
        for (int i = in.count(); i > 0; i--) {
            files.put(in.string(), new Known(in.string(), in.string()));
        }
        in.end();
        return files;
    }

    private static String print(FileStamp stamp) {
        return stamp.size() + " " + stamp.modified() + " " + stamp.changed() + " " + stamp.device() + " " + stamp.inode();
    }
}
