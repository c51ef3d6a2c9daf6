package io.github.essaykit.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** A cache folder's entries as tests see and damage them. */
public final class CacheEntries {

    private CacheEntries() {}

    /** Every sound entry, by key, sorted. */
    public static Map<String, byte[]> read(Path folder) {
        ResultCache cache = ResultCache.inFolder(folder);
        Map<String, byte[]> entries = new TreeMap<>();
        for (String key : cache.keys()) {
            entries.put(key, cache.get(key).orElseThrow());
        }
        return entries;
    }

    /** Stores {@code value} under {@code key}, as a later build would find it. */
    public static void put(Path folder, String key, byte[] value) {
        ResultCache.inFolder(folder).put(key, value);
    }

    /** The key of every record in the pack, in the order they were appended, those put again and since forgotten included. */
    public static java.util.List<String> records(Path folder) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve(EntryPack.PACK));
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (int at = 24; at + 16 <= bytes.length; ) { // after the pack's head and generation: mark, lengths, checksum, key, value
            int keyLength = in.getInt(at + 4);
            keys.add(new String(bytes, at + 16, keyLength, StandardCharsets.UTF_8));
            at += 16 + keyLength + in.getInt(at + 8);
        }
        return keys;
    }

    /** Flips one bit of the last record stored under {@code key}, in the pack itself: its checksum no longer holds. */
    public static void damage(Path folder, String key) throws IOException {
        Path pack = folder.resolve(EntryPack.PACK);
        byte[] bytes = Files.readAllBytes(pack);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int last = -1;
        for (int at = 24; at + 16 <= bytes.length; ) { // after the pack's head and generation: mark, lengths, checksum, key, value
            int keyLength = in.getInt(at + 4);
            int valueLength = in.getInt(at + 8);
            int end = at + 16 + keyLength + valueLength;
            if (end > bytes.length) {
                break;
            }
            if (new String(bytes, at + 16, keyLength, StandardCharsets.UTF_8).equals(key)) {
                last = end - 1;
            }
            at = end;
        }
        if (last >= 0) {
            bytes[last] ^= 1;
            Files.write(pack, bytes);
            return;
        }
        throw new AssertionError("no record of " + key);
    }
}
