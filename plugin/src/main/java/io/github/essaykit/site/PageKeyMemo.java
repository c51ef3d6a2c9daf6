package io.github.essaykit.site;

import de.undercouch.citeproc.csl.CSLName;
import io.github.essaykit.cite.CitationOrder;
import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.sources.SourceLibrary;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The essays' page keys ({@link PageKeys#essay}) of an essay:serve session's last build, given
 * again without printing them when nothing a key is made from changed: the essay's bytes, the
 * site's code, settings and templates, its style and the library (the very values: a changed
 * file is loaded into new ones), the site-wide order of its style (an equal value: the order is
 * made again each build), the sources' texts, what its previews say of the other essays citing
 * its sources, and the essays it links to. Printing a key takes every source of the essay
 * through the order, so this saves a pass over every citation of the site after each edit.
 * {@link #NONE} keeps nothing. Thread-safe.
 */
public final class PageKeyMemo {

    static final PageKeyMemo NONE = new PageKeyMemo(false);

    /** What a key was printed from (the parts PageKeys prints from these, not the parts themselves). */
    record Inputs(String digest, String site, CitationStyle style, SourceLibrary library, CitationOrder order, String texts,
            List<Object> also, List<String> targets) {}

    private record Kept(Inputs inputs, String key) {}

    private final boolean keep;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** Where the site bibliography's key is kept among the essays' (no essay's relative name starts with NUL). */
    private static final String BIBLIOGRAPHY = "\u0000bibliography";
    private record Compared(CitationOrder now, boolean equal) {}

    /** For the build under way: each order of the last build compared with this build's of the same style. */
    private final Map<CitationOrder, Compared> orders = Collections.synchronizedMap(new IdentityHashMap<>());

    private PageKeyMemo(boolean keep) {
        this.keep = keep;
    }

    static PageKeyMemo create() {
        return new PageKeyMemo(true);
    }

    /** A new build begins: forgets the essays not in {@code files} (relative names) and the orders compared. */
    void startBuild(Collection<String> files) {
        kept.keySet().removeIf(file -> !files.contains(file) && !file.equals(BIBLIOGRAPHY));
        orders.clear();
    }

    /** The key kept for the essay at {@code file} if it was printed from the same inputs, else null. */
    String key(String file, Inputs now) {
        Kept known = keep ? kept.get(file) : null;
        if (known == null) {
            return null;
        }
        Inputs then = known.inputs();
        boolean same = then.digest().equals(now.digest()) && then.site().equals(now.site()) && then.style() == now.style()
                && then.library() == now.library() && sameOrder(then.order(), now.order()) && then.texts().equals(now.texts())
                && then.also().equals(now.also()) && then.targets().equals(now.targets());
        if (!same) {
            return null;
        }
        if (then.order() != now.order()) {
            kept.put(file, new Kept(now, known.key())); // this build's order: the next compares one order, and no old one is held
        }
        return known.key();
    }

    void put(String file, Inputs inputs, String key) {
        if (keep) {
            kept.put(file, new Kept(inputs, key));
        }
    }

    /**
     * The site bibliography's key kept from the last build if made from the same inputs (its
     * cited keys as {@link Inputs#also}), else null: printing it takes every cited source through
     * the order, thousands of prints after each edit of one essay.
     */
    String bibliography(Inputs now) {
        return key(BIBLIOGRAPHY, now);
    }

    void putBibliography(Inputs inputs, String key) {
        put(BIBLIOGRAPHY, inputs, key);
    }

    private boolean sameOrder(CitationOrder then, CitationOrder now) {
        if (then == now) {
            return true;
        }
        Compared known = orders.get(then);
        if (known != null && known.now() == now) {
            return known.equal();
        }
        boolean equal = equal(then, now);
        orders.put(then, new Compared(now, equal));
        return equal;
    }

    /** Equal orders: the same keys in the same order, year suffixes, added given names and citation ranks. */
    static boolean equal(CitationOrder a, CitationOrder b) {
        if (!a.order().equals(b.order()) || !a.yearSuffixes().equals(b.yearSuffixes()) || !a.citationRanks().equals(b.citationRanks())
                || !a.givenNames().keySet().equals(b.givenNames().keySet())) {
            return false;
        }
        for (Map.Entry<String, CSLName[]> names : a.givenNames().entrySet()) {
            if (!Arrays.equals(names.getValue(), b.givenNames().get(names.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
