package io.github.essaykit.polish;

import io.github.essaykit.diagnostic.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A page's link problems as last checked, and what each target its links led to was then: a
 * page (its ids, the very {@link PackedIds} value, and whether each #fragment looked up was
 * among them), a file, or nothing. They hold as long as the page is the same {@link
 * LinkCheck.Page} value and every target is still what it was; a target page re-made with other
 * ids still holds when each looked-up fragment is found, or not, as before. So after an edit
 * only the pages it changed and those naming an id it added or removed are checked again, while
 * the index, re-made after each edit, stays a page every essay links to without being re-read.
 */
record PageProblems(LinkCheck.Page page, Map<String, Target> targets, List<Diagnostic> problems) {

    private static final Object FILE = new Object();
    private static final Object NOTHING = new Object();

    /** What a target was: its {@link PackedIds}, {@link #FILE} or {@link #NOTHING}; the fragments looked up in it. */
    record Target(Object state, Map<String, Boolean> fragments) {}

    private static Object state(PackedIds page, String target, Set<String> files) {
        return page != null ? page : files.contains(target) ? FILE : NOTHING;
    }

    /**
     * @param changed the paths that are another page, a file or nothing since the last check: the
     *     targets not among them are as they were
     * @param ids the ids of each page of the site now, null for a path that is no page
     */
    boolean holds(LinkCheck.Page now, Set<String> changed, Function<String, PackedIds> ids, Set<String> files) {
        if (now != page) {
            return false;
        }
        for (String path : changed) {
            Target then = targets.get(path);
            if (then == null) {
                continue;
            }
            Object state = state(ids.apply(path), path, files);
            if (state == then.state()) {
                continue;
            }
            if (!(state instanceof PackedIds found) || !(then.state() instanceof PackedIds)) {
                return false; // a page, a file or nothing now, and something else then
            }
            for (Map.Entry<String, Boolean> fragment : then.fragments().entrySet()) {
                if (found.contains(fragment.getKey()) != fragment.getValue()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The targets of one page's links as they are looked up. */
    static final class Seen {

        private final Map<String, Target> targets = new HashMap<>();

        void target(String target, PackedIds page, Set<String> files) {
            targets.computeIfAbsent(target, t -> new Target(state(page, t, files), new HashMap<>()));
        }

        void fragment(String target, String fragment, boolean found) {
            targets.get(target).fragments().put(fragment, found);
        }

        PageProblems found(LinkCheck.Page page, List<Diagnostic> problems) {
            return new PageProblems(page, Map.copyOf(targets), List.copyOf(problems));
        }
    }
}
