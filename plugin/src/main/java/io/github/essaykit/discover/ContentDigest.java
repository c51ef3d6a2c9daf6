package io.github.essaykit.discover;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of a file's bytes, in hex: how caches tell an unchanged input from a changed one. */
public final class ContentDigest {

    private ContentDigest() {}

    public static String sha256(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder(hash.length * 2);
            for (byte b : hash) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
