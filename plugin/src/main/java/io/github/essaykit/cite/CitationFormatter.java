package io.github.essaykit.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLProperties;
import de.undercouch.citeproc.output.Bibliography;
import io.github.essaykit.cite.StyleVariants.Variant;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.sources.SourceLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Formats citations and bibliographies with citeproc-java the way {@code pandoc --citeproc} does.
 *
 * <p>citeproc-java 3.5.2 renders every cite as a first cite, takes every disambiguate="true" as
 * true and every locator test as false, ignores suppress-author and author-only, and is stateful.
 * So, per essay: we compute each cite's position (first, subsequent, ibid) and which keys are
 * ambiguous ({@link EssayRun#disambiguate}) ourselves and render each cite with the style
 * rewritten for its position, disambiguation and locator label (one processor per variant, see
 * {@link StyleVariants}); "[-@key]" renders the item without names (note styles) or cuts the
 * author part off the normal rendering (author-date styles), the author part being what the
 * citation prints in place of its names; "@key" is the author part followed by the suppressed form. Cites are rendered one item at a time unless a whole
 * cluster is plain, so collapsing follows citeproc-java when it can.
 *
 * <p>Made once per build and shared by its essays (and threads). citeproc processors are costly
 * to create (each parses the style and locale) and stateful, so each essay borrows one set (one
 * processor per variant) from a pool, resets it and returns it. The bibliography order is
 * computed once for every key the build cites ({@link #ordered}, an immutable {@link CitationOrder}
 * fixed when the formatter is made): sorted registration in citeproc-java costs milliseconds per
 * key, so each bibliography registers its keys unsorted, in that order ({@link BibliographyOrder}).
 * Author parts used for "[-@key]" and "@key" are cached per key within an essay.
 */
public final class CitationFormatter {

    private final CitationStyle style;
    private final SourceLibrary library;
    private final Queue<Map<Variant, CSL>> pool = new ConcurrentLinkedQueue<>();
    private final CitationOrder order;
    private final FormatterMemory memory;

    static {
        TitleCaseStopWords.apply();
    }

    private CitationFormatter(CitationStyle style, SourceLibrary library, FormatterMemory memory, CitationOrder order) {
        this.style = style;
        this.library = library;
        this.memory = memory;
        this.order = order;
    }

    public static CitationFormatter create(CitationStyle style, SourceLibrary library) {
        return new CitationFormatter(style, library, FormatterMemory.NONE, CitationOrder.EMPTY);
    }

    /** A formatter that reuses what earlier builds with the same style and library computed. */
    public static CitationFormatter create(CitationStyle style, SourceLibrary library, FormatterMemory memory) {
        return new CitationFormatter(style, library, memory, CitationOrder.EMPTY);
    }

    /**
     * This formatter with the order of {@code keys} (and those it had) fixed: call it with every
     * key the build cites before formatting. An essay or bibliography with keys outside the order
     * is formatted by a formatter ordered for it alone.
     */
    public CitationFormatter ordered(Collection<String> keys) {
        Set<String> all = new LinkedHashSet<>(order.order());
        all.addAll(keys);
        return new CitationFormatter(style, library, memory,
                CitationOrder.of(style, library, all, memory, () -> processor(Variant.FIRST, CitationOrder.EMPTY)));
    }

    private boolean covers(Collection<String> keys) {
        return order.covers(keys.stream().filter(library::contains).toList());
    }

    /** The site-wide facts this formatter's text depends on. */
    public CitationOrder order() {
        return order;
    }

    /**
     * One essay: its citations in reading order (every key must be in the library) and its
     * nocite keys ("*" = every source). Returns each citation's HTML and the bibliography.
     */
    public EssayCitations formatEssay(List<CitationRequest> citations, Collection<String> nocite) {
        Set<String> keys = new LinkedHashSet<>();
        for (CitationRequest citation : citations) {
            citation.items().forEach(item -> keys.add(item.key()));
        }
        for (String key : nocite) {
            if (key.equals("*")) {
                keys.addAll(library.keys());
            } else if (library.contains(key)) {
                keys.add(key);
            }
        }
        if (!covers(keys)) {
            return ordered(keys).formatEssay(citations, nocite);
        }
        List<String> ordered = order.inOrder(keys);
        Map<String, String> suffixes = new LinkedHashMap<>();
        ordered.forEach(k -> suffixes.put(k, order.yearSuffixes().getOrDefault(k, "")));
        Map<String, String> names = new LinkedHashMap<>(); // given names added site-wide change this essay's text too
        ordered.stream().filter(order.givenNames()::containsKey)
                .forEach(k -> names.put(k, order.givenNames().get(k)[0].getLiteral()));
        List<Object> key = List.of(List.copyOf(citations), List.copyOf(keys), suffixes, names);
        return memory.remember(memory.essays, key, () -> {
            Map<Variant, CSL> processors = borrow();
            try {
                EssayRun run = new EssayRun(keys, processors);
                List<List<Position>> positions = run.positions(citations);
                run.disambiguate(citations, positions, keys);
                List<FormattedCitation> formatted = new ArrayList<>();
                for (int i = 0; i < citations.size(); i++) {
                    formatted.add(run.format(citations.get(i), positions.get(i)));
                }
                return new EssayCitations(List.copyOf(formatted), List.copyOf(bibliography(keys, processors)));
            } finally {
                pool.add(processors);
            }
        });
    }

    /** Bibliography entries of these keys, in the style's order (the site-wide bibliography). */
    public List<BibliographyEntry> bibliography(Collection<String> keys) {
        List<String> known = keys.stream().filter(library::contains).toList();
        if (!covers(known)) {
            return ordered(known).bibliography(known);
        }
        Map<String, String> suffixes = new LinkedHashMap<>();
        order.inOrder(known).forEach(k -> suffixes.put(k, order.yearSuffixes().getOrDefault(k, "")));
        return memory.remember(memory.bibliographies, suffixes, () -> {
            Map<Variant, CSL> processors = borrow();
            try {
                return List.copyOf(bibliography(keys, processors));
            } finally {
                pool.add(processors);
            }
        });
    }

    private List<BibliographyEntry> bibliography(Collection<String> keys, Map<Variant, CSL> processors) {
        if (!style.hasBibliography()) {
            return List.of(); // citeproc-java throws on a style without <bibliography>; pandoc prints none
        }
        List<String> known = order.inOrder(keys);
        if (known.isEmpty()) {
            return List.of();
        }
        CSL csl = prepared(processors, Variant.FIRST, substituted(known));
        Bibliography bibliography = csl.makeBibliography();
        String[] entries = bibliography.getEntries();
        List<BibliographyEntry> result = new ArrayList<>();
        for (int i = 0; i < entries.length && i < known.size(); i++) {
            result.add(new BibliographyEntry(known.get(i), HtmlCleanup.clean(entries[i])));
        }
        return result;
    }

    /** The ids of a bibliography: an entry with the names of the entry before it gets them substituted. */
    private List<String> substituted(List<String> keys) {
        if (style.authorSubstitute().isEmpty()) {
            return keys;
        }
        List<String> ids = new ArrayList<>();
        String previous = "";
        for (String key : keys) {
            String names = LibraryItems.firstNames(library.expect(key).item());
            ids.add(!names.isEmpty() && names.equals(previous) ? key + LibraryItems.SUBSTITUTED : key);
            previous = names;
        }
        return ids;
    }

    private Map<Variant, CSL> borrow() {
        Map<Variant, CSL> processors = pool.poll();
        return processors != null ? processors : new HashMap<>();
    }

    /** The set's processor for a variant, emptied and with these ids registered unsorted, in order. */
    private CSL prepared(Map<Variant, CSL> processors, Variant variant, Collection<String> ids) {
        CSL csl = processors.computeIfAbsent(variant, v -> processor(v, order));
        csl.reset();
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
        csl.registerCitationItems(ids, true);
        return csl;
    }

    /** A citeproc processor of the style for a variant, reading the library with {@code order}'s year suffixes and names. */
    private CSL processor(Variant variant, CitationOrder order) {
        try {
            LocaleProvider locales = style.localeXml() == null ? new DefaultLocaleProvider() : lang -> style.localeXml();
            CSL csl = new CSL(new LibraryItems(library, order.yearSuffixes()::get, order.givenNames()::get,
                    style.authorSubstitute(), style.options().initializeWith()), locales,
                    new DefaultAbbreviationProvider(), style.xml(variant), style.localeId());
            csl.setOutputFormat("html");
            csl.setConvertLinks(true);
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state of one essay: processors per variant, what was cited last, which keys are ambiguous. */
    private final class EssayRun {

        private final List<String> ids = new ArrayList<>();
        private final Map<Variant, CSL> processors;
        private final Set<Variant> ready = new HashSet<>();
        private Set<String> ambiguous = Set.of();
        private final Map<String, String> citedIds = new HashMap<>();
        private final Set<String> seen = new LinkedHashSet<>();
        // per essay, not per build: a rendering may depend on the other keys registered (disambiguation),
        // so a build-wide cache would make the output depend on which essay came first
        private final Map<String, String> authorParts = new HashMap<>();
        private final Map<String, String> authorNames = new HashMap<>();
        private CiteItem lastItem;
        private int lastNote = -1;
        private boolean lastAlone;
        private int counter;

        EssayRun(Set<String> keys, Map<Variant, CSL> processors) {
            this.processors = processors;
            for (String key : keys) {
                ids.add(key + LibraryItems.CITED);
                ids.add(key + LibraryItems.NO_NAMES);
                ids.add(key + LibraryItems.NO_DATE);
                ids.add(key + LibraryItems.MARKED);
            }
        }

        /** Each citation's cite positions, its cites in the order they are printed (see {@link #sorted}). */
        List<List<Position>> positions(List<CitationRequest> citations) {
            List<List<Position>> all = new ArrayList<>();
            for (CitationRequest citation : citations) {
                List<Position> positions = new ArrayList<>();
                for (CiteItem item : sorted(citation.items())) {
                    positions.add(position(item, citation));
                }
                all.add(positions);
            }
            return all;
        }

        /**
         * Decides which keys take the style's {@code disambiguate="true"} branches, as CSL 1.0.2
         * (Disambiguation) and pandoc do after their other methods: every cite of the essay that is
         * not an ibid, and once each key of the bibliography cited nowhere, is rendered plain (no
         * affixes, no locator, author-in-text as a normal cite); keys whose cites render alike
         * (MLA: "Okafor" for two of Okafor's works) are ambiguous, and only those get, say, their
         * short title. Given names and year suffixes are ours and already in the renderings.
         */
        void disambiguate(List<CitationRequest> citations, List<List<Position>> positions, Set<String> keys) {
            if (!style.testsDisambiguate()) {
                return;
            }
            Collection<Set<String>> groups = alike(citations, positions, keys);
            if (!groups.isEmpty() && style.options().givennameRule().equals("by-cite")) {
                // CSL's earlier step, given names by cite: "C. Brown" and "D. Brown" need no title
                GivenNames.byCite(groups, library, style.options().initializeWith()).forEach((key, initials) -> {
                    String id = key + (initials ? LibraryItems.CITED_INITIALS : LibraryItems.CITED_GIVEN);
                    citedIds.put(key, id);
                    ids.add(id);
                });
                if (!citedIds.isEmpty()) {
                    ready.clear(); // processors register the new ids on their next use
                    groups = alike(citations, positions, keys);
                }
            }
            Set<String> found = new HashSet<>();
            groups.forEach(found::addAll);
            ambiguous = Set.copyOf(found);
        }

        /** Groups of two or more keys whose plain cites render alike. */
        private Collection<Set<String>> alike(List<CitationRequest> citations, List<List<Position>> positions, Set<String> keys) {
            Map<String, Set<String>> keysByText = new LinkedHashMap<>();
            Map<List<Object>, String> rendered = new HashMap<>();
            Set<String> uncited = new LinkedHashSet<>(keys);
            for (int c = 0; c < citations.size(); c++) {
                List<CiteItem> items = sorted(citations.get(c).items());
                CitationRequest citation = citations.get(c);
                for (int i = 0; i < items.size(); i++) {
                    Position position = positions.get(c).get(i);
                    String key = items.get(i).key();
                    uncited.remove(key);
                    if (position != Position.IBID && position != Position.IBID_WITH_LOCATOR) {
                        String text = rendered.computeIfAbsent(List.of(key, position), k -> plain(key, position, citation));
                        keysByText.computeIfAbsent(text, t -> new LinkedHashSet<>()).add(key);
                    }
                }
            }
            Set<String> families = new HashSet<>();
            keysByText.values().forEach(cited -> cited.forEach(key -> families.add(family(key))));
            for (String key : uncited) {
                if (!families.contains(family(key)) && !family(key).isEmpty()) {
                    continue; // a nocite source named differently renders differently: skip rendering it
                }
                keysByText.computeIfAbsent(plain(key, Position.FIRST, CitationRequest.of(CiteItem.of(key))), t -> new LinkedHashSet<>())
                        .add(key);
            }
            List<Set<String>> groups = new ArrayList<>();
            keysByText.forEach((text, same) -> {
                if (!text.isBlank() && same.size() > 1) {
                    groups.add(same);
                }
            });
            return groups;
        }

        /** The family name of a source's first author (else editor), "" when it has none. */
        private String family(String key) {
            var names = library.expect(key).item().getAuthor();
            if (names == null || names.length == 0) {
                names = library.expect(key).item().getEditor();
            }
            return names == null || names.length == 0 ? "" : java.util.Objects.toString(names[0].getFamily(), "")
                    + java.util.Objects.toString(names[0].getLiteral(), "");
        }

        /** The id a cite of this key renders: the item with the names its citations print. */
        private String cited(String key) {
            return citedIds.getOrDefault(key, key + LibraryItems.CITED);
        }

        private String plain(String key, Position position, CitationRequest citation) {
            return render(style.variant(position, false, ""), List.of(citeItem(CiteItem.of(key), cited(key))), citation);
        }

        /** The style variant a cite is rendered with. */
        private Variant variant(CiteItem item, Position position) {
            String label = !item.hasLocator() ? "" : item.label().isEmpty() ? "page" : item.label();
            return style.variant(position, ambiguous.contains(item.key()), label);
        }

        FormattedCitation format(CitationRequest citation, List<Position> positions) {
            List<CiteItem> items = sorted(citation.items());
            List<Variant> variants = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                variants.add(variant(items.get(i), positions.get(i)));
            }
            boolean note = style.isNoteStyle();
            StyleVariants.Layout layout = style.layout();
            boolean plain = items.stream().allMatch(i -> i.mode() == CiteItem.Mode.NORMAL)
                    && variants.stream().distinct().count() == 1;
            String inner;
            String authorInText = "";
            String collapsed = note || !style.options().collapse().startsWith("year") ? null : collapsed(items, variants, citation);
            if (collapsed != null) {
                return new FormattedCitation(layout.prefix() + collapsed + layout.suffix(), "");
            }
            if (plain) {
                inner = stripLayout(render(variants.get(0), items.stream().map(i -> citeItem(i, cited(i.key()))).toList(), citation));
            } else {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    CiteItem item = items.get(i);
                    Variant variant = variants.get(i);
                    String full = stripLayout(render(variant, List.of(citeItem(item, cited(item.key()))), citation));
                    if (item.mode() == CiteItem.Mode.NORMAL || (item.mode() == CiteItem.Mode.AUTHOR_IN_TEXT && note && citation.inFootnote())) {
                        parts.add(full);
                    } else if (note) {
                        String bare = stripLayout(render(variant, List.of(citeItem(item, item.key() + LibraryItems.NO_NAMES)), citation));
                        parts.add(bare);
                        if (item.mode() == CiteItem.Mode.AUTHOR_IN_TEXT && i == 0) {
                            authorInText = authorOf(item, citation);
                        }
                    } else {
                        String author = authorPart(item, citation);
                        String suppressed = full.startsWith(author) ? full.substring(author.length()).replaceFirst("^[,\\s]+", "") : full;
                        if (item.mode() == CiteItem.Mode.AUTHOR_IN_TEXT && i == 0) {
                            authorInText = HtmlCleanup.trimEnd(author, ",;:");
                        }
                        parts.add(suppressed);
                    }
                }
                inner = String.join(layout.delimiter(), parts);
            }
            if (note) {
                if (citation.inFootnote()) {
                    boolean normal = items.get(0).mode() == CiteItem.Mode.NORMAL;
                    return new FormattedCitation(normal ? "(" + inner + ")" : inner, "");
                }
                String text = HtmlCleanup.capitalize(inner) + (inner.matches("(?s).*[.?!][”’]?") ? "" : layout.suffix());
                return new FormattedCitation(authorInText, text);
            }
            if (!authorInText.isEmpty()) {
                // nothing left after the author (MLA "@key" without locator): the name alone, as pandoc prints
                return new FormattedCitation(inner.isEmpty() ? authorInText : authorInText + " " + layout.prefix() + inner + layout.suffix(), "");
            }
            // "[-@key]" with nothing left to print (MLA without a locator): empty, as pandoc prints it
            return new FormattedCitation(inner.isEmpty() ? "" : layout.prefix() + inner + layout.suffix(), "");
        }

        /** The citation with same-author cites collapsed, or null when there is nothing to collapse. */
        private String collapsed(List<CiteItem> items, List<Variant> variants, CitationRequest citation) {
            if (items.size() < 2 || items.stream().anyMatch(i -> i.mode() != CiteItem.Mode.NORMAL || !i.prefix().isEmpty())) {
                return null;
            }
            List<CiteGroups.Cite> cites = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                CiteItem item = items.get(i);
                String full = stripLayout(render(variants.get(i), List.of(citeItem(item, cited(item.key()))), citation));
                cites.add(new CiteGroups.Cite(HtmlCleanup.trimEnd(authorPart(item, citation), ",;:"), full, CiteGroups.people(library.expect(item.key()).item())));
            }
            return CiteGroups.collapse(cites, style.options(), style.layout().delimiter());
        }

        /**
         * Author part of a rendering: up to where the names end, found with the names marked; else
         * (the names changed what follows them) the common start of it and the date-less one.
         */
        private String authorPart(CiteItem item, CitationRequest citation) {
            return authorParts.computeIfAbsent(item.key(), key -> computeAuthorPart(item, citation));
        }

        private String computeAuthorPart(CiteItem item, CitationRequest citation) {
            Variant first = variant(CiteItem.of(item.key()), Position.FIRST);
            String normal = stripLayout(render(first, List.of(citeItem(CiteItem.of(item.key()), cited(item.key()))), citation));
            String marked = stripLayout(render(first, List.of(citeItem(CiteItem.of(item.key()), item.key() + LibraryItems.MARKED)), citation));
            int mark = marked.indexOf(LibraryItems.NAME_MARK);
            if (mark >= 0) {
                String before = marked.substring(0, mark);
                String after = marked.substring(mark + LibraryItems.NAME_MARK.length());
                if (normal.startsWith(before) && normal.endsWith(after) && normal.length() > before.length() + after.length()) {
                    // the names are what the citation prints in place of the mark (MLA: "Okafor", not "Okafor, “Title”")
                    return HtmlCleanup.wholeMarkup(normal.substring(0, normal.length() - after.length()));
                }
            }
            String undated = stripLayout(render(first, List.of(citeItem(CiteItem.of(item.key()), item.key() + LibraryItems.NO_DATE)), citation));
            int n = 0;
            while (n < normal.length() && n < undated.length() && normal.charAt(n) == undated.charAt(n)) {
                n++;
            }
            while (n > 0 && n < normal.length() && Character.isLetterOrDigit(normal.charAt(n))
                    && Character.isLetterOrDigit(normal.charAt(n - 1))) {
                n--; // back to a word boundary
            }
            return HtmlCleanup.wholeMarkup(normal.substring(0, n));
        }

        /** The author as a note style names it in a short form: short form minus its name-less twin. */
        private String authorOf(CiteItem item, CitationRequest citation) {
            return authorNames.computeIfAbsent(item.key(), key -> computeAuthorOf(item, citation));
        }

        private String computeAuthorOf(CiteItem item, CitationRequest citation) {
            CiteItem bare = CiteItem.of(item.key());
            Variant subsequent = variant(bare, Position.SUBSEQUENT);
            String named = stripLayout(render(subsequent, List.of(citeItem(bare, cited(item.key()))), citation));
            String unnamed = stripLayout(render(subsequent, List.of(citeItem(bare, item.key() + LibraryItems.NO_NAMES)), citation));
            String author = named.endsWith(unnamed) ? named.substring(0, named.length() - unnamed.length()) : named;
            return HtmlCleanup.trimEnd(author, ",.;:");
        }

        private Position position(CiteItem item, CitationRequest citation) {
            Position position;
            if (seen.add(item.key())) {
                position = Position.FIRST;
            } else if (lastItem != null && lastAlone && lastItem.key().equals(item.key())
                    && (!style.isNoteStyle() || citation.noteNumber() - lastNote <= 1)) {
                boolean sameLocator = lastItem.locator().equals(item.locator()) && lastItem.label().equals(item.label());
                position = item.hasLocator() && !sameLocator ? Position.IBID_WITH_LOCATOR : Position.IBID;
                if (!item.hasLocator() && lastItem.hasLocator()) {
                    position = Position.SUBSEQUENT;
                }
            } else {
                position = Position.SUBSEQUENT;
            }
            lastItem = item;
            lastNote = citation.noteNumber();
            lastAlone = citation.items().size() == 1;
            return position;
        }

        private String render(Variant variant, List<CSLCitationItem> items, CitationRequest citation) {
            CSL csl = ready.add(variant) ? prepared(processors, variant, ids) : processors.get(variant);
            CSLCitation cluster = new CSLCitation(items.toArray(new CSLCitationItem[0]), "c" + (counter++),
                    new CSLProperties(Math.max(1, citation.noteNumber()), true));
            var result = csl.makeCitation(cluster);
            return HtmlCleanup.clean(result.get(result.size() - 1).getText());
        }
    }

    /**
     * The cites of a citation in the order the style sorts them (stable: equal keys keep the order
     * written), when it sorts citations; a citation naming an author in the text keeps its order.
     */
    private List<CiteItem> sorted(List<CiteItem> items) {
        Map<String, Integer> citationRanks = order.citationRanks();
        if (citationRanks.isEmpty() || items.size() < 2 || items.stream().anyMatch(i -> i.mode() == CiteItem.Mode.AUTHOR_IN_TEXT)) {
            return items;
        }
        List<CiteItem> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparingInt(i -> citationRanks.getOrDefault(i.key(), Integer.MAX_VALUE)));
        return sorted;
    }

    private CSLCitationItem citeItem(CiteItem item, String id) {
        CSLCitationItemBuilder builder = new CSLCitationItemBuilder(id);
        if (!item.prefix().isEmpty()) {
            builder.prefix(item.prefix().endsWith(" ") ? item.prefix() : item.prefix() + " ");
        }
        if (!item.suffix().isEmpty()) {
            String suffix = item.suffix();
            builder.suffix(Character.isLetterOrDigit(suffix.charAt(0)) ? " " + suffix : suffix);
        }
        if (item.hasLocator()) {
            boolean page = item.label().isEmpty() || item.label().equals("page");
            builder.locator(page ? LocatorPages.format(item.locator(), style.pageRangeFormat()) : item.locator());
            builder.label(item.label().isEmpty() ? CSLLabel.PAGE : CSLLabel.fromString(item.label()));
        }
        return builder.build();
    }

    private String stripLayout(String html) {
        StyleVariants.Layout layout = style.layout();
        String text = html;
        if (!layout.prefix().isEmpty() && text.startsWith(layout.prefix())) {
            text = text.substring(layout.prefix().length());
        }
        if (!layout.suffix().isEmpty() && text.endsWith(layout.suffix())) {
            text = text.substring(0, text.length() - layout.suffix().length());
        }
        return text;
    }
}
