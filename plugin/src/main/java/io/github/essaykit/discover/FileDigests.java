package io.github.essaykit.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each file's digest ({@link ContentDigest}), read and hashed again only when its {@link FileStamp} changed: essay:serve
 * keeps one for its session, so an edited essay does not rehash a 5,000-entry bibliography on
 * every save. A digest is kept only when the stamp vouched for the bytes read. Thread-safe.
 */
public final class FileDigests {

    private record Known(FileStamp stamp, String digest) {}

    /** How a file's bytes are read: a seam so a test can count the reads. */
    interface Reader {
        byte[] read(Path file) throws IOException;
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    private final Reader reader;

    public FileDigests() {
        this(Files::readAllBytes);
    }

    FileDigests(Reader reader) {
        this.reader = reader;
    }

    /** The digest of {@code file}'s bytes, in hex ({@link ContentDigest#of}). */
    public String of(Path file) throws IOException {
        long started = System.currentTimeMillis();
        FileStamp stamp = FileStamp.of(file);
        Known last = known.get(file);
        if (stamp != null && last != null && last.stamp().equals(stamp)) {
            return last.digest();
        }
        String digest = ContentDigest.of(reader.read(file));
        if (stamp != null && stamp.vouches(started)) {
            known.put(file, new Known(stamp, digest));
        } else {
            known.remove(file);
        }
        return digest;
    }
}
