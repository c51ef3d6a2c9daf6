package io.github.essaykit.polish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A page's ids in little memory: one string of them all, sorted, and where each ends, searched
 * by halves. A site's pages hold hundreds of ids each; the link check keeps every page's until
 * the last page is made, so the thousands of small strings they would be are worth avoiding.
 */
final class PackedIds {

    private final String packed;
    private final int[] ends;

    PackedIds(Collection<String> ids) {
        StringBuilder text = new StringBuilder();
        TreeSet<String> sorted = new TreeSet<>(ids);
        ends = new int[sorted.size()];
        int i = 0;
        for (String id : sorted) {
            text.append(id);
            ends[i++] = text.length();
        }
        packed = text.toString();
    }

    /** Ids as {@link #packed} and {@link #ends} gave them (a stored page's): read, not sorted again. */
    PackedIds(String packed, int[] ends) {
        this.packed = packed;
        this.ends = ends.clone();
    }

    /** Every id, sorted, one after the other. */
    String packed() {
        return packed;
    }

    /** Where each id of {@link #packed} ends. */
    int[] ends() {
        return ends.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackedIds ids && ids.packed.equals(packed) && java.util.Arrays.equals(ids.ends, ends);
    }

    @Override
    public int hashCode() {
        return packed.hashCode();
    }

    boolean contains(String id) {
        int low = 0;
        int high = ends.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(middle, id);
            if (order == 0) {
                return true;
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
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
        return all;
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    /** The i-th id compared with {@code id}, as {@link String#compareTo} orders them. */
    private int compare(int i, String id) {
        int start = start(i);
        int length = ends[i] - start;
        int shorter = Math.min(length, id.length());
        for (int k = 0; k < shorter; k++) {
            char a = packed.charAt(start + k);
            char b = id.charAt(k);
            if (a != b) {
                return a - b;
            }
        }
        return length - id.length();
    }
}
