package io.github.essaykit.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * Results of earlier builds by the fingerprint of what they were made from: in memory for one
 * essay:serve session, or in a folder under target/ between essay:build runs. A cache only
 * saves work: an entry that is missing, unreadable, truncated, of another format or altered
 * (each file carries its key and a checksum) reads as absent, and a folder that cannot be
 * written just keeps nothing; neither ever fails a build. Only files named like its entries are
 * ever deleted from the folder. Thread-safe.
 */
public final class ResultCache {

    /** Keeps nothing. */
    public static final ResultCache NONE = new ResultCache(null, false);

    private static final String HEADER = "essaykit-cache 2\n";
    /** The checksum's length in hex digits ({@link #checksum}). */
    private static final int SUM = 8;
    private static final String SUFFIX = ".entry";
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.entry");

    private final Path folder;
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
    /** Whether {@link #put} made the folder already (or found it). */
    private volatile boolean folderMade;

    private ResultCache(Path folder, boolean enabled) {
        this.folder = folder;
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

    /** Whether this cache keeps anything (not {@link #NONE}): without, a caller need not make the bytes to put. */
    public boolean keeps() {
        return enabled;
    }

    /** The value stored under {@code key}, if there is a sound one. */
    public Optional<byte[]> get(String key) {
        if (!enabled) {
            return Optional.empty();
        }
        used.add(token(key));
        if (folder == null) {
            Object kept = memory.get(key);
            return kept instanceof byte[] bytes ? Optional.of(bytes) : Optional.empty();
        }
        try {
            Path file = folder.resolve(key + SUFFIX);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.ofNullable(unwrap(key, Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
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
        if (enabled && folder == null) {
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
        if (enabled && folder == null) {
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
        used.add(token(key));
        if (folder == null) {
            memory.put(key, value);
            return;
        }
        if (!writable) {
            return;
        }
        try {
            if (!folderMade) { // once: a build puts thousands of entries, each a failed mkdir otherwise
                Files.createDirectories(folder);
                folderMade = true;
            }
            Path temp = Files.createTempFile(folder, "write-", ".tmp");
            boolean moved = false;
            try {
                try (OutputStream out = Files.newOutputStream(temp)) { // the head, then the value: no copy of a large value
                    out.write(head(key, value));
                    out.write(value);
                }
                try {
                    Files.move(temp, folder.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, folder.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING);
                }
                moved = true;
            } finally {
                if (!moved) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            writable = false;
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
        if (folder != null && writable && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    boolean stale = ENTRY.matcher(name).matches() && !used.contains(token(name));
                    boolean leftover = name.startsWith("write-") && name.endsWith(".tmp");
                    if (stale || leftover) {
                        Files.deleteIfExists(file);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a cache left larger than needed is harmless
            }
        }
        used.clear();
    }

    /** A key's first 16 hex digits as a number (every key is a {@link Fingerprint#hex}); another key's hash. */
    static long token(String key) {
        try {
            return Long.parseUnsignedLong(key, 0, 16, 16);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return key.hashCode();
        }
    }

    /** What an entry's file holds before its value. */
    private static byte[] head(String key, byte[] value) {
        return (HEADER + key + "\n" + checksum(value) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The value of a file written by {@link #put} (its {@link #head}, then the value) for this key, or null. */
    private static byte[] unwrap(String key, byte[] file) {
        byte[] head = (HEADER + key + "\n").getBytes(StandardCharsets.US_ASCII);
        int sumEnd = head.length + SUM;
        if (file.length < sumEnd + 1 || !Arrays.equals(file, 0, head.length, head, 0, head.length) || file[sumEnd] != '\n') {
            return null;
        }
        String sum = new String(file, head.length, SUM, StandardCharsets.US_ASCII);
        byte[] value = Arrays.copyOfRange(file, sumEnd + 1, file.length);
        return checksum(value).equals(sum) ? value : null;
    }

    /**
     * A CRC-32C of the value, as hex: it finds a damaged entry (truncated, bits flipped, another
     * value under this key's header); the key line says which entry it is. A build reads tens of
     * megabytes of entries, which a CRC checks several times faster than SHA-256 in a fresh JVM.
     */
    private static String checksum(byte[] value) {
        CRC32C crc = new CRC32C();
        crc.update(value);
        crc.update(value.length >>> 24);
        crc.update(value.length >>> 16);
        crc.update(value.length >>> 8);
        crc.update(value.length);
        String hex = Long.toHexString(crc.getValue());
        return "0".repeat(SUM - hex.length()) + hex;
    }
}
