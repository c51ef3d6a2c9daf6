package io.github.essaykit.polish;

import io.github.essaykit.cache.Fingerprint;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;

/**
 * A page's ids as the site-wide link check keeps them until the last page is made: each id's
 * 64-bit hash, sorted. A page holds a hundred ids or more, and a site of 100,000 pages kept the
 * ids themselves (their characters, where each ended and each one's {@code hashCode}) in about
 * 200 MB; the hashes take 800 bytes a page. The check asks only whether a page has an id, and
 * a fragment no id has passes for one only if its hash equals an id's: for a page of a hundred
 * ids, about once in 10^17 lookups. A page's own links, the check that suggests a near id, are
 * checked with the ids themselves while the page is made ({@link LinkCheck#page}).
 */
final class PackedIds {

    private final long[] hashes;
    /** {@link #digest}, made when first asked for. */
    private volatile String digest;

    PackedIds(Collection<String> ids) {
        hashes = ids.stream().mapToLong(PackedIds::hash).sorted().distinct().toArray();
    }

    /**
     * Ids as {@link #hashes} gave them (a stored page's): read, not sorted again.
     *
     * @throws IllegalArgumentException when they are not such hashes
     */
    PackedIds(long[] hashes) {
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i] <= hashes[i - 1]) {
                throw new IllegalArgumentException("ids out of order");
            }
        }
        this.hashes = hashes.clone();
    }

    /** Each id's hash, ascending. */
    long[] hashes() {
        return hashes.clone();
    }

    /**
     * A fingerprint of the ids: equal for equal ids, and what a stored link check remembers of a page
     * its links led to, so that the next build tells whether that page's ids changed.
     */
    String digest() {
        String known = digest;
        if (known == null) {
            ByteBuffer bytes = ByteBuffer.allocate(8 * hashes.length);
            bytes.asLongBuffer().put(hashes);
            known = Fingerprint.start("ids").add(bytes.array()).hex();
            digest = known;
        }
        return known;
    }

    boolean contains(String id) {
        return Arrays.binarySearch(hashes, hash(id)) >= 0;
    }

    /** 64-bit FNV-1a over the id's chars, then MurmurHash3's finalizer: every bit of the id reaches every bit of the hash. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackedIds ids && Arrays.equals(ids.hashes, hashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hashes);
    }
}
