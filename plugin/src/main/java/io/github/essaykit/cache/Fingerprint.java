package io.github.essaykit.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /** The hex digest; the fingerprint cannot be added to after. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
