package io.github.essaykit.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLProperties;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.parallel.Each;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Formats citations and bibliographies with citeproc-java the way {@code pandoc --citeproc} does.
 *
 * <p>citeproc-java 3.5.2 renders every cite as a first cite, ignores suppress-author and
 * author-only, and is stateful. So, per essay: we compute each cite's position (first,
 * subsequent, ibid) ourselves and render it with the style rewritten for that position (one
 * processor per position, see {@link StyleVariants}); "[-@key]" renders the item without names
 * (note styles) or cuts the author part off the normal rendering (author-date styles), the author
 * part being what the rendering prints in place of its names (found with the names marked), else
 * the common start of the normal and the date-less rendering; "@key" is the author part followed
 * by the suppressed form. Which sources are still ambiguous (a style's disambiguate="true") is
 * decided per essay, as pandoc decides it per document. Cites are rendered one item at a time unless a whole
 * cluster is plain, so collapsing follows citeproc-java when it can.
 *
 * <p>Made once per build and shared by its essays (and threads). citeproc processors are costly
 * to create (each parses the style and locale) and stateful, so each essay borrows one set (one
 * processor per position) from the build's {@link ProcessorPool}, which every formatter derived
 * from this one shares (those of essays with their own year suffixes too). The bibliography order is
 * computed once for every key the build cites ({@link #ordered}, an immutable {@link CitationOrder}
 * fixed when the formatter is made): sorted registration in citeproc-java costs milliseconds per
 * key, so each bibliography registers its keys unsorted, in that order ({@link BibliographyOrder}).
 * Author parts used for "[-@key]" and "@key" are cached per key within an essay. Each distinct
 * rendering (style variant and prepared items, see {@link RenderedCitations}) is made once per
 * build, the processors set up for an essay only when one is not known yet.
 */
public final class CitationFormatter {

    /** Entries of the site bibliography rendered in one part: some parts for each thread, each worth its hand-off. */
    private static final int PART = 200;

    private final CitationStyle style;
    private final SourceLibrary library;
    private final ProcessorPool processors;
    private final CitationOrder order;
    private final FormatterMemory memory;
    /** The library's items as the style reads them, shared by every formatter of this library and style. */
    private final ItemMemo items;

    private CitationFormatter(CitationStyle style, SourceLibrary library, FormatterMemory memory, CitationOrder order,
            ProcessorPool processors, ItemMemo items) {
        this.items = items;
        this.style = style;
        this.library = library;
        this.memory = memory;
        this.order = order;
        this.processors = processors;
    }

    public static CitationFormatter create(CitationStyle style, SourceLibrary library) {
        return create(style, library, FormatterMemory.NONE);
    }

    /** A formatter that reuses what earlier builds with the same style and library computed. */
    public static CitationFormatter create(CitationStyle style, SourceLibrary library, FormatterMemory memory) {
        return new CitationFormatter(style, library, memory, CitationOrder.EMPTY, new ProcessorPool(style), new ItemMemo());
    }

    /** A formatter that renders every citation with citeproc-java, reusing none: what {@link RenderedCitations} must equal. */
    static CitationFormatter rendering(CitationStyle style, SourceLibrary library) {
        return new CitationFormatter(style, library, FormatterMemory.NONE, CitationOrder.EMPTY, new ProcessorPool(style, false), new ItemMemo());
    }

    /** How many citation renderings this formatter's processors reused. */
    long reusedCitations() {
        return processors.citations().reused();
    }

    /**
     * A formatter of this style for another library, nothing ordered or remembered, that borrows
     * this one's processors ("cite this essay": each essay's own entry, formatted alone).
     */
    public CitationFormatter alone(SourceLibrary other) {
        return new CitationFormatter(style, other, FormatterMemory.NONE, CitationOrder.EMPTY, processors, new ItemMemo());
    }

    public CitationStyle style() {
        return style;
    }

    /**
     * This formatter with the order of {@code keys} (and those it had) fixed: call it with every
     * key the build cites before formatting. An essay or bibliography with keys outside the order
     * is formatted by a formatter ordered for it alone.
     */
    public CitationFormatter ordered(Collection<String> keys) {
        return ordered(keys, Each.ONE_BY_ONE);
    }

    /** As {@link #ordered(Collection)}, the sort keys of parts of the sources rendered through {@code each} (the build's threads). */
    public CitationFormatter ordered(Collection<String> keys, Each each) {
        Set<String> all = new LinkedHashSet<>(order.order());
        all.addAll(keys);
        // the sort reads the library without suffixes, each part with processors of its own
        BibliographyOrder.Sorters sorters = new BibliographyOrder.Sorters() {
            @Override
            public <T> T with(java.util.function.Function<CSL, T> work) {
                try (ProcessorPool.Lease lease = processors.borrow(CitationOrder.EMPTY.items(library, style, items))) {
                    return work.apply(lease.processor(style.variant(Position.FIRST, "", false)));
                }
            }
        };
        try (ProcessorPool.Lease lease = processors.borrow(CitationOrder.EMPTY.items(library, style, items))) {
            // the comparison reads the library with the order's suffixes
            return new CitationFormatter(style, library, memory, CitationOrder.of(style, library, all, memory, sorters, each,
                    o -> lease.reading(o.items(library, style, items)).processor(comparedVariant())), processors, items);
        }
    }

    /** The variant whose cites are compared to find ambiguous ones: a note style's short form, else the first cite. */
    private CitationStyle.Variant comparedVariant() {
        return style.variant(style.isNoteStyle() ? Position.SUBSEQUENT : Position.FIRST, "", false);
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
        return formatEssay(null, citations, nocite);
    }

    /**
     * As {@link #formatEssay(List, Collection)}, for the essay of this slug: essay:build keeps its
     * citations between runs ({@link StoredCitations}) and reads them while all they are made from
     * is the same.
     */
    public EssayCitations formatEssay(String slug, List<CitationRequest> citations, Collection<String> nocite) {
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
            return ordered(keys).formatEssay(slug, citations, nocite);
        }
        CitationOrder own = style.listsInCitationOrder() ? order.asCited(keys, library) : order.forDocument(keys, library);
        if (own != order) {
            // one formatter for this essay alone, dropped after it: its suffix map is the site's with
            // this essay's keys replaced, so nearly every essay has its own, and keeping one per essay
            // (each with its citeproc processors) ran a 1,000-essay build out of memory
            return new CitationFormatter(style, library, memory, own, processors, items).formatEssay(slug, citations, nocite);
        }
        List<String> ordered = order.inOrder(keys);
        Map<String, String> suffixes = new LinkedHashMap<>();
        ordered.forEach(k -> suffixes.put(k, order.yearSuffixes().getOrDefault(k, "")));
        Map<String, String> names = new LinkedHashMap<>(); // given names added site-wide change this essay's text too
        ordered.stream().filter(order.givenNames()::containsKey)
                .forEach(k -> names.put(k, order.givenNames().get(k)[0].getLiteral()));
        List<Object> key = List.of(List.copyOf(citations), List.copyOf(keys), suffixes, names);
        return memory.remember(memory.essays, key, () -> memory.citations.citations(slug, () -> stored(key, keys, ordered), () -> {
            LibraryItems libraryItems = order.items(library, style, items);
            try (ProcessorPool.Lease lease = processors.borrow(libraryItems)) {
                EssayRun run = new EssayRun(keys, lease, libraryItems);
                List<FormattedCitation> formatted = new ArrayList<>();
                for (CitationRequest citation : citations) {
                    formatted.add(run.format(citation));
                }
                return new EssayCitations(List.copyOf(formatted), List.copyOf(bibliography(keys, lease)));
            }
        }));
    }

    /**
     * What an essay's citations are made from, beyond the style and code ({@link StoredCitations}):
     * its citations, keys, their year suffixes and added names ({@code key}), their order in the
     * site, rank in a citation and every added given name, and each source's data.
     */
    private String stored(List<Object> key, Set<String> keys, List<String> ordered) {
        Fingerprint print = Fingerprint.start("essay citations").value(key).value(ordered);
        for (String k : ordered) {
            print.add(order.citationRanks().getOrDefault(k, -1));
            for (CSLName name : order.givenNames().getOrDefault(k, new CSLName[0])) {
                print.add(name.toJson(new StringJsonBuilderFactory().createJsonBuilder()).toString());
            }
        }
        for (String k : keys) {
            print.add(k).add(memory.citations.item(k, library.find(k).map(Source::item).orElse(null)));
        }
        return print.hex();
    }

    /**
     * A text made for the essay of this slug from {@code inputs} alone ("cite this essay": its
     * entry, in this formatter's style), kept between essay:build runs while they are the same.
     */
    public String keptText(String slug, String inputs, Supplier<String> make) {
        return memory.citations.text(slug, inputs, make);
    }

    /** Keeps the stored citations and text of this essay through the build: its page came from the cache. */
    public void keepStored(String slug) {
        memory.citations.keep(slug);
    }

    /** Bibliography entries of these keys, in the style's order (the site-wide bibliography). */
    public List<BibliographyEntry> bibliography(Collection<String> keys) {
        return bibliography(keys, Each.ONE_BY_ONE);
    }

    /**
     * The same, rendered in parts of {@value #PART} entries through {@code each} (the build's
     * threads): an entry is a function of its item alone, whatever else is registered
     * ({@link RenderedEntries}), unless the style prints citation numbers, their places in one registration.
     */
    public List<BibliographyEntry> bibliography(Collection<String> keys, Each each) {
        List<String> known = keys.stream().filter(library::contains).toList();
        if (!covers(known)) {
            return ordered(known).bibliography(known, each);
        }
        List<String> ordered = order.inOrder(known);
        Map<String, String> suffixes = new LinkedHashMap<>();
        ordered.forEach(k -> suffixes.put(k, order.yearSuffixes().getOrDefault(k, "")));
        // the keys in order: a style listing sources as cited lists the same set in another order another way
        return memory.remember(memory.bibliographies, List.of(ordered, suffixes), () -> {
            if (!style.hasBibliography()) {
                return List.of();
            }
            List<String> ids = substituted(ordered); // each entry's names compared with those of the one before, across parts
            int part = style.printsCitationNumbers(style.variant(Position.FIRST, "", false)) ? Math.max(1, ordered.size()) : PART;
            LibraryItems libraryItems = order.items(library, style, items);
            List<List<BibliographyEntry>> parts = each.map(IntStream.iterate(0, i -> i < ordered.size(), i -> i + part).boxed().toList(),
                    from -> {
                        int to = Math.min(from + part, ordered.size());
                        try (ProcessorPool.Lease lease = processors.borrow(libraryItems)) {
                            return entries(ordered.subList(from, to), ids.subList(from, to), lease);
                        }
                    });
            return parts.stream().flatMap(List::stream).toList();
        });
    }

    private List<BibliographyEntry> bibliography(Collection<String> keys, ProcessorPool.Lease processors) {
        if (!style.hasBibliography()) {
            return List.of(); // citeproc-java throws on a style without <bibliography>; pandoc prints none
        }
        List<String> known = order.inOrder(keys);
        return entries(known, substituted(known), processors);
    }

    /** The entries of {@code known}, in this order, registered as {@code ids} ({@link #substituted}); none for an empty rendering. */
    private List<BibliographyEntry> entries(List<String> known, List<String> ids, ProcessorPool.Lease processors) {
        if (known.isEmpty()) {
            return List.of();
        }
        String[] entries = entries(processors, style.variant(Position.FIRST, "", false), ids);
        List<Integer> both = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            if (editorTranslator(known.get(i))) {
                both.add(i);
            }
        }
        if (!both.isEmpty()) {
            // entries naming editors who translated: rendered with the style's editortranslator labels
            String[] relabelled = entries(processors, style.variant(Position.FIRST, "", false, true), both.stream().map(ids::get).toList());
            for (int j = 0; j < both.size(); j++) {
                entries[both.get(j)] = relabelled[j];
            }
        }
        List<BibliographyEntry> result = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            if (!entries[i].isEmpty()) { // citeproc-java prints no entry for an item that renders empty
                result.add(new BibliographyEntry(known.get(i), clean(entries[i])));
            }
        }
        return result;
    }

    private String[] entries(ProcessorPool.Lease processors, CitationStyle.Variant variant, List<String> ids) {
        return this.processors.entries().of(prepared(processors, variant, ids), variant);
    }

    /** Whether the style names this source's editors once as its translators too ({@link EditorTranslator}). */
    private boolean editorTranslator(String key) {
        return style.combinesEditorTranslator() && library.find(key).map(s -> EditorTranslator.applies(s.item())).orElse(false);
    }

    /** The ids of a bibliography in order: an entry with the names of the entry before it gets them substituted. */
    private List<String> substituted(List<String> keys) {
        if (style.authorSubstitute().isEmpty()) {
            return keys;
        }
        List<String> ids = new ArrayList<>();
        String previous = "";
        for (String key : keys) {
            String names = LibraryItems.firstNames(library.expect(key).item());
            boolean applies = !style.substitutesSingleNamesOnly() || names.indexOf('\u0000') == names.lastIndexOf('\u0000');
            ids.add(!names.isEmpty() && names.equals(previous) && applies ? key + LibraryItems.SUBSTITUTED : key);
            previous = names;
        }
        return ids;
    }

    /** The set's processor for a variant, emptied and with these ids registered unsorted, in order. */
    private CSL prepared(ProcessorPool.Lease processors, CitationStyle.Variant variant, Collection<String> ids) {
        CSL csl = processors.processor(variant);
        csl.reset();
        csl.setOutputFormat(new QuotesOnceHtmlFormat());
        csl.setConvertLinks(true);
        csl.registerCitationItems(ids, true);
        return csl;
    }

    /** The state of one essay: processors per position and what was cited last. */
    private final class EssayRun {

        private final List<String> ids = new ArrayList<>();
        private final ProcessorPool.Lease processors;
        private final LibraryItems libraryItems;
        /** Each id's place in the registration (1-based): citeproc-java's citation number for it. */
        private final Map<String, Integer> numbers = new HashMap<>();
        /** Each id's item data as the processors register it, without and with its citation number. */
        private final Map<String, CSLItemData> plainData = new HashMap<>();
        private final Map<String, CSLItemData> numberedData = new HashMap<>();
        private final Set<CitationStyle.Variant> ready = new HashSet<>();
        private final Set<String> seen = new LinkedHashSet<>();
        private final Set<String> ambiguous;
        // per essay, not per build: a rendering may depend on the other keys registered (disambiguation),
        // so a build-wide cache would make the output depend on which essay came first
        private final Map<String, String> authorParts = new HashMap<>();
        private final Map<String, String> authorNames = new HashMap<>();
        private CiteItem lastItem;
        private CSL compared; // set up for the ambiguity texts, when one had to be rendered
        private List<CiteItem> printed = List.of();
        private List<String> parts; // each printed item's own rendering, for CiteLinks; null if unknown
        private int lastNote = -1;
        private boolean lastAlone;
        private int counter;

        EssayRun(Set<String> keys, ProcessorPool.Lease processors, LibraryItems items) {
            this.processors = processors;
            this.libraryItems = items;
            // the cited forms first, in the essay's order: citeproc-java numbers the registered ids in
            // order, and citation-number styles print those numbers (1, 2, 3, not 1, 5, 9)
            for (String form : new String[] {LibraryItems.CITED, LibraryItems.NO_NAMES, LibraryItems.NO_DATE, LibraryItems.MARKED}) {
                for (String key : keys) {
                    ids.add(key + form);
                    numbers.put(key + form, ids.size());
                }
            }
            // as pandoc, per essay (a document): "(Okafor 88)" where the essay cites one of Okafor's works
            this.ambiguous = !style.testsDisambiguate() ? Set.of()
                    : Ambiguity.of(library, order.inOrder(keys), this::comparedTexts, this::comparedDone);
        }

        /**
         * What {@link Ambiguity#of(CSL, SourceLibrary, List, java.util.function.Function)} renders, each distinct
         * cite once per build ({@link RenderedCitations#text}): the candidates' cited ids registered
         * in their order, the processor set up only when a text is not known yet.
         */
        private java.util.function.Function<String, String> comparedTexts(List<String> candidates) {
            CitationStyle.Variant variant = comparedVariant();
            Map<String, Integer> places = new HashMap<>();
            candidates.forEach(key -> places.put(cited(key), places.size() + 1));
            Map<String, CSLItemData> numbered = new HashMap<>();
            RenderedCitations.Registered registered = (id, withNumber) -> !withNumber ? registered(id, false)
                    : numbered.computeIfAbsent(id, i -> new CSLItemDataBuilder(libraryItems.retrieveItem(i))
                            .citationNumber(String.valueOf(places.get(i))).build());
            return key -> CitationFormatter.this.processors.citations().text(variant, List.of(new CSLCitationItem(cited(key))), registered,
                    () -> {
                        if (compared == null) {
                            compared = processors.processor(variant);
                            compared.reset();
                            compared.setOutputFormat("text");
                            compared.registerCitationItems(candidates.stream().map(CitationFormatter::cited).toList(), true);
                        }
                        CSLCitation citation = new CSLCitation(new CSLCitationItem[] {new CSLCitationItem(cited(key))}, "a" + counter++,
                                new CSLProperties(1, true));
                        var result = compared.makeCitation(citation);
                        return result.get(result.size() - 1).getText();
                    });
        }

        /** The compared processor, if a text was rendered, emptied and back to HTML (as {@link Ambiguity} leaves it). */
        private void comparedDone() {
            if (compared != null) {
                compared.reset();
                compared.setOutputFormat(new QuotesOnceHtmlFormat());
            }
        }

        /** The style variant a cite at this position renders with. */
        private CitationStyle.Variant variant(Position position, CiteItem item) {
            String label = !item.hasLocator() ? "" : item.label().isEmpty() ? "page" : item.label();
            return style.variant(position, label, ambiguous.contains(item.key()), editorTranslator(item.key()));
        }

        FormattedCitation format(CitationRequest citation) {
            FormattedCitation text = formatText(citation);
            return text.makesNote() ? text
                    : new FormattedCitation(text.inText(), "", CiteLinks.find(text.inText(), citation.items(), printed, parts));
        }

        private FormattedCitation formatText(CitationRequest citation) {
            List<CiteItem> items = sorted(citation.items());
            printed = items;
            parts = null;
            List<Position> positions = new ArrayList<>();
            for (CiteItem item : items) {
                positions.add(position(item, citation));
            }
            boolean note = style.isNoteStyle();
            StyleVariants.Layout layout = style.layout();
            boolean plain = items.stream().allMatch(i -> i.mode() == CiteItem.Mode.NORMAL)
                    && positions.stream().distinct().count() == 1
                    && items.stream().map(i -> variant(positions.get(0), i)).distinct().count() == 1;
            String inner;
            String authorInText = "";
            String collapsed = note ? null
                    : style.options().collapse().startsWith("year") ? collapsed(items, positions, citation)
                    : style.options().collapse().equals("citation-number") ? numbers(items, positions, citation) : null;
            if (collapsed != null) {
                return new FormattedCitation(layout.prefix() + collapsed + layout.suffix(), "");
            }
            if (plain) {
                inner = stripLayout(render(positions.get(0), items.stream().map(i -> citeItem(i, cited(i.key()))).toList(), citation));
                // each item alone too, to tell where each stands in the whole (one item: the whole)
                parts = items.size() == 1 ? List.of(inner) : items.stream()
                        .map(i -> stripLayout(render(positions.get(0), List.of(citeItem(i, cited(i.key()))), citation))).toList();
            } else {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    CiteItem item = items.get(i);
                    Position position = positions.get(i);
                    String full = stripLayout(render(position, List.of(citeItem(item, cited(item.key()))), citation));
                    if (item.mode() == CiteItem.Mode.NORMAL || (item.mode() == CiteItem.Mode.AUTHOR_IN_TEXT && note && citation.inFootnote())) {
                        parts.add(full);
                    } else if (note) {
                        String bare = stripLayout(render(position, List.of(citeItem(item, item.key() + LibraryItems.NO_NAMES)), citation));
                        parts.add(bare);
                        if (item.mode() == CiteItem.Mode.AUTHOR_IN_TEXT && i == 0) {
                            authorInText = authorOf(item, position, citation);
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
                List<String> raised = HtmlCleanup.unwrapped(parts, "sup");
                if (raised != null) {
                    // each cite rendered alone is raised by the layout (AMA: vertical-align="sup"): the
                    // citation is raised once, as pandoc prints "<sup>2(p230),see also 3(p605)</sup>"
                    inner = "<sup>" + String.join(layout.delimiter(), raised) + "</sup>";
                    this.parts = raised;
                } else {
                    inner = String.join(layout.delimiter(), parts);
                    this.parts = parts;
                }
            }
            if (note) {
                if (citation.inFootnote()) {
                    boolean normal = items.get(0).mode() == CiteItem.Mode.NORMAL;
                    String suffix = layout.suffix();
                    if (!suffix.isEmpty() && inner.matches("(?s).*" + java.util.regex.Pattern.quote(suffix) + "[”’]")) {
                        // the layout's period, moved inside a closing quote, is not the author's sentence end
                        // (pandoc: "the rain series in Müller and Doe, “Gauge”.")
                        inner = inner.substring(0, inner.length() - suffix.length() - 1) + inner.charAt(inner.length() - 1);
                    }
                    return new FormattedCitation(normal ? "(" + inner + ")" : inner, "");
                }
                String text = HtmlCleanup.capitalize(inner) + (inner.matches("(?s).*[.?!][”’]?") ? "" : layout.suffix());
                return new FormattedCitation(authorInText, text);
            }
            if (!authorInText.isEmpty()) {
                // MLA's "@orwell1946" is the name alone: nothing is left to put in parentheses
                String rest = inner.isBlank() ? "" : " " + layout.prefix() + inner + layout.suffix();
                return new FormattedCitation(authorInText + rest, "");
            }
            // "[-@key]" with nothing left to print (MLA without a locator): nothing, as pandoc prints it
            return new FormattedCitation(inner.isBlank() ? "" : layout.prefix() + inner + layout.suffix(), "");
        }

        /** The citation with same-author cites collapsed, or null when there is nothing to collapse. */
        private String collapsed(List<CiteItem> items, List<Position> positions, CitationRequest citation) {
            if (items.size() < 2 || items.stream().anyMatch(i -> i.mode() != CiteItem.Mode.NORMAL || !i.prefix().isEmpty())) {
                return null;
            }
            List<CiteGroups.Cite> cites = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                CiteItem item = items.get(i);
                String full = stripLayout(render(positions.get(i), List.of(citeItem(item, cited(item.key()))), citation));
                String author = HtmlCleanup.trimEnd(authorPart(item, citation), ",;:");
                cites.add(new CiteGroups.Cite(author, full, CiteGroups.people(library.expect(item.key()).item(), author)));
            }
            CiteGroups.Collapsed collapsed = CiteGroups.collapse(cites, style.options(), style.layout().delimiter());
            if (collapsed == null) {
                return null;
            }
            // what each item prints, in the printed order, for CiteLinks (no links if one is hidden in a range)
            printed = collapsed.order().stream().map(items::get).toList();
            parts = collapsed.pieces().contains(null) ? null : collapsed.pieces();
            return collapsed.text();
        }

        /**
         * A citation of bare citation numbers collapsed as CSL 1.0.2 asks of collapse="citation-number"
         * and pandoc prints: three or more successive numbers as a range, "1–3,5" in the markup of one
         * cite ("<sup>1–3,5</sup>"), which citeproc-java 3.5.2 leaves "1,2,3,5"; null unless every cite
         * prints its number alone (no locator, prefix or suffix).
         */
        private String numbers(List<CiteItem> items, List<Position> positions, CitationRequest citation) {
            if (items.size() < 3 || items.stream().anyMatch(i -> i.mode() != CiteItem.Mode.NORMAL || i.hasLocator()
                    || !i.prefix().isEmpty() || !i.suffix().isEmpty())) {
                return null;
            }
            List<Integer> numbers = new ArrayList<>();
            String first = null;
            for (int i = 0; i < items.size(); i++) {
                String html = stripLayout(render(positions.get(i), List.of(citeItem(items.get(i), cited(items.get(i).key()))), citation));
                String text = html.replaceAll("<[^>]+>", "");
                if (!text.matches("\\d+")) {
                    return null;
                }
                numbers.add(Integer.parseInt(text));
                first = first == null ? html : first;
            }
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < numbers.size(); ) {
                int j = i;
                while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                    j++;
                }
                if (j - i >= 2) {
                    pieces.add(numbers.get(i) + "\u2013" + numbers.get(j));
                } else {
                    numbers.subList(i, j + 1).forEach(n -> pieces.add(String.valueOf(n)));
                }
                i = j + 1;
            }
            if (pieces.size() == numbers.size()) {
                return null; // no range: citeproc-java's rendering stands
            }
            printed = items;
            this.parts = null;
            String number = String.valueOf(numbers.get(0));
            int at = first.indexOf(">" + number + "<") + 1;
            at = at > 0 ? at : first.indexOf(number);
            return first.substring(0, at) + String.join(style.layout().delimiter(), pieces) + first.substring(at + number.length());
        }

        /**
         * Author part of a rendering: up to where the names end, found with the names marked; else
         * (the names changed what follows them) the common start of it and the date-less one.
         */
        private String authorPart(CiteItem item, CitationRequest citation) {
            return authorParts.computeIfAbsent(item.key(), key -> computeAuthorPart(item, citation));
        }

        private String computeAuthorPart(CiteItem item, CitationRequest citation) {
            if (!style.citationPrintsNames()) {
                return ""; // IEEE's "[4]": no names to suppress or move into the text, as in pandoc
            }
            String normal = stripLayout(render(Position.FIRST, List.of(citeItem(CiteItem.of(item.key()), cited(item.key()))), citation));
            String marked = stripLayout(render(Position.FIRST, List.of(citeItem(CiteItem.of(item.key()), item.key() + LibraryItems.MARKED)), citation));
            int mark = marked.indexOf(LibraryItems.NAME_MARK);
            if (mark >= 0) {
                String before = marked.substring(0, mark);
                String after = marked.substring(mark + LibraryItems.NAME_MARK.length());
                if (normal.startsWith(before) && normal.endsWith(after) && normal.length() > before.length() + after.length()) {
                    // the names are what the citation prints in place of the mark (MLA: "Okafor", not "Okafor, “Title”")
                    return HtmlCleanup.wholeMarkup(normal.substring(0, normal.length() - after.length()));
                }
            }
            String undated = stripLayout(render(Position.FIRST, List.of(citeItem(CiteItem.of(item.key()), item.key() + LibraryItems.NO_DATE)), citation));
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

        /**
         * The author as a note names it: a first cite's full name ("E. P. Thompson", as pandoc
         * prints a first narrative cite), a later one's short name; the rendering minus its
         * name-less twin.
         */
        private String authorOf(CiteItem item, Position position, CitationRequest citation) {
            Position form = position == Position.FIRST ? Position.FIRST : Position.SUBSEQUENT;
            return authorNames.computeIfAbsent(item.key() + "\u0000" + form, key -> computeAuthorOf(item, form, citation));
        }

        private String computeAuthorOf(CiteItem item, Position form, CitationRequest citation) {
            CiteItem bare = CiteItem.of(item.key());
            String named = stripLayout(render(form, List.of(citeItem(bare, cited(item.key()))), citation));
            String unnamed = stripLayout(render(form, List.of(citeItem(bare, item.key() + LibraryItems.NO_NAMES)), citation));
            String author = named;
            if (named.endsWith(unnamed)) {
                author = named.substring(0, named.length() - unnamed.length());
            } else if (!unnamed.isEmpty()) {
                // the name-less twin also lacks translators and editors: cut where its text begins
                int at = named.indexOf(unnamed.substring(0, Math.min(unnamed.length(), 16)));
                author = at > 0 ? named.substring(0, at) : named;
            }
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

        private String render(Position position, List<CSLCitationItem> items, CitationRequest citation) {
            // one variant per rendering: cites are rendered one at a time unless all alike (plain)
            CSLCitationItem first = items.get(0);
            String key = first.getId().substring(0, first.getId().indexOf('\u0001'));
            CitationStyle.Variant variant = style.variant(position, first.getLocator() == null ? ""
                    : first.getLabel() == null ? "page" : first.getLabel().toString(), ambiguous.contains(key), editorTranslator(key));
            // the same prepared items render alike in any essay (RenderedCitations): each distinct one once
            return CitationFormatter.this.processors.citations().of(variant, items, this::registered, () -> {
                CSL csl = ready.add(variant) ? prepared(processors, variant, ids) : processors.processor(variant);
                CSLCitation cluster = new CSLCitation(items.toArray(new CSLCitationItem[0]), "c" + (counter++),
                        new CSLProperties(Math.max(1, citation.noteNumber()), true));
                var result = csl.makeCitation(cluster);
                return LocatorPages.delimited(clean(result.get(result.size() - 1).getText()), items, style.pageRangeDelimiter());
            });
        }

        /** An id's item data as {@link #prepared} registers it: read through the lease's library, numbered in order. */
        private CSLItemData registered(String id, boolean numbered) {
            return (numbered ? numberedData : plainData).computeIfAbsent(id, i -> {
                CSLItemData item = libraryItems.retrieveItem(i);
                if (!numbered && item.getCitationNumber() == null) {
                    return item; // the essays of a build share it already (ItemMemo): no copy to make and hash
                }
                return CitationFormatter.this.processors.citations()
                        .canonical(new CSLItemDataBuilder(item).citationNumber(numbered ? String.valueOf(numbers.get(i)) : null).build());
            });
        }
    }

    /** citeproc-java's HTML with ordinals written out, then as pandoc writes it ({@link HtmlCleanup}). */
    private String clean(String html) {
        return processors.clean(html);
    }

    private static String cited(String key) {
        return key + LibraryItems.CITED;
    }

    /**
     * The cites of a citation in the order the style sorts them (stable: equal keys keep the order
     * written), when it sorts citations; a citation naming an author in the text keeps its order.
     * As pandoc's citeproc, only runs of cites are sorted that no prefix starts and no suffix
     * ends inside: "[@ranger1983; see also @adeyemi2013]" keeps its order, the prefix being the
     * author's word on how the two relate; "[see @okafor2015; @mauss1925]" sorts.
     */
    private List<CiteItem> sorted(List<CiteItem> items) {
        Map<String, Integer> citationRanks = order.citationRanks();
        if (citationRanks.isEmpty() || items.size() < 2 || items.stream().anyMatch(i -> i.mode() == CiteItem.Mode.AUTHOR_IN_TEXT)) {
            return items;
        }
        List<CiteItem> sorted = new ArrayList<>();
        List<CiteItem> run = new ArrayList<>();
        for (CiteItem item : items) {
            if (!run.isEmpty() && (!run.get(run.size() - 1).suffix().isEmpty() || !item.prefix().isEmpty())) {
                sorted.addAll(sortedRun(run, citationRanks));
                run.clear();
            }
            run.add(item);
        }
        sorted.addAll(sortedRun(run, citationRanks));
        return sorted;
    }

    private static List<CiteItem> sortedRun(List<CiteItem> run, Map<String, Integer> citationRanks) {
        List<CiteItem> sorted = new ArrayList<>(run);
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
            builder.locator(page ? LocatorPages.format(item.locator(), style.pageRangeFormat(), style.pageRangeDelimiter()) : item.locator());
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
