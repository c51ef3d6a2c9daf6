package io.github.essaykit.polish;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * An immutable set of paths as one sorted array: what a page's stored link check keeps of the
 * pages and files its links led to ({@link PageProblems}), for every page until the check is
 * stored. {@code Set.copyOf} of a page's hundred targets took twice the slots, 1.2 KB a page.
 */
final class SortedPaths extends AbstractSet<String> {

    private final String[] paths;

    private SortedPaths(String[] paths) {
        this.paths = paths;
    }

    static SortedPaths of(Collection<String> paths) {
        if (paths instanceof SortedPaths sorted) {
            return sorted;
        }
        // sorted in place and its repeats dropped: a stream's distinct() kept a hash set of every
        // path, 110 MB of a one-edit build of 10,000 essays reading back each page's check
        String[] sorted = paths.toArray(new String[0]);
        Arrays.sort(sorted);
        int kept = 0;
        for (String path : sorted) {
            if (kept == 0 || !path.equals(sorted[kept - 1])) {
                sorted[kept++] = path;
            }
        }
        return new SortedPaths(kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept));
    }

    @Override
    public boolean contains(Object path) {
        return path instanceof String text && Arrays.binarySearch(paths, text) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return List.of(paths).iterator();
    }

    @Override
    public int size() {
        return paths.length;
    }
}
