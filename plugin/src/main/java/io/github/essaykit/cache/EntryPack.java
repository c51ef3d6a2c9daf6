package io.github.essaykit.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.zip.CRC32C;

/**
 * A cache folder's entries in one file, {@value #PACK}, with an {@value #INDEX} of where each
 * is. A build wrote one file an entry before: ten thousand at a thousand essays, whose creation
 * and renaming cost this machine's file system seconds of system time. Entries are appended as
 * they are put; {@link #keepOnly} writes the index of those a build used, and copies them into a
 * fresh pack once the dead ones outweigh them.
 *
 * <p>Every record carries its key and a checksum, and every read checks both, so nothing
 * written here is trusted: a torn append (a build stopped mid-write), a pack and index from
 * different builds, or two builds appending at once, read as absent entries, never as wrong
 * ones. The index only saves reading the pack: without a sound one the records are found by
 * walking it. Not thread-safe alone: {@link ResultCache} synchronizes.
 */
final class EntryPack {

    static final String PACK = "entries.pack";
    static final String INDEX = "entries.index";
    private static final byte[] PACK_HEAD = "essaykit-pack 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INDEX_HEAD = "essaykit-index 1\n".getBytes(StandardCharsets.US_ASCII);
    /** The pack's head, then its generation: an index names the generation it was written for. */
    private static final int START = PACK_HEAD.length + Long.BYTES;
    private static final int MARK = 0x454b5231; // "EKR1"
    /** A record's mark, key length, value length and checksum. */
    private static final int FIXED = 4 * Integer.BYTES;
    private static final int MAX_KEY = 1024;
    /** An index entry: a token, an offset and a length. */
    private static final int SPOT = 2 * Long.BYTES + Integer.BYTES;
    /** Reads and writes go through the JDK's per-thread direct buffers: at most this much at a time, so none grows to an entry's size. */
    private static final int CHUNK = 256 * 1024;
    /** Dead bytes the pack may hold beyond its live ones before it is compacted. */
    private static final long SLACK = 16L << 20;

    private final Path folder;
    private Spots spots = new Spots();
    private FileChannel channel;
    private long generation;
    private long end;
    /** Whether {@link #open} found no pack: a clean build asks for ten thousand absent entries, and need not look each time. */
    private boolean missing;
    /** Whether the pack could not be opened (a folder it cannot read, say): a build asks ten thousand times, and it fails once. */
    private boolean unusable;

    EntryPack(Path folder) {
        this.folder = folder;
    }

    /** The value last put under {@code key}, or null if there is no sound one. */
    byte[] get(String key, long token) throws IOException {
        open(false);
        if (channel == null) {
            return null;
        }
        int at = spots.find(token);
        if (at < 0) {
            return null;
        }
        byte[] record = read(spots.offset(at), spots.length(at));
        return value(record, key);
    }

    void put(String key, long token, byte[] value) throws IOException {
        open(true);
        if (channel == null) {
            throw new IOException("the pack in " + folder + " cannot be opened");
        }
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer head = ByteBuffer.allocate(FIXED + keyBytes.length);
        head.putInt(MARK).putInt(keyBytes.length).putInt(value.length).putInt(checksum(keyBytes, value)).put(keyBytes).flip();
        long size = channel.size();
        if (size > end) { // another build appended meanwhile, or one was stopped mid-record
            end = walk(end);
            if (end < size) {
                channel.truncate(end); // a torn record: appended after, it would hide every record that follows
            }
        }
        long at = end;
        long length = head.remaining() + (long) value.length;
        write(head, at);
        write(ByteBuffer.wrap(value), at + head.capacity());
        end = at + length;
        spots.put(token, at, Math.toIntExact(length));
    }

    /**
     * Keeps the entries whose tokens {@code used} accepts and forgets the rest: writes the index
     * of the kept ones, compacting the pack first when it is mostly dead. Deletes the files of the
     * one-file-an-entry format before it ({@code legacy}) and left-over temporary files.
     */
    void keepOnly(LongPredicate used, Predicate<String> legacy) throws IOException {
        open(false);
        deleteLegacy(legacy);
        if (channel == null) {
            return;
        }
        spots.retain(used);
        try {
            if (end - START > 2 * spots.liveBytes() + SLACK) {
                compact();
            }
            writeIndex();
        } finally {
            close();
        }
    }

