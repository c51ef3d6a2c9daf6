package io.github.essaykit.cite;

import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The library as citeproc items, plus derived items per key: without any names and without a
 * date (the author-suppressing and author-in-text forms are computed from them), with its names
 * marked (where a citation prints them), with its names the style's subsequent-author-substitute.
 */
final class LibraryItems implements ItemDataProvider {

    static final String NO_NAMES = "\u0001no-names";
    static final String NO_DATE = "\u0001no-date";
    /** The item as a citation prints it: its first name with the given name a style's disambiguation adds. */
    static final String CITED = "\u0001cited";
    /** The cited item with its names (authors, else editors, else translators) replaced by {@link #NAME_MARK}. */
    static final String MARKED = "\u0001marked";
    /** Stands for the names of a {@link #MARKED} item, so that what a citation prints around them can be found. */
    static final String NAME_MARK = "\uE003";
    /**
     * A bibliography entry whose names repeat those of the entry before it: they are printed as the
     * style's subsequent-author-substitute ("———"), which citeproc-java 3.5.2 does not apply.
     */
    static final String SUBSTITUTED = "\u0001substituted";

    /**
     * Put on both sides of the hyphen of a page range that is not two arabic numbers ("xii-xv"),
     * which citeproc-java would otherwise put through the style's page-range-format ("xii–xxv";
     * minimal-two: "xii–v"); CSL
     * applies that format to arabic numbers only. citeproc-java still sees a range (plural label
     * "pp.", hyphen as en dash); {@link HtmlCleanup} removes the mark.
     */
    static final String PAGE_DASH = "\uE001";
    /**
     * Put around a page written in letters ({@link #guardedPages}): citeproc-java's page parser drops
     * a number's leading zero ("055012" as "55012") and what follows a dot ("882.e5" as "882"), so a
     * part it would change reaches it as one word it keeps; {@link HtmlCleanup} writes the part back.
     */
    static final char PAGE_TEXT = '\uE010';
    /** A part of a page citeproc-java's parser gives back as written: letters, a number, or both ("iv", "e12"). */
    private static final Pattern KEPT_PAGE = Pattern.compile("[A-Za-z]*(?:[1-9][0-9]*|0)?");
    /** A part of a page: what stands between its separators (spaces, commas, "&", dashes). */
    private static final String PART = "[^\\s,&\\-–]+";
    private static final Pattern PAGE_PART = Pattern.compile(PART);
    private static final String[] FORMS = {NO_NAMES, NO_DATE, MARKED, SUBSTITUTED, CITED};

    private static final Pattern RANGE = Pattern.compile("(" + PART + ")\\s*[-–]+\\s*(" + PART + ")");
    /** An edition written as an English ordinal: "2nd", "4th", "21st." */
    private static final Pattern ORDINAL_EDITION = Pattern.compile("(\\d+)(?:st|nd|rd|th)\\.?", Pattern.CASE_INSENSITIVE);

    private final SourceLibrary library;
    private final Function<String, String> yearSuffix;
    private final Function<String, CSLName[]> citedNames;
    private final boolean demoteNonDropping;
    private final String authorSubstitute;
    private final boolean combinesEditorTranslator;
    /**
     * Each id's item, made once: citeproc-java asks again for every processor an essay registers its
     * ids with (one per style variant), and the item is a function of the id alone.
     */
    private final Map<String, CSLItemData> retrieved = new ConcurrentHashMap<>();
    /** Items made by the library's other providers (other essays' orders). */
    private final ItemMemo memo;
    private final CSLType untypedAs;
    private final boolean asWritten;

    /**
     * @param yearSuffix a key's year suffix ("a"), or null
     * @param citedNames a key's names as its citations print them (see {@link GivenNames}), or null
     * @param demoteNonDropping whether the style moves non-dropping particles after the given name
     *     of an inverted name (particles are marked for {@link NameParts})
     * @param authorSubstitute the style's subsequent-author-substitute, the names of {@link #SUBSTITUTED} items
     * @param combinesEditorTranslator whether an item whose translators are its editors comes without
     *     translators, its editors being labelled as both ({@link EditorTranslator})
     */
    LibraryItems(SourceLibrary library, Function<String, String> yearSuffix, Function<String, CSLName[]> citedNames,
            boolean demoteNonDropping, String authorSubstitute, boolean combinesEditorTranslator) {
        this(library, yearSuffix, citedNames, demoteNonDropping, authorSubstitute, combinesEditorTranslator, CSLType.STANDARD,
                new ItemMemo());
    }

