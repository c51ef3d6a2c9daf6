package io.github.essaykit.cache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Where each record of an {@link EntryPack} is, by its key's token: open addressing over three
 * arrays, 20 bytes an entry where boxed map entries took about 70 (a build at 100,000 essays
 * keeps a million). A later put of a token replaces the earlier. Not thread-safe.
 */
final class Spots {

    private long[] tokens;
    /** 0 for an empty slot: no record starts at 0, the pack's head does. */
    private long[] offsets;
    private int[] lengths;
    private int size;

    Spots() {
        clear();
    }

    void clear() {
        tokens = new long[64];
        offsets = new long[64];
        lengths = new int[64];
        size = 0;
    }

    /** The slot of {@code token}, or -1. */
    int find(long token) {
        int mask = tokens.length - 1;
        for (int at = slot(token, mask); offsets[at] != 0; at = (at + 1) & mask) {
            if (tokens[at] == token) {
                return at;
            }
        }
        return -1;
    }

    void put(long token, long offset, int length) {
        if (2 * (size + 1) > tokens.length) {
            grow();
        }
        int mask = tokens.length - 1;
        int at = slot(token, mask);
        while (offsets[at] != 0 && tokens[at] != token) {
            at = (at + 1) & mask;
        }
        if (offsets[at] == 0) {
            size++;
        }
        tokens[at] = token;
        offsets[at] = offset;
        lengths[at] = length;
    }

    long token(int at) {
        return tokens[at];
    }

    long offset(int at) {
        return offsets[at];
    }

    int length(int at) {
        return lengths[at];
    }

    /** The full slots, in the order of their records in the pack. */
    List<Integer> slots() {
        List<Integer> full = new ArrayList<>(size);
        for (int at = 0; at < offsets.length; at++) {
            if (offsets[at] != 0) {
                full.add(at);
            }
        }
        full.sort(Comparator.comparingLong(at -> offsets[at]));
        return full;
    }

    /** Forgets the tokens {@code keep} does not accept. */
    void retain(LongPredicate keep) {
        rehash(tokens.length, keep);
    }

    /** The bytes of the records held. */
    long liveBytes() {
        long bytes = 0;
        for (int at = 0; at < offsets.length; at++) {
            bytes += offsets[at] != 0 ? lengths[at] : 0;
        }
        return bytes;
    }

    private void grow() {
        rehash(2 * tokens.length, token -> true);
    }

    /** Puts the held records {@code keep} accepts into new arrays of {@code capacity} slots. */
    private void rehash(int capacity, LongPredicate keep) {
        long[] oldTokens = tokens;
        long[] oldOffsets = offsets;
        int[] oldLengths = lengths;
        tokens = new long[capacity];
        offsets = new long[capacity];
        lengths = new int[capacity];
        size = 0;
        for (int at = 0; at < oldOffsets.length; at++) {
            if (oldOffsets[at] != 0 && keep.test(oldTokens[at])) {
                put(oldTokens[at], oldOffsets[at], oldLengths[at]);
            }
        }
    }

    private static int slot(long token, int mask) {
        long mixed = token * 0x9E3779B97F4A7C15L; // tokens are hash bits already, but a test's may not be
        return (int) (mixed >>> 32) & mask;
    }
}