    /** Every key with a sound entry, for tests and tools. */
    List<String> keys() throws IOException {
        open(false);
        List<String> keys = new ArrayList<>();
        if (channel != null) {
            for (int at : spots.slots()) {
                byte[] record = read(spots.offset(at), spots.length(at));
                String key = key(record);
                if (key != null && value(record, key) != null) {
                    keys.add(key);
                }
            }
        }
        keys.sort(null);
        return keys;
    }

    void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
        spots.clear();
        missing = false;
        unusable = false;
    }

    /** Opens the pack and learns where its records are (once); with {@code create}, makes it if missing. */
    private void open(boolean create) throws IOException {
        if (channel != null || unusable || missing && !create) {
            return;
        }
        try {
            openPack(create);
        } catch (IOException | RuntimeException e) {
            unusable = true;
            if (channel != null) {
                channel.close();
                channel = null;
            }
            throw e;
        }
    }

    private void openPack(boolean create) throws IOException {
        Path pack = folder.resolve(PACK);
        if (!Files.isRegularFile(pack, LinkOption.NOFOLLOW_LINKS)) {
            if (!create) {
                missing = true;
                return;
            }
            Files.createDirectories(folder);
            fresh(pack);
            return;
        }
        channel = FileChannel.open(pack, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        byte[] head = channel.size() >= START ? read(0, START) : new byte[0];
        if (head.length < START || !Arrays.equals(head, 0, PACK_HEAD.length, PACK_HEAD, 0, PACK_HEAD.length)) {
            channel.close();
            channel = null;
            fresh(pack);
            return;
        }
        generation = ByteBuffer.wrap(head, PACK_HEAD.length, Long.BYTES).getLong();
        long indexed = readIndex();
        end = walk(indexed >= START ? indexed : START); // the records appended after the index was written
    }

    private void fresh(Path pack) throws IOException {
        long next = ThreadLocalRandom.current().nextLong();
        Path temp = temporary();
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            write(out, packHead(next), 0);
        }
        move(temp, pack);
        channel = FileChannel.open(pack, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        generation = next;
        end = START;
        spots.clear();
    }

    /** Reads the index if it is sound and written for this pack; returns where the records it covers end, or -1. */
    private long readIndex() {
        byte[] index;
        try {
            index = Files.readAllBytes(folder.resolve(INDEX));
        } catch (IOException e) {
            return -1;
        }
        int fixed = INDEX_HEAD.length + 2 * Long.BYTES + Integer.BYTES;
        if (index.length < fixed + Integer.BYTES || !Arrays.equals(index, 0, INDEX_HEAD.length, INDEX_HEAD, 0, INDEX_HEAD.length)) {
            return -1;
        }
        CRC32C crc = new CRC32C();
        crc.update(index, 0, index.length - Integer.BYTES);
        ByteBuffer in = ByteBuffer.wrap(index);
        if ((int) crc.getValue() != in.getInt(index.length - Integer.BYTES)) {
            return -1;
        }
        in.position(INDEX_HEAD.length);
        long written = in.getLong();
        long covered = in.getLong();
        int count = in.getInt();
        if (written != generation || (long) count * SPOT != index.length - fixed - Integer.BYTES) {
            return -1;
        }
        for (int i = 0; i < count; i++) {
            spots.put(in.getLong(), in.getLong(), in.getInt());
        }
        return covered;
    }

    private void writeIndex() throws IOException {
        List<Integer> slots = spots.slots();
        ByteBuffer out = ByteBuffer.allocate(INDEX_HEAD.length + 2 * Long.BYTES + Integer.BYTES + slots.size() * SPOT + Integer.BYTES);
        out.put(INDEX_HEAD).putLong(generation).putLong(end).putInt(slots.size());
        for (int at : slots) {
            out.putLong(spots.token(at)).putLong(spots.offset(at)).putInt(spots.length(at));
        }
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        Path temp = temporary();
        Files.write(temp, out.array());
        move(temp, folder.resolve(INDEX));
    }

    /**
     * A new empty file to write and then move into place, named as {@code Files.createTempFile}
     * names them; not made by it, whose SecureRandom takes a new JVM 3 ms to seed.
     */
    private Path temporary() throws IOException {
        while (true) {
            try {
                return Files.createFile(folder.resolve("write-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** Copies the live records into a new pack of a new generation, which replaces this one. */
    private void compact() throws IOException {
        long next = ThreadLocalRandom.current().nextLong();
        Path temp = temporary();
        Spots moved = new Spots();
        long at = START;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            write(out, packHead(next), 0);
            out.position(START);
            for (int slot : spots.slots()) {
                long from = spots.offset(slot);
                int length = spots.length(slot);
                for (long done = 0; done < length; ) { // in the kernel: no buffer the size of an entry
                    done += channel.transferTo(from + done, length - done, out);
                }
                moved.put(spots.token(slot), at, length);
                at += length;
            }
        }
        move(temp, folder.resolve(PACK));
        channel.close();
        channel = FileChannel.open(folder.resolve(PACK), StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        generation = next;
        end = at;
        spots = moved;
    }

    /** Finds the whole records from {@code from} on (each mark and lengths sane); returns where the last one ends. */
    private long walk(long from) throws IOException {
        long size = channel.size();
        long at = from;
        while (at + FIXED <= size) {
            ByteBuffer fixed = ByteBuffer.wrap(read(at, FIXED));
            int mark = fixed.getInt();
            int keyLength = fixed.getInt();
            int valueLength = fixed.getInt();
            long length = (long) FIXED + keyLength + valueLength;
            if (mark != MARK || keyLength <= 0 || keyLength > MAX_KEY || valueLength < 0 || at + length > size) {
                break;
            }
            String key = new String(read(at + FIXED, keyLength), StandardCharsets.UTF_8);
            spots.put(ResultCache.token(key), at, Math.toIntExact(length));
            at += length;
        }
        return at;
    }

    /** The value of {@code record} if it is a sound record of {@code key}, else null. */
    private static byte[] value(byte[] record, String key) {
        String stored = key(record);
        if (stored == null || !stored.equals(key)) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(record);
        int keyLength = in.getInt(4);
        int valueLength = in.getInt(8);
        int sum = in.getInt(12);
        if (FIXED + keyLength + valueLength != record.length) {
            return null;
        }
        CRC32C crc = new CRC32C(); // over the record's own ranges: the key is not copied out for it
        crc.update(record, FIXED, keyLength + valueLength);
        return (int) crc.getValue() == sum ? Arrays.copyOfRange(record, FIXED + keyLength, record.length) : null;
    }

    private static String key(byte[] record) {
        if (record.length < FIXED) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(record);
        int keyLength = in.getInt(4);
        if (in.getInt(0) != MARK || keyLength <= 0 || keyLength > MAX_KEY || FIXED + keyLength > record.length) {
            return null;
        }
        return new String(record, FIXED, keyLength, StandardCharsets.UTF_8);
    }

    /** A CRC-32C of key and value: finds a torn or overwritten record (a CRC checks tens of megabytes a build cheaply). */
    private static int checksum(byte[] key, byte[] value) {
        CRC32C crc = new CRC32C();
        crc.update(key);
        crc.update(value);
        return (int) crc.getValue();
    }

    private static ByteBuffer packHead(long generation) {
        return ByteBuffer.allocate(START).put(PACK_HEAD).putLong(generation).flip();
    }

    private byte[] read(long at, int length) throws IOException {
        byte[] bytes = new byte[length];
        for (int done = 0; done < length; ) {
            int n = channel.read(ByteBuffer.wrap(bytes, done, Math.min(CHUNK, length - done)), at + done);
            if (n < 0) {
                return Arrays.copyOf(bytes, done); // the pack ends early: the record reads as unsound
            }
            done += n;
        }
        return bytes;
    }

    private void write(ByteBuffer bytes, long at) throws IOException {
        write(channel, bytes, at);
    }

    private static void write(FileChannel to, ByteBuffer bytes, long at) throws IOException {
        long position = at;
        while (bytes.hasRemaining()) {
            ByteBuffer chunk = bytes.slice().limit(Math.min(CHUNK, bytes.remaining()));
            int n = to.write(chunk, position);
            position += n;
            bytes.position(bytes.position() + n);
        }
    }

    private void deleteLegacy(Predicate<String> legacy) {
        try (var files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (legacy.test(name) || name.startsWith("write-") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (NoSuchFileException e) {
            // nothing kept yet
        } catch (IOException | RuntimeException e) {
            // a cache left larger than needed is harmless
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
