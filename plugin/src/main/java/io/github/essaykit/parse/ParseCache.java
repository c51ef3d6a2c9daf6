package io.github.essaykit.parse;

import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.ContentDigest;
import io.github.essaykit.discover.FileStamp;
import io.github.essaykit.discover.InputText;
import io.github.essaykit.discover.SourceFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Parse results kept between the builds of one long-running session (essay:serve): an essay
 * whose bytes have the same digest as last time is not parsed again, and one whose
 * {@link FileStamp} is what it was when its bytes were read (and vouched for them) is not even
 * read again. Sharing a result is safe because it is a value: later stages read the Markdown
 * tree and never change it. Thread-safe. {@link #NONE} keeps nothing; {@link #oneBuild} keeps
 * trees from a one-off build's check to its pages, within a budget.
 */
public final class ParseCache {

    /** Parses every time; for builds that run once. */
    public static final ParseCache NONE = new ParseCache(false, System::currentTimeMillis, null);

    /**
     * @param stamp the file's stamp when its bytes were read, if it stands for them; else null
     * @param uncounted parsed for {@link #frontMatter}: counted as parsed when first read
     */
    private record Entry(String digest, FileStamp stamp, Charset encoding, EssayParser.Result result, boolean uncounted) {

        boolean holds(EssayParser parser, SourceFile file) {
            // the same file by its name and path (its slug follows from the name), not by the record's
            // equals: its first call links an invokedynamic, 10 ms of the edited page's path in a new JVM
            return encoding.equals(parser.encoding()) && (result.essay() == null
                    || result.essay().file().relative().equals(file.relative()) && result.essay().file().path().equals(file.path()));
        }
    }

    private final boolean enabled;
    /**
     * One build's room left, in bytes of Markdown, for trees {@link #read} keeps until {@link #again}
     * takes them; null when every result is kept (a session) or none is ({@link #NONE}).
     */
    private final AtomicLong handOnRoom;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    /** The wall clock, in milliseconds, that file times are compared with. */
    private final LongSupplier clock;

    private ParseCache(boolean enabled, LongSupplier clock, AtomicLong handOnRoom) {
        this.enabled = enabled;
        this.clock = clock;
        this.handOnRoom = handOnRoom;
    }

    public static ParseCache create() {
        return create(System::currentTimeMillis);
    }

    /** A session's cache reading the time from {@code clock} (a test's, to make files look long still). */
    static ParseCache create(LongSupplier clock) {
        return new ParseCache(true, clock, null);
    }

    /**
     * For one build that reads each essay twice (its check, then its page, see {@link #again}): the
     * tree the first read parsed is handed on to the second instead of parsed again, for essays
     * of at most {@code bytes} in all, so that a large site does not hold every tree at once.
     * Nothing is kept by file stamp or after it was handed on.
     */
    public static ParseCache oneBuild(long bytes) {
        return new ParseCache(false, System::currentTimeMillis, new AtomicLong(bytes));
    }

    /** A parse result and the digest of the bytes it was parsed from (null when they could not be read). */
    public record Parsed(EssayParser.Result result, String digest) {}

    /** The parse result of {@code file}: the cached one when its bytes did not change. */
    public EssayParser.Result parse(EssayParser parser, SourceFile file) {
        return read(parser, file).result();
    }

    /** The parse result of {@code file} with its digest: the cached one when its bytes did not change. */
    public Parsed read(EssayParser parser, SourceFile file) {
        return read(parser, file, true);
    }

    private Parsed read(EssayParser parser, SourceFile file, boolean counted) {
        long started = clock.getAsLong();
        FileStamp stamp = enabled ? FileStamp.of(file.path()) : null;
        Entry unchanged = stamp == null ? null : entries.get(file.path());
        if (unchanged != null && stamp.equals(unchanged.stamp) && unchanged.holds(parser, file)) {
            return reuse(file, unchanged, counted);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            entries.remove(file.path());
            return new Parsed(new EssayParser.Result(null, Diagnostics.of(List.of(InputText.cannotRead(file.relative(), e)))), null);
        }
        String digest = ContentDigest.of(bytes);
        if (!enabled) {
            EssayParser.Result result = parser.parse(file, bytes);
            if (handOnRoom != null && handOnRoom.addAndGet(-bytes.length) >= 0) {
                entries.put(file.path(), new Entry(digest, null, parser.encoding(), result, false));
            }
            return new Parsed(result, digest);
        }
        FileStamp vouching = stamp != null && stamp.vouches(started) ? stamp : null;
        Entry cached = entries.get(file.path());
        if (cached != null && cached.digest.equals(digest) && cached.holds(parser, file)) {
            if (!Objects.equals(cached.stamp, vouching)) {
                cached = new Entry(digest, vouching, cached.encoding, cached.result, cached.uncounted);
                entries.put(file.path(), cached);
            }
            return reuse(file, cached, counted);
        }
        if (counted) {
            misses.incrementAndGet();
        }
        EssayParser.Result result = parser.parse(file, bytes);
        entries.put(file.path(), new Entry(digest, vouching, parser.encoding(), result, !counted));
        return new Parsed(result, digest);
    }

    /** A kept result, counted: the first time a result parsed for {@link #frontMatter} is read, as parsed. */
    private Parsed reuse(SourceFile file, Entry cached, boolean counted) {
        if (counted && cached.uncounted) {
            misses.incrementAndGet();
            entries.put(file.path(), new Entry(cached.digest, cached.stamp, cached.encoding, cached.result, false));
        } else if (counted) {
            hits.incrementAndGet();
        }
        return new Parsed(cached.result, cached.digest);
    }

    /**
     * The file and front matter of {@code file} (see {@link EssayParser#frontMatter}), or null
     * when it cannot be read or decoded. Parsed in full, and kept, when this cache keeps results.
     */
    public ParsedEssay frontMatter(EssayParser parser, SourceFile file) {
        if (enabled) {
            ParsedEssay essay = read(parser, file, false).result().essay();
            return essay == null ? null : essay.withoutDocument();
        }
        try {
            return parser.frontMatter(file, Files.readAllBytes(file.path()));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The essay of {@code file} parsed again from the bytes whose digest is {@code digest} (the
     * kept tree, when this cache keeps results), or null when its bytes changed since.
     */
    public ParsedEssay again(EssayParser parser, SourceFile file, String digest) {
        Entry cached = enabled ? entries.get(file.path()) : handOnRoom != null ? entries.remove(file.path()) : null;
        if (cached != null && cached.digest.equals(digest) && cached.result.essay() != null && cached.holds(parser, file)) {
            return cached.result.essay();
        }
        Parsed parsed = read(parser, file, false);
        return digest.equals(parsed.digest()) ? parsed.result().essay() : null;
    }

    /** Forgets the essays that are gone, so a long session does not keep deleted files. */
    public void retain(Collection<SourceFile> files) {
        Set<Path> present = new HashSet<>();
        files.forEach(f -> present.add(f.path()));
        entries.keySet().retainAll(present);
    }

    /** Essays parsed again / taken from the cache since the last call; resets both counts. */
    public Counts takeCounts() {
        return new Counts(misses.getAndSet(0), hits.getAndSet(0));
    }

    public record Counts(int parsed, int reused) {}
}