    /**
     * The same, a source without a type read as {@code untypedAs} ({@link CitationStyle#untypedAs}), sharing the
     * items made with {@code memo}: made for the same library and style ({@link ItemMemo}).
     */
    LibraryItems(SourceLibrary library, Function<String, String> yearSuffix, Function<String, CSLName[]> citedNames,
            boolean demoteNonDropping, String authorSubstitute, boolean combinesEditorTranslator, CSLType untypedAs, ItemMemo memo) {
        this(library, yearSuffix, citedNames, demoteNonDropping, authorSubstitute, combinesEditorTranslator, untypedAs, memo, false);
    }

    /** The same, each source's titles {@linkplain Source#asWritten as written} when {@code asWritten} (a locale other than English). */
    LibraryItems(SourceLibrary library, Function<String, String> yearSuffix, Function<String, CSLName[]> citedNames,
            boolean demoteNonDropping, String authorSubstitute, boolean combinesEditorTranslator, CSLType untypedAs, ItemMemo memo,
            boolean asWritten) {
        this.asWritten = asWritten;
        this.untypedAs = untypedAs;
        this.memo = memo;
        this.library = library;
        this.yearSuffix = yearSuffix;
        this.citedNames = citedNames;
        this.demoteNonDropping = demoteNonDropping;
        this.authorSubstitute = authorSubstitute;
        this.combinesEditorTranslator = combinesEditorTranslator;
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
        CSLItemData known = retrieved.get(id);
        if (known != null) {
            return known;
        }
        String key = keyOf(id);
        CSLItemData item = memo.item(id, yearSuffix.apply(key), citedNames.apply(key), () -> made(id));
        if (item != null) {
            retrieved.put(id, item);
        }
        return item;
    }

    /** The source key an id names: the id without its form ({@link #CITED}, …), or the id itself; {@link #retrieve} reads the form after it. */
    private static String keyOf(String id) {
        for (String form : FORMS) {
            if (id.endsWith(form)) {
                return id.substring(0, id.length() - form.length());
            }
        }
        return id;
    }

    private CSLItemData made(String id) {
        CSLItemData item = retrieve(id);
        if (item != null && item.getType() == null) {
            // pandoc reads @misc with howpublished = a url as type "", which no type test of a style
            // matches, so each style's generic branches print it. citeproc-java takes a missing type
            // as matching the first type test (chicago: "article", "Preprint"): the item gets a type
            // this style never tests, so its generic branches print it too
            item = new CSLItemDataBuilder(item).type(untypedAs).build();
        }
        if (item != null && item.getEdition() != null) {
            Matcher ordinal = ORDINAL_EDITION.matcher(item.getEdition().strip());
            if (ordinal.matches()) {
                // edition = {2nd}: pandoc prints "2nd ed."; citeproc-java makes the number ordinal
                // and keeps the letters after it ("2ndnd ed."), so it gets the number alone
                item = new CSLItemDataBuilder(item).edition(ordinal.group(1)).build();
            }
        }
        if (item != null && combinesEditorTranslator && EditorTranslator.applies(item)) {
            item = new CSLItemDataBuilder(item).translator((CSLName[]) null).build();
        }
        return item == null ? null : NameParts.mark(UpperCaseTitles.mark(QuotedStopWords.mark(MixedCaseWords.mark(item))), demoteNonDropping);
    }

