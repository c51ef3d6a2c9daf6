package io.github.essaykit.cite;

import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.util.Collection;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library as citeproc items, plus derived items per key that the author-suppressing and
 * author-in-text forms are computed from: without any names, without a date, with the names marked.
 */
final class LibraryItems implements ItemDataProvider {

    static final String NO_NAMES = "\u0001no-names";
    static final String NO_DATE = "\u0001no-date";
    /** The item as a citation prints it: its first name with the given name a style's disambiguation adds. */
    static final String CITED = "\u0001cited";
    /** The cited item with its first name's initials written before the family name ("C. Brown"; see {@link GivenNames#byCite}). */
    static final String CITED_INITIALS = "\u0001cited-initials";
    /** The cited item with its first name's full given name written before the family name ("Carol Brown"). */
    static final String CITED_GIVEN = "\u0001cited-given";
    /** The cited item with its names (authors, else editors, else translators) replaced by {@link #NAME_MARK}. */
    static final String MARKED = "\u0001marked";
    /**
     * A bibliography entry whose names are those of the entry before it: they are the style's
     * subsequent-author-substitute ("———"), which citeproc-java 3.5.2 does not apply.
     */
    static final String SUBSTITUTED = "\u0001substituted";
    /** Stands for the names in a {@link #MARKED} item, so that what a citation prints around them can be found. */
    static final String NAME_MARK = "\uE003";

    /**
     * Put on both sides of the hyphen of a page range that is not two arabic numbers ("xii-xv"),
     * which citeproc-java would otherwise put through the style's page-range-format ("xii–xxv";
     * minimal-two: "xii–v"); CSL applies that format to arabic numbers only. citeproc-java still
     * sees a range (plural label "pp.", hyphen as en dash); {@link HtmlCleanup} removes the mark.
     */
    static final String PAGE_DASH = "\uE001";

    private static final Pattern RANGE = Pattern.compile("([^\\s,&\\-–]+)\\s*[-–]+\\s*([^\\s,&\\-–]+)");

    private final SourceLibrary library;
    private final Function<String, String> yearSuffix;
    private final Function<String, CSLName[]> citedNames;
    private final String authorSubstitute;
    private final String initializeWith;

    /**
     * @param yearSuffix a key's year suffix ("a"), or null
     * @param citedNames a key's names as its citations print them (see {@link GivenNames}), or null
     */
    LibraryItems(SourceLibrary library, Function<String, String> yearSuffix, Function<String, CSLName[]> citedNames) {
        this(library, yearSuffix, citedNames, "", null);
    }

    /**
     * @param authorSubstitute the style's subsequent-author-substitute, for {@link #SUBSTITUTED} items
     * @param initializeWith the style's initialize-with (null: ". "), for {@link #CITED_INITIALS} items
     */
    LibraryItems(SourceLibrary library, Function<String, String> yearSuffix, Function<String, CSLName[]> citedNames,
            String authorSubstitute, String initializeWith) {
        this.library = library;
        this.yearSuffix = yearSuffix;
        this.citedNames = citedNames;
        this.authorSubstitute = authorSubstitute;
        this.initializeWith = initializeWith;
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
        if (id.endsWith(CITED_INITIALS) || id.endsWith(CITED_GIVEN)) {
            boolean initials = id.endsWith(CITED_INITIALS);
            String key = id.substring(0, id.length() - (initials ? CITED_INITIALS : CITED_GIVEN).length());
            CSLItemData item = library.expect(key).item();
            CSLItemDataBuilder builder = new CSLItemDataBuilder(item).id(id).yearSuffix(yearSuffix.apply(key)).page(pages(item.getPage()));
            if (present(item.getAuthor())) {
                builder.author(GivenNames.hinted(item.getAuthor(), initials, initializeWith));
            } else if (present(item.getEditor())) {
                builder.editor(GivenNames.hinted(item.getEditor(), initials, initializeWith));
            }
            return builder.build();
        }
        if (id.endsWith(MARKED)) {
            String key = id.substring(0, id.length() - MARKED.length());
            return names(cited(key, library.expect(key).item()), key, id, NAME_MARK);
        }
        if (id.endsWith(SUBSTITUTED)) {
            String key = id.substring(0, id.length() - SUBSTITUTED.length());
            return names(library.expect(key).item(), key, id, authorSubstitute);
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

    /** The item with its first names (authors, else editors, else translators) one literal name. */
    private CSLItemData names(CSLItemData item, String key, String id, String literal) {
        CSLItemDataBuilder builder = new CSLItemDataBuilder(item).id(id).yearSuffix(yearSuffix.apply(key)).page(pages(item.getPage()));
        CSLName[] one = {new CSLNameBuilder().literal(literal).build()};
        if (present(item.getAuthor())) {
            builder.author(one);
        } else if (present(item.getEditor())) {
            builder.editor(one);
        } else if (present(item.getTranslator())) {
            builder.translator(one);
        }
        return builder.build();
    }

    /**
     * Who the names {@link #SUBSTITUTED} replaces are (authors, else editors, else translators),
     * as a comparable text; "" when there are none.
     */
    static String firstNames(CSLItemData item) {
        String[] roles = {"author", "editor", "translator"};
        CSLName[][] all = {item.getAuthor(), item.getEditor(), item.getTranslator()};
        for (int i = 0; i < all.length; i++) {
            if (present(all[i])) {
                StringBuilder who = new StringBuilder(roles[i]);
                for (CSLName name : all[i]) {
                    who.append('\u0000').append(name.getFamily()).append(',').append(name.getGiven()).append(',')
                            .append(name.getLiteral()).append(',').append(name.getNonDroppingParticle()).append(',')
                            .append(name.getDroppingParticle()).append(',').append(name.getSuffix());
                }
                return who.toString();
            }
        }
        return "";
    }

    private static boolean present(CSLName[] names) {
        return names != null && names.length > 0;
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
            m.appendReplacement(out, Matcher.quoteReplacement(arabic ? m.group() : m.group(1) + PAGE_DASH + "-" + PAGE_DASH + m.group(2)));
        }
        m.appendTail(out);
        return changed ? out.toString() : page;
    }

    @Override
    public Collection<String> getIds() {
        return library.keys();
    }
}
