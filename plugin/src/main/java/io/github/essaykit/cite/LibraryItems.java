package io.github.essaykit.cite;

import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.util.Collection;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library as citeproc items, plus two derived items per key that the author-suppressing and
 * author-in-text forms are computed from: without any names, and without a date.
 */
final class LibraryItems implements ItemDataProvider {

    static final String NO_NAMES = "\u0001no-names";
    static final String NO_DATE = "\u0001no-date";
    /** The item as a citation prints it: its first name with the given name a style's disambiguation adds. */
    static final String CITED = "\u0001cited";

    /**
     * Put before the hyphen of a page range that is not two arabic numbers ("xii-xv"), which
     * citeproc-java would otherwise put through the style's page-range-format ("xii–xxv"); CSL
     * applies that format to arabic numbers only. citeproc-java still sees a range (plural label
     * "pp.", hyphen as en dash); {@link HtmlCleanup} removes the mark.
     */
    static final String PAGE_DASH = "\uE001";

    private static final Pattern RANGE = Pattern.compile("([^\\s,&\\-–]+)\\s*[-–]+\\s*([^\\s,&\\-–]+)");

    private final SourceLibrary library;
    private final Function<String, String> yearSuffix;
    private final Function<String, CSLName[]> citedNames;
    private final boolean demoteNonDropping;

    /**
     * @param yearSuffix a key's year suffix ("a"), or null
     * @param citedNames a key's names as its citations print them (see {@link GivenNames}), or null
     * @param demoteNonDropping whether the style moves non-dropping particles after the given name
     *     of an inverted name (particles are marked for {@link NameParts})
     */
    LibraryItems(SourceLibrary library, Function<String, String> yearSuffix, Function<String, CSLName[]> citedNames,
            boolean demoteNonDropping) {
        this.library = library;
        this.yearSuffix = yearSuffix;
        this.citedNames = citedNames;
        this.demoteNonDropping = demoteNonDropping;
    }

    /** The item with the names its citations print, when they differ from the bibliography's. */
    private CSLItemData cited(String key, CSLItemData item) {
        CSLName[] names = citedNames.apply(key);
        if (names == null) {
            return item;
        }
        CSLItemDataBuilder builder = new CSLItemDataBuilder(item);
        return (item.getAuthor() != null && item.getAuthor().length > 0 ? builder.author(names) : builder.editor(names)).build();
    }

    @Override
    public CSLItemData retrieveItem(String id) {
        CSLItemData item = retrieve(id);
        if (item != null && item.getType() == null) {
            // pandoc reads @misc with howpublished = a url as type "", which no type test of a style
            // matches, so each style's generic branches print it. citeproc-java takes a missing type
            // as matching the first type test (chicago: "article", "Preprint"), and every CSL type
            // has its own branches somewhere; "standard" is the one that chicago, APA and MLA send
            // through those generic branches (italic title, publisher, date), as pandoc prints
            item = new CSLItemDataBuilder(item).type(CSLType.STANDARD).build();
        }
        return item == null ? null : NameParts.mark(item, demoteNonDropping);
    }

    private CSLItemData retrieve(String id) {
        if (id.endsWith(NO_NAMES)) {
            String key = id.substring(0, id.length() - NO_NAMES.length());
            CSLName[] none = null;
            CSLItemData item = library.expect(key).item();
            return new CSLItemDataBuilder(item).id(id).yearSuffix(yearSuffix.apply(key)).page(pages(item.getPage()))
                    .author(none).editor(none).translator(none).compiler(none).director(none)
                    .collectionEditor(none).containerAuthor(none).build();
        }
        if (id.endsWith(NO_DATE)) {
            String key = id.substring(0, id.length() - NO_DATE.length());
            CSLItemData item = cited(key, library.expect(key).item());
            return new CSLItemDataBuilder(item).id(id).issued((CSLDate) null).page(pages(item.getPage())).build();
        }
        if (id.endsWith(CITED)) {
            String key = id.substring(0, id.length() - CITED.length());
            CSLItemData item = cited(key, library.expect(key).item());
            return new CSLItemDataBuilder(item).id(id).yearSuffix(yearSuffix.apply(key)).page(pages(item.getPage())).build();
        }
        String suffix = yearSuffix.apply(id);
        return library.find(id).map(s -> {
            CSLItemData item = s.item();
            String page = pages(item.getPage());
            if (suffix == null && page == item.getPage()) {
                return item;
            }
            return new CSLItemDataBuilder(item).yearSuffix(suffix).page(page).build();
        }).orElse(null);
    }

    /** The page variable with the dashes of non-arabic ranges protected (the same string when there are none). */
    static String pages(String page) {
        if (page == null || !page.contains("-") && !page.contains("–") || page.contains(BibTeXReader.PAGE_SLASH)) {
            return page; // "n/a--n/a" is protected by the BibTeX reader already
        }
        Matcher m = RANGE.matcher(page);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            boolean arabic = m.group(1).chars().allMatch(Character::isDigit) && m.group(2).chars().allMatch(Character::isDigit);
            changed |= !arabic;
            m.appendReplacement(out, Matcher.quoteReplacement(arabic ? m.group() : m.group(1) + PAGE_DASH + "-" + m.group(2)));
        }
        m.appendTail(out);
        return changed ? out.toString() : page;
    }

    @Override
    public Collection<String> getIds() {
        return library.keys();
    }
}
