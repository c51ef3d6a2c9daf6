package io.github.essaykit.cache;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A SHA-256 over a sequence of parts, each length-prefixed so that ("ab", "c") and ("a", "bc")
 * differ: the key of a cached result is the fingerprint of everything that result was made from.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static Fingerprint start(String kind) {
        return new Fingerprint().add(kind);
    }

    public Fingerprint add(String part) {
        return add(part == null ? new byte[] {(byte) 0xff} : part.getBytes(StandardCharsets.UTF_8));
    }

    public Fingerprint add(byte[] part) {
        int n = part.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(part);
        return this;
    }

    public Fingerprint add(Object value) {
        return add(String.valueOf(value));
    }

    /**
     * A value made of strings, numbers, booleans, characters, enums, dates, Optionals, lists, maps
     * and records of these, walked part by part with each part's kind: unlike its {@code toString},
     * a ", " or "]" inside a title cannot read as the value's own punctuation. A map goes in its
     * iteration order (a map of another order is another key: made again, never wrong).
     *
     * @throws IllegalArgumentException for any other kind of value
     */
    public Fingerprint value(Object value) {
        if (value == null) {
            return add((String) null);
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor) {
            return add(value.getClass().getName()).add(value.toString());
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
            add("map").add(map.size());
            map.forEach((k, v) -> value(k).value(v));
            return this;
        }
        if (value instanceof Record record) {
            add("record " + record.getClass().getName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    value(accessor.invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("cannot read " + component + " of " + record.getClass().getName(), e);
                }
            }
            return this;
        }
        throw new IllegalArgumentException("not a value to fingerprint: " + value.getClass().getName());
    }

    /** The hex digest; the fingerprint cannot be added to after. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
