package io.github.essaykit.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Results of earlier builds by the fingerprint of what they were made from: in memory for one
 * essay:serve session, or in a folder under target/ between essay:build runs, all in one file
 * ({@link EntryPack}). A cache only saves work: an entry that is missing, unreadable,
 * truncated, of another format or altered (each carries its key and a checksum) reads as
 * absent, and a folder that cannot be written just keeps nothing; neither ever fails a build.
 * Only files named like its own are ever deleted from the folder. Thread-safe.
 */
public final class ResultCache {

    /** Keeps nothing. */
    public static final ResultCache NONE = new ResultCache(null, false);

    /** The files of the format before {@link EntryPack}, one an entry: deleted when a build keeps what it used. */
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.entry");

    private final EntryPack pack;
    private final boolean enabled;
    /** In memory: each entry's bytes, or the value they were read as ({@link #get(String, Function)}). */
    private final Map<String, Object> memory = new ConcurrentHashMap<>();
    /**
     * The keys read or written since {@link #keepOnlyUsed}, each by its first 64 bits
     * ({@link #token}): a build uses ten keys an essay, and 64-character strings were a megabyte
     * for every thousand essays. Two keys of one token only keep a stale entry a build longer.
     */
    private final Set<Long> used = ConcurrentHashMap.newKeySet();
    private volatile boolean writable = true;

    private ResultCache(Path folder, boolean enabled) {
        this.pack = folder == null ? null : new EntryPack(folder);
        this.enabled = enabled;
    }

    /** A cache for the length of this object (essay:serve). */
    public static ResultCache inMemory() {
        return new ResultCache(null, true);
    }

    /** A cache kept in {@code folder} (created when first written). */
    public static ResultCache inFolder(Path folder) {
        return new ResultCache(folder.toAbsolutePath().normalize(), true);
    }

    /** Whether this cache is kept in a folder between runs (essay:build), not in memory for a session. */
    public boolean inFolder() {
        return pack != null;
    }

    /** Whether this cache keeps anything (not {@link #NONE}): without, a caller need not make the bytes to put. */
    public boolean keeps() {
        return enabled;
    }

    /** The value stored under {@code key}, if there is a sound one. */
    public Optional<byte[]> get(String key) {
        if (!enabled) {
            return Optional.empty();
        }
        long token = token(key);
        used.add(token);
        if (pack == null) {
            Object kept = memory.get(key);
            return kept instanceof byte[] bytes ? Optional.of(bytes) : Optional.empty();
        }
        synchronized (pack) {
            try {
                return Optional.ofNullable(pack.get(key, token));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * The value stored under {@code key} as {@code read} reads it. In memory (essay:serve) the
     * value read is what is kept, so later builds read no bytes: {@code read} must give an
     * immutable value, and be the one reader of its keys (keys of one kind share a prefix).
     *
     * @throws Blob.Corrupt from {@code read}: the caller makes the value afresh and puts it
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(String key, Function<byte[], T> read) {
        if (enabled && pack == null) {
            used.add(token(key));
            Object kept = memory.get(key);
            if (kept == null || !(kept instanceof byte[] bytes)) {
                return Optional.ofNullable((T) kept);
            }
            T value = read.apply(bytes);
            memory.replace(key, kept, value);
            return Optional.of(value);
        }
        return get(key).map(read);
    }

    /** Keeps the entry under {@code key} (if any) through {@link #keepOnlyUsed} without reading it. */
    public void keep(String key) {
        if (enabled) {
            used.add(token(key));
        }
    }

    /** Stores {@code value} under {@code key} as {@code bytes}; in memory, the value itself (see {@link #get(String, Function)}). */
    public void put(String key, Supplier<byte[]> bytes, Object value) {
        if (enabled && pack == null) {
            used.add(token(key));
            memory.put(key, value);
        } else if (enabled) {
            put(key, bytes.get());
        }
    }

    /** Stores {@code value} under {@code key}; quietly keeps nothing when the folder cannot be written. */
    public void put(String key, byte[] value) {
        if (!enabled) {
            return;
        }
        long token = token(key);
        used.add(token);
        if (pack == null) {
            memory.put(key, value);
            return;
        }
        synchronized (pack) {
            if (!writable) {
                return;
            }
            try {
                pack.put(key, token, value);
            } catch (IOException | RuntimeException e) {
                writable = false;
            }
        }
    }

    /**
     * Forgets every entry not read or written since the last call (results of essays since
     * edited or deleted), so the cache holds one build's worth.
     */
    public void keepOnlyUsed() {
        if (!enabled) {
            return;
        }
        memory.keySet().removeIf(key -> !used.contains(token(key)));
        if (pack != null) {
            synchronized (pack) {
                try {
                    if (writable) {
                        pack.keepOnly(used::contains, name -> ENTRY.matcher(name).matches());
                    } else {
                        pack.close();
                    }
                } catch (IOException | RuntimeException e) {
                    // a cache left larger than needed is harmless; the next build finds its records by walking the pack
                }
            }
        }
        used.clear();
    }

    /** The keys of the sound entries in the folder (none in memory), sorted: for tests and tools. */
    public List<String> keys() {
        if (pack == null) {
            return List.of();
        }
        synchronized (pack) {
            try {
                return pack.keys();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
    }

    /** A key's first 16 hex digits as a number (every key is a {@link Fingerprint#hex}); another key's hash. */
    static long token(String key) {
        try {
            return Long.parseUnsignedLong(key, 0, 16, 16);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return key.hashCode();
        }
    }
}
