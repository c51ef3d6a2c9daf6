package io.github.essaykit.cache;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A 128-bit MurmurHash3 over a sequence of parts, each length-prefixed so that ("ab", "c") and
 * ("a", "bc") differ: the key of a cached result is the fingerprint of everything that result was
 * made from. Not cryptographic ({@link io.github.essaykit.discover.ContentDigest} says why that
 * is enough): a build fingerprints tens of megabytes, a tenth of its CPU with SHA-256.
 */
public final class Fingerprint {

    /** Each class's name as {@link #value} writes it, encoded once. */
    private static final ClassValue<byte[]> NAMES = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            return type.getName().getBytes(StandardCharsets.UTF_8);
        }
    };

    /** Each record class's heading and accessors, found once: a build fingerprints thousands of records. */
    private static final ClassValue<RecordParts> RECORDS = new ClassValue<>() {
        @Override
        protected RecordParts computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return new RecordParts(("record " + type.getName()).getBytes(StandardCharsets.UTF_8), accessors);
        }
    };

    private record RecordParts(byte[] heading, Method[] accessors) {}

    /** The most bytes of parts held before they go to the digest. */
    private static final int BUFFER = 1024;

    private final Hasher digest;
    /**
     * The parts not yet handed to the digest: a key is made of hundreds of small parts, and each
     * update of a {@link Hasher} costs more than copying them here. It starts small and
     * grows to {@link #BUFFER}: most fingerprints are a few short parts, and a build makes thousands.
     */
    private byte[] pending = new byte[128];
    private int size;

    private Fingerprint() {
        digest = Hashing.murmur3_128().newHasher();
    }

    public static Fingerprint start(String kind) {
        return new Fingerprint().add(kind);
    }

    public Fingerprint add(String part) {
        if (part == null) {
            return add(new byte[] {(byte) 0xff});
        }
        // an ASCII part (keys, slugs, paths, numbers: most of them) goes straight into the buffer as
        // its UTF-8 bytes, with no array made for it: a one-edit build of 10,000 essays made 150 MB of them
        int n = part.length();
        if (4 + n <= BUFFER) {
            room(n);
            int at = size + 4;
            for (int i = 0; i < n; i++) {
                char c = part.charAt(i);
                if (c >= 0x80) {
                    return add(part.getBytes(StandardCharsets.UTF_8)); // nothing was counted in: size is as it was
                }
                pending[at + i] = (byte) c;
            }
            length(n);
            size = at + n;
            return this;
        }
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    /** Room in the buffer for a part of {@code n} bytes and its length ({@code 4 + n <= BUFFER}): what it holds hashed first if full. */
    private void room(int n) {
        if (size + 4 + n > BUFFER) {
            flush();
        }
        if (size + 4 + n > pending.length) {
            pending = Arrays.copyOf(pending, BUFFER);
        }
    }

    /** Writes a part's length, big-endian, where the part's bytes start in the buffer. */
    private void length(int n) {
        pending[size] = (byte) (n >>> 24);
        pending[size + 1] = (byte) (n >>> 16);
        pending[size + 2] = (byte) (n >>> 8);
        pending[size + 3] = (byte) n;
    }

    public Fingerprint add(byte[] part) {
        int n = part.length;
        if (4 + n > BUFFER) { // a large part (an essay's bytes) goes straight in, after what the buffer holds
            flush();
            digest.putInt(Integer.reverseBytes(n)); // big-endian, as the buffered parts' lengths
            digest.putBytes(part);
            return this;
        }
        room(n);
        length(n);
        System.arraycopy(part, 0, pending, size + 4, n);
        size += 4 + n;
        return this;
    }

    private void flush() {
        digest.putBytes(pending, 0, size);
        size = 0;
    }

    public Fingerprint add(Object value) {
        return add(String.valueOf(value));
    }

    /**
     * A value made of strings, numbers, booleans, characters, enums, dates, Optionals, lists, maps
     * and records of these, walked part by part with each part's kind: unlike its {@code toString},
     * a ", " or "]" inside a title cannot read as the value's own punctuation. A map goes in its
     * iteration order (a map of another order is another key: made again, never wrong), so not a
     * map of {@code Map.of} or {@code Map.copyOf}, whose order changes from one JVM to the next.
     *
     * @throws IllegalArgumentException for any other kind of value
     */
    public Fingerprint value(Object value) {
        if (value == null) {
            return add((String) null);
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor) {
            return add(NAMES.get(value.getClass())).add(value.toString());
        }
        if (value instanceof Optional<?> optional) {
            return add("optional").add(optional.isPresent()).value(optional.orElse(null));
        }
        if (value instanceof Collection<?> list && (value instanceof List<?> || value instanceof SortedSet<?>)) {
            add("list").add(list.size());
            list.forEach(this::value);
            return this;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.size() > 1 && map.getClass().getName().equals("java.util.ImmutableCollections$MapN")) {
                // Map.of and Map.copyOf iterate in an order salted anew in each JVM: every build's key would differ
                throw new IllegalArgumentException("a map whose order changes from run to run: " + map.keySet());
            }
            add("map").add(map.size());
            map.forEach((k, v) -> value(k).value(v));
            return this;
        }
        if (value instanceof Record record) {
            RecordParts parts = RECORDS.get(record.getClass());
            add(parts.heading());
            for (Method accessor : parts.accessors()) {
                try {
                    value(accessor.invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("cannot read " + accessor.getName() + " of " + record.getClass().getName(), e);
                }
            }
            return this;
        }
        throw new IllegalArgumentException("not a value to fingerprint: " + value.getClass().getName());
    }

    /** The hex digest; the fingerprint cannot be added to after. */
    public String hex() {
        flush();
        return digest.hash().toString();
    }
}
