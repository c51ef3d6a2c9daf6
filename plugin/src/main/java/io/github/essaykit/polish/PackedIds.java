package io.github.essaykit.polish;

import io.github.essaykit.cache.Fingerprint;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A page's ids in little memory: one string of them all, where each ends, and each one's
 * {@link String#hashCode}, in the order of their hashes (then of the ids), so that a lookup
 * compares ints by halves and the characters of only the id of the same hash. A site's pages
 * hold hundreds of ids each; the link check keeps every page's until the last page is made, so
 * the thousands of small strings they would be are worth avoiding; and it looks ids up a hundred
 * thousand times, so comparing characters of the packed string at every halving was a third of
 * its time.
 */
final class PackedIds {

    /** By hash, then by id: the order {@link #packed} holds them in. */
    private static final Comparator<String> ORDER = Comparator.comparingInt(String::hashCode).thenComparing(Comparator.naturalOrder());

    private final String packed;
    private final int[] ends;
    private final int[] hashes;
    /** {@link #digest}, made when first asked for. */
    private volatile String digest;

    PackedIds(Collection<String> ids) {
        TreeSet<String> ordered = new TreeSet<>(ORDER);
        ordered.addAll(ids);
        StringBuilder text = new StringBuilder();
        ends = new int[ordered.size()];
        hashes = new int[ordered.size()];
        int i = 0;
        for (String id : ordered) {
            text.append(id);
            hashes[i] = id.hashCode();
            ends[i++] = text.length();
        }
        packed = text.toString();
    }

    /**
     * Ids as {@link #packed}, {@link #ends} and {@link #hashes} gave them (a stored page's): read,
     * not ordered again.
     *
     * @throws IllegalArgumentException when they are not such ids
     */
    PackedIds(String packed, int[] ends, int[] hashes) {
        if (ends.length != hashes.length) {
            throw new IllegalArgumentException("an end and a hash for each id");
        }
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] > packed.length() || i > 0 && (ends[i] < ends[i - 1] || hashes[i] < hashes[i - 1])) {
                throw new IllegalArgumentException("ids out of order");
            }
        }
        this.packed = packed;
        this.ends = ends.clone();
        this.hashes = hashes.clone();
    }

    /** Every id, one after the other, in the order of their hashes. */
    String packed() {
        return packed;
    }

    /** Where each id of {@link #packed} ends. */
    int[] ends() {
        return ends.clone();
    }

    /** Each id's hash. */
    int[] hashes() {
        return hashes.clone();
    }

    /**
     * A SHA-256 of the ids: equal for equal ids, and what a stored link check remembers of a page
     * its links led to, so that the next build tells whether that page's ids changed.
     */
    String digest() {
        String known = digest;
        if (known == null) {
            ByteBuffer ends = ByteBuffer.allocate(4 * this.ends.length);
            ends.asIntBuffer().put(this.ends);
            known = Fingerprint.start("ids").add(packed).add(ends.array()).hex();
            digest = known;
        }
        return known;
    }

    boolean contains(String id) {
        int hash = id.hashCode();
        int at = Arrays.binarySearch(hashes, hash);
        if (at < 0) {
            return false;
        }
        // ids of one hash are side by side: look at each, both ways
        for (int i = at; i >= 0 && hashes[i] == hash; i--) {
            if (is(i, id)) {
                return true;
            }
        }
        for (int i = at + 1; i < hashes.length && hashes[i] == hash; i++) {
            if (is(i, id)) {
                return true;
            }
        }
        return false;
    }

    /** Every id, sorted. */
    List<String> all() {
        List<String> all = new ArrayList<>(ends.length);
        for (int i = 0; i < ends.length; i++) {
            all.add(packed.substring(start(i), ends[i]));
        }
        all.sort(Comparator.naturalOrder());
        return all;
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    private boolean is(int i, String id) {
        int start = start(i);
        return ends[i] - start == id.length() && packed.regionMatches(start, id, 0, id.length());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackedIds ids && ids.packed.equals(packed) && Arrays.equals(ids.ends, ends);
    }

    @Override
    public int hashCode() {
        return packed.hashCode();
    }
}
