package io.github.essaykit.resolve;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The source keys of one essay, as the build keeps them for every essay until the site-wide
 * pages are made: in the order first cited, immutable, each key the one shared copy of its text
 * ({@link String#intern}). A {@link LinkedHashSet} of 15 keys holds some 850 bytes and each
 * essay's own copies of the key strings 50 more a key; this holds 16 bytes and an array, and at
 * 100,000 essays citing a 2,000-entry bibliography that is over 200 MB less.
 */
final class KeySet extends AbstractSet<String> {

    private static final KeySet EMPTY = new KeySet(new String[0]);

    private final String[] keys;

    private KeySet(String[] keys) {
        this.keys = keys;
    }

    /** {@code keys} in their order, without repeats. */
    static Set<String> of(Collection<String> keys) {
        if (keys instanceof KeySet known) {
            return known;
        }
        if (keys.isEmpty()) {
            return EMPTY;
        }
        Set<String> distinct = keys instanceof Set<String> set ? set : new LinkedHashSet<>(keys);
        String[] array = new String[distinct.size()];
        int i = 0;
        for (String key : distinct) {
            array[i++] = key.intern();
        }
        return new KeySet(array);
    }

    /** A scan: an essay cites tens of sources, and a scan of tens beats a hash and its table. */
    @Override
    public boolean contains(Object o) {
        for (String key : keys) {
            if (key.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(keys).iterator(); // its remove() throws: the set is immutable
    }

    @Override
    public int size() {
        return keys.length;
    }
}
