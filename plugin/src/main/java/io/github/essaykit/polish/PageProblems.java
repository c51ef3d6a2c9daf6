package io.github.essaykit.polish;

import io.github.essaykit.diagnostic.Diagnostic;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A page's link problems as last checked, and the paths its links led to. They hold as long as
 * the page is the same (the same {@link LinkCheck.Page} value in one essay:serve session, or one
 * made from the same inputs: its {@code key}) and no path it led to changed since: no page there
 * gained or lost an id, no file came or went ({@link LinkCheck.Memo}). So after an edit only
 * the pages it changed and those leading into a page whose ids it changed are checked again; the
 * index, re-made after each edit with the same ids, is a page every essay links to that changes
 * no other page's check. essay:build keeps them between runs ({@link StoredChecks}).
 *
 * @param page the page checked, or null for one read back from the cache
 * @param key the fingerprint of what the page was made from ({@link LinkCheck.Page#keyed}), or null
 * @param targets the paths of the pages and files its links led to, or would have
 */
record PageProblems(LinkCheck.Page page, String key, Set<String> targets, List<Diagnostic> problems) {

    PageProblems {
        targets = SortedPaths.of(targets);
    }

    /** What a page's link check records of the targets: the state of a path that was a file. */
    static final Object FILE = new Object();

    /**
     * @param changed the paths that are another page (other ids), a file or nothing since the
     *     last check
     */
    boolean holds(LinkCheck.Page now, Set<String> changed) {
        if (now != page && (key == null || !key.equals(now.key()))) {
            return false;
        }
        for (String path : changed) {
            if (targets.contains(path)) {
                return false;
            }
        }
        return true;
    }

    /** The targets of one page's links as they are looked up. */
    static final class Seen {

        private final Set<String> targets = new HashSet<>();

        void target(String target) {
            targets.add(target);
        }

        PageProblems found(LinkCheck.Page page, List<Diagnostic> problems) {
            return new PageProblems(page, page.key(), targets, List.copyOf(problems));
        }
    }
}
