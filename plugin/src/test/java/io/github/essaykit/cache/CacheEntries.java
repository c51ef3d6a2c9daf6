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
        return wholeRecords(bytes).stream().map(record -> record.key(bytes)).toList();
    }

    /** Flips one bit of the last record stored under {@code key}, in the pack itself: its checksum no longer holds. */
    public static void damage(Path folder, String key) throws IOException {
        Path pack = folder.resolve(EntryPack.PACK);
        byte[] bytes = Files.readAllBytes(pack);
        Record last = wholeRecords(bytes).stream().filter(record -> record.key(bytes).equals(key)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no record of " + key));
        bytes[last.end() - 1] ^= 1;
        Files.write(pack, bytes);
    }

    /** Where a record's key starts and ends, and where the record ends. */
    private record Record(int keyStart, int keyEnd, int end) {
        String key(byte[] pack) {
            return new String(pack, keyStart, keyEnd - keyStart, StandardCharsets.UTF_8);
        }
    }

    /** The records the pack holds whole, read by the format as written, not through the code under test. */
    private static java.util.List<Record> wholeRecords(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.util.List<Record> records = new java.util.ArrayList<>();
        for (int at = 24; at + 16 <= bytes.length; ) { // after the pack's head and generation: mark, lengths, checksum, key, value
            int keyEnd = at + 16 + in.getInt(at + 4);
            int end = keyEnd + in.getInt(at + 8);
            if (end > bytes.length) {
                break;
            }
            records.add(new Record(at + 16, keyEnd, end));
            at = end;
        }
        return records;
    }
}