    private CSLItemData retrieve(String id) {
        String key = keyOf(id);
        switch (id.substring(key.length())) {
            case NO_NAMES -> {
                CSLName[] none = null;
                CSLItemData item = item(library.expect(key));
                return new CSLItemDataBuilder(item).id(id).yearSuffix(yearSuffix.apply(key)).page(pages(item.getPage()))
                        .author(none).editor(none).translator(none).compiler(none).director(none)
                        .collectionEditor(none).containerAuthor(none).build();
            }
            case NO_DATE -> {
                CSLItemData item = cited(key, item(library.expect(key)));
                return new CSLItemDataBuilder(item).id(id).issued((CSLDate) null).page(pages(item.getPage())).build();
            }
            case MARKED -> {
                return named(cited(key, item(library.expect(key))), key, id, NAME_MARK);
            }
            case SUBSTITUTED -> {
                return named(item(library.expect(key)), key, id, authorSubstitute);
            }
            case CITED -> {
                CSLItemData item = cited(key, item(library.expect(key)));
                return new CSLItemDataBuilder(item).id(id).yearSuffix(yearSuffix.apply(key)).page(pages(item.getPage())).build();
            }
            default -> { // a key alone
                String suffix = yearSuffix.apply(id);
                return library.find(id).map(s -> {
                    CSLItemData item = item(s);
                    String page = pages(item.getPage());
                    if (suffix == null && page == item.getPage()) {
                        return item;
                    }
                    return new CSLItemDataBuilder(item).yearSuffix(suffix).page(page).build();
                }).orElse(null);
            }
        }
    }

    private CSLItemData item(Source source) {
        return asWritten ? source.asWritten() : source.item();
    }

    /** The item with its first names (authors, else editors, else translators) as one literal name. */
    private CSLItemData named(CSLItemData item, String key, String id, String literal) {
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
     * The names {@link #SUBSTITUTED} replaces (authors, else editors, else translators) with
     * their role, as a comparable text; "" when there are none.
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
    static String pages(String written) {
        String page = guardedPages(written);
        if (page == null || !page.contains("-") && !page.contains("–") || page.contains(BibTeXReader.PAGE_SLASH)) {
            return page; // "n/a--n/a" is protected by the BibTeX reader already
        }
        if (page.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '–' || c == ',' || c == '&' || isSpace(c))) {
            return page; // every range's ends are numbers: nothing to protect
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

    /**
     * The page with each part citeproc-java would change written in letters between {@link #PAGE_TEXT}
     * marks (each UTF-16 unit as four letters a–p); the dashes and commas between parts stay, so a
     * range is still a range (plural label, the locale's delimiter) and the style's page-range-format
     * leaves it as written.
     */
    static String guardedPages(String page) {
        if (page == null || page.indexOf(BibTeXReader.PAGE_SLASH.charAt(0)) >= 0) {
            return page; // "n/a" is protected by the BibTeX reader already
        }
        Matcher m = PAGE_PART.matcher(page);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (KEPT_PAGE.matcher(m.group()).matches()) {
                continue;
            }
            out = out == null ? new StringBuilder() : out;
            out.append(page, last, m.start()).append(PAGE_TEXT);
            for (char c : m.group().toCharArray()) {
                for (int shift = 12; shift >= 0; shift -= 4) {
                    out.append((char) ('a' + (c >> shift & 0xF)));
                }
            }
            out.append(PAGE_TEXT);
            last = m.end();
        }
        return out == null ? page : out.append(page, last, page.length()).toString();
    }

    /** The parts of pages {@link #guardedPages} wrote in letters, as written (escaped: they are text): for {@link HtmlCleanup}. */
    static String pagesAsWritten(String html) {
        int open = html.indexOf(LibraryItems.PAGE_TEXT);
        if (open < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int last = 0;
        while (open >= 0) {
            int close = html.indexOf(LibraryItems.PAGE_TEXT, open + 1);
            if (close < 0) {
                break;
            }
            StringBuilder part = new StringBuilder();
            for (int i = open + 1; i + 4 <= close; i += 4) {
                int c = 0;
                for (int j = i; j < i + 4; j++) {
                    c = c << 4 | (html.charAt(j) - 'a') & 0xF;
                }
                part.append((char) c);
            }
            out.append(html, last, open).append(Entities.escape(part.toString()));
            last = close + 1;
            open = html.indexOf(LibraryItems.PAGE_TEXT, last);
        }
        return out.append(html, last, html.length()).toString();
    }

    /** What {@code \\s} matches. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    @Override
    public Collection<String> getIds() {
        return library.keys();
    }
}
