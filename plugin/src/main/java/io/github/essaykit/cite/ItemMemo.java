package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The items {@link LibraryItems} makes for one library and style, shared by the library's item
 * providers of every essay. An essay whose year suffixes are its own (most, see
 * {@link CitationOrder#forDocument}) reads the library through a provider of its own, which made
 * each of its items again: 1.2 s of a 10,000-essay build. An item is a function of its id, its
 * key's year suffix and its key's cited names (the same array for every order of a build, so
 * compared by identity; another array is another item, made again), given the library and the
 * style. Thread-safe; bounded.
 */
final class ItemMemo {

    private static final int LIMIT = 50_000;

    private record Key(String id, String yearSuffix, CSLName[] citedNames) {}

    private final Map<Key, CSLItemData> items = new ConcurrentHashMap<>();

    /** The item of {@code id} with this suffix and these names: {@code make}'s, or the one it made before. */
    CSLItemData item(String id, String yearSuffix, CSLName[] citedNames, Supplier<CSLItemData> make) {
        Key key = new Key(id, yearSuffix, citedNames);
        CSLItemData known = items.get(key);
        if (known != null) {
            return known;
        }
        CSLItemData made = make.get();
        if (made != null) {
            if (items.size() >= LIMIT) {
                items.clear();
            }
            items.putIfAbsent(key, made);
        }
        return made;
    }
}
