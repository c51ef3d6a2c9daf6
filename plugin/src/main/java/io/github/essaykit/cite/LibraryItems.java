package io.github.essaykit.cite;

import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import io.github.essaykit.sources.SourceLibrary;
import java.util.Collection;
import java.util.function.Function;

/**
 * The library as citeproc items, plus two derived items per key that the author-suppressing and
 * author-in-text forms are computed from: without any names, and without a date.
 */
final class LibraryItems implements ItemDataProvider {

    static final String NO_NAMES = "\u0001no-names";
    static final String NO_DATE = "\u0001no-date";

    private final SourceLibrary library;
    private final Function<String, String> yearSuffix;

    /** @param yearSuffix a key's year suffix ("a"), or null */
    LibraryItems(SourceLibrary library, Function<String, String> yearSuffix) {
        this.library = library;
        this.yearSuffix = yearSuffix;
    }

    @Override
    public CSLItemData retrieveItem(String id) {
        if (id.endsWith(NO_NAMES)) {
            String key = id.substring(0, id.length() - NO_NAMES.length());
            CSLName[] none = null;
            return new CSLItemDataBuilder(library.expect(key).item()).id(id).yearSuffix(yearSuffix.apply(key))
                    .author(none).editor(none).translator(none).compiler(none).director(none)
                    .collectionEditor(none).containerAuthor(none).build();
        }
        if (id.endsWith(NO_DATE)) {
            String key = id.substring(0, id.length() - NO_DATE.length());
            return new CSLItemDataBuilder(library.expect(key).item()).id(id).issued((CSLDate) null).build();
        }
        String suffix = yearSuffix.apply(id);
        return library.find(id)
                .map(s -> suffix == null ? s.item() : new CSLItemDataBuilder(s.item()).yearSuffix(suffix).build())
                .orElse(null);
    }

    @Override
    public Collection<String> getIds() {
        return library.keys();
    }
}
