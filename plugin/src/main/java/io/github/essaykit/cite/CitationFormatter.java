package io.github.essaykit.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLProperties;
import de.undercouch.citeproc.output.Bibliography;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.sources.SourceLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Formats citations and bibliographies with citeproc-java the way {@code pandoc --citeproc} does.
 *
 * <p>citeproc-java 3.5.2 renders every cite as a first cite, ignores suppress-author and
 * author-only, and is stateful. So, per essay: we compute each cite's position (first,
 * subsequent, ibid) ourselves and render it with the style rewritten for that position (one
 * processor per position, see {@link StyleVariants}); "[-@key]" renders the item without names
 * (note styles) or cuts the author part off the normal rendering (author-date styles), the author
 * part being the common start of the normal and the date-less rendering; "@key" is the author
 * part followed by the suppressed form. Cites are rendered one item at a time unless a whole
 * cluster is plain, so collapsing follows citeproc-java when it can.
 *
 * <p>Made once per build and shared by its essays (and threads). citeproc processors are costly
 * to create (each parses the style and locale) and stateful, so each essay borrows one set (one
 * processor per position) from a pool, resets it and returns it. The bibliography order is
 * computed once for every key the build cites ({@link #prepareOrder}): sorted registration in
 * citeproc-java costs milliseconds per key, so each bibliography registers its keys unsorted, in
 * that order ({@link BibliographyOrder}). Author parts used for "[-@key]" and "@key" are cached per
 * key within an essay.
 */
public final class CitationFormatter {

    private final CitationStyle style;
    private final SourceLibrary library;
    private final Queue<Map<Position, CSL>> pool = new ConcurrentLinkedQueue<>();
    private List<String> order = List.of();
    private volatile Map<String, String> yearSuffixes = Map.of();
    private volatile Map<String, CSLName[]> givenNames = Map.of();
    private volatile Map<String, Integer> citationRanks = Map.of();
    private Set<String> ordered = Set.of();
    // each entry's HTML once the order (so year suffixes and given names) is fixed; replaced when it changes
    private volatile Map<String, String> entries = new ConcurrentHashMap<>();

    private final FormatterMemory memory;

    private CitationFormatter(CitationStyle style, SourceLibrary library, FormatterMemory memory) {
        this.style = style;
        this.library = library;
        this.memory = memory;
    }

    public static CitationFormatter create(CitationStyle style, SourceLibrary library) {
        return new CitationFormatter(style, library, FormatterMemory.NONE);
    }

    /** A formatter that reuses what earlier builds with the same style and library computed. */
    public static CitationFormatter create(CitationStyle style, SourceLibrary library, FormatterMemory memory) {
        return new CitationFormatter(style, library, memory);
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
        List<String> ordered = prepareOrder(keys); // also assigns year suffixes before anything is rendered
        Map<String, String> suffixes = new LinkedHashMap<>();
        ordered.forEach(k -> suffixes.put(k, yearSuffixes.getOrDefault(k, "")));
        Map<String, String> names = new LinkedHashMap<>(); // given names added site-wide change this essay's text too
        ordered.stream().filter(givenNames::containsKey).forEach(k -> names.put(k, givenNames.get(k)[0].getLiteral()));
        List<Object> key = List.of(List.copyOf(citations), List.copyOf(keys), suffixes, names);
        return memory.remember(memory.essays, key, () -> {
            Map<Position, CSL> processors = borrow();
            try {
                EssayRun run = new EssayRun(keys, processors);
                List<FormattedCitation> formatted = new ArrayList<>();
                for (CitationRequest citation : citations) {
                    formatted.add(run.format(citation));
                }
                return new EssayCitations(List.copyOf(formatted), List.copyOf(bibliography(keys, processors)));
            } finally {
                pool.add(processors);
            }
        });
    }

    /** Bibliography entries of these keys, in the style's order (the site-wide bibliography). */
    public List<BibliographyEntry> bibliography(Collection<String> keys) {
        Map<String, String> suffixes = new LinkedHashMap<>();
        prepareOrder(keys).forEach(k -> suffixes.put(k, yearSuffixes.getOrDefault(k, "")));
        return memory.remember(memory.bibliographies, suffixes, () -> {
            Map<Position, CSL> processors = borrow();
            try {
                return List.copyOf(bibliography(keys, processors));
            } finally {
                pool.add(processors);
            }
        });
    }

    /**
     * Sorts these keys (with those sorted before) in the style's bibliography order, once; later
     * bibliographies of any of them only pick from that order. Call it with every key the build
     * cites before formatting; a bibliography with keys not prepared sorts again.
     */
    public synchronized List<String> prepareOrder(Collection<String> keys) {
        Set<String> wanted = new LinkedHashSet<>();
        keys.stream().filter(library::contains).forEach(wanted::add);
        if (!ordered.containsAll(wanted)) {
            Set<String> all = new LinkedHashSet<>(order);
            all.addAll(wanted);
            order = memory.remember(memory.orders, Set.copyOf(all), () -> {
                CSL sorter = processor(Position.FIRST);
                return BibliographyOrder.of(sorter, new LibraryItems(library, key -> yearSuffixes.get(key), key -> givenNames.get(key)), all);
            });
            ordered = Set.copyOf(order);
            entries = new ConcurrentHashMap<>();
            if (style.xml(Position.FIRST).contains("disambiguate-add-year-suffix=\"true\"")) {
                yearSuffixes = Map.copyOf(YearSuffixes.assign(order, library));
            }
            StyleVariants.Options options = style.options();
            givenNames = Map.copyOf(GivenNames.assign(order, library, options.givennameRule(), options.initializeWith()));
            if (style.sortsCitations()) {
                // the bibliography's order stands for the citation's sort keys (APA: names, year):
                // works by the same names in the same year rank alike, so they keep the order
                // written, as in pandoc; citeproc-java 3.5.2 sorting by APA's citation keys puts
                // 2023 between two works of 2016
                Map<String, Integer> firstOfGroup = new LinkedHashMap<>();
                Map<String, Integer> ranks = new LinkedHashMap<>();
                for (String key : order) {
                    String group = library.find(key).map(s -> YearSuffixes.group(s.item())).orElse(null);
                    ranks.put(key, group == null ? ranks.size() : firstOfGroup.computeIfAbsent(group, g -> ranks.size()));
                }
                citationRanks = Map.copyOf(ranks);
            }
        }
        return order.stream().filter(wanted::contains).toList();
    }

    /**
     * Each entry is formatted once per build, by the first bibliography that lists it, and taken
     * as it is by the others (an essay's, the site's): citeproc-java 3.5.2 renders an entry from
     * its own data alone (our year suffixes and given names included, fixed with the order) and
     * ignores subsequent-author-substitute. Only a style numbering its entries is formatted per list.
     */
    private List<BibliographyEntry> bibliography(Collection<String> keys, Map<Position, CSL> processors) {
        if (!style.hasBibliography()) {
            return List.of(); // citeproc-java throws on a style without <bibliography>; pandoc prints none
        }
        List<String> known = prepareOrder(keys);
        if (known.isEmpty()) {
            return List.of();
        }
        if (style.numbersEntries()) {
            return format(known, processors);
        }
        Map<String, String> formatted = entries;
        List<String> missing = known.stream().filter(k -> !formatted.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            format(missing, processors).forEach(entry -> formatted.put(entry.key(), entry.html()));
        }
        return known.stream().map(k -> new BibliographyEntry(k, formatted.get(k))).toList();
    }

    /** The entries of these keys, rendered together in this order. */
    private List<BibliographyEntry> format(List<String> keys, Map<Position, CSL> processors) {
        CSL csl = prepared(processors, Position.FIRST, keys);
        Bibliography bibliography = csl.makeBibliography();
        String[] rendered = bibliography.getEntries();
        List<BibliographyEntry> result = new ArrayList<>();
        for (int i = 0; i < rendered.length && i < keys.size(); i++) {
            result.add(new BibliographyEntry(keys.get(i), HtmlCleanup.clean(rendered[i])));
        }
        return result;
    }

    private Map<Position, CSL> borrow() {
        Map<Position, CSL> processors = pool.poll();
        return processors != null ? processors : new EnumMap<>(Position.class);
    }

    /** The set's processor for a position, emptied and with these ids registered unsorted, in order. */
    private CSL prepared(Map<Position, CSL> processors, Position position, Collection<String> ids) {
        CSL csl = processors.computeIfAbsent(position, this::processor);
        csl.reset();
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
        csl.registerCitationItems(ids, true);
        return csl;
    }

    private CSL processor(Position position) {
        try {
            LocaleProvider locales = style.localeXml() == null ? new DefaultLocaleProvider() : lang -> style.localeXml();
            CSL csl = new CSL(new LibraryItems(library, key -> yearSuffixes.get(key), key -> givenNames.get(key)), locales,
                    new DefaultAbbreviationProvider(), style.xml(position), style.localeId());
            csl.setOutputFormat("html");
            csl.setConvertLinks(true);
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state of one essay: processors per position and what was cited last. */
    private final class EssayRun {

        private final List<String> ids = new ArrayList<>();
        private final Map<Position, CSL> processors;
        private final Set<Position> ready = EnumSet.noneOf(Position.class);
        private final Set<String> seen = new LinkedHashSet<>();
        // per essay, not per build: a rendering may depend on the other keys registered (disambiguation),
        // so a build-wide cache would make the output depend on which essay came first
        private final Map<String, String> authorParts = new HashMap<>();
        private final Map<String, String> authorNames = new HashMap<>();
        private CiteItem lastItem;
        private int lastNote = -1;
        private boolean lastAlone;
        private int counter;

        EssayRun(Set<String> keys, Map<Position, CSL> processors) {
            this.processors = processors;
            for (String key : keys) {
                ids.add(key + LibraryItems.CITED);
                ids.add(key + LibraryItems.NO_NAMES);
                ids.add(key + LibraryItems.NO_DATE);
            }
        }

        FormattedCitation format(CitationRequest citation) {
            List<CiteItem> items = sorted(citation.items());
            List<Position> positions = new ArrayList<>();
            for (CiteItem item : items) {
                positions.add(position(item, citation));
            }
            boolean note = style.isNoteStyle();
            StyleVariants.Layout layout = style.layout();
            boolean plain = items.stream().allMatch(i -> i.mode() == CiteItem.Mode.NORMAL)
                    && positions.stream().distinct().count() == 1;
            String inner;
            String authorInText = "";
            String collapsed = note || !style.options().collapse().startsWith("year") ? null : collapsed(items, positions, citation);
            if (collapsed != null) {
                return new FormattedCitation(layout.prefix() + collapsed + layout.suffix(), "");
            }
            if (plain) {
                inner = stripLayout(render(positions.get(0), items.stream().map(i -> citeItem(i, cited(i.key()))).toList(), citation));
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
                return new FormattedCitation(authorInText + " " + layout.prefix() + inner + layout.suffix(), "");
            }
            return new FormattedCitation(layout.prefix() + inner + layout.suffix(), "");
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
                cites.add(new CiteGroups.Cite(HtmlCleanup.trimEnd(authorPart(item, citation), ",;:"), full, CiteGroups.people(library.expect(item.key()).item())));
            }
            return CiteGroups.collapse(cites, style.options(), style.layout().delimiter());
        }

        /** Author part of an author-date rendering: the common start of it and the date-less one. */
        private String authorPart(CiteItem item, CitationRequest citation) {
            return authorParts.computeIfAbsent(item.key(), key -> computeAuthorPart(item, citation));
        }

        private String computeAuthorPart(CiteItem item, CitationRequest citation) {
            String normal = stripLayout(render(Position.FIRST, List.of(citeItem(CiteItem.of(item.key()), cited(item.key()))), citation));
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

        /** The author as a note style names it in a short form: short form minus its name-less twin. */
        private String authorOf(CiteItem item, CitationRequest citation) {
            return authorNames.computeIfAbsent(item.key(), key -> computeAuthorOf(item, citation));
        }

        private String computeAuthorOf(CiteItem item, CitationRequest citation) {
            CiteItem bare = CiteItem.of(item.key());
            String named = stripLayout(render(Position.SUBSEQUENT, List.of(citeItem(bare, cited(item.key()))), citation));
            String unnamed = stripLayout(render(Position.SUBSEQUENT, List.of(citeItem(bare, item.key() + LibraryItems.NO_NAMES)), citation));
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

        private String render(Position position, List<CSLCitationItem> items, CitationRequest citation) {
            CSL csl = ready.add(position) ? prepared(processors, position, ids) : processors.get(position);
            CSLCitation cluster = new CSLCitation(items.toArray(new CSLCitationItem[0]), "c" + (counter++),
                    new CSLProperties(Math.max(1, citation.noteNumber()), true));
            var result = csl.makeCitation(cluster);
            return HtmlCleanup.clean(result.get(result.size() - 1).getText());
        }
    }

    private static String cited(String key) {
        return key + LibraryItems.CITED;
    }

    /**
     * The cites of a citation in the order the style sorts them (stable: equal keys keep the order
     * written), when it sorts citations; a citation naming an author in the text keeps its order.
     */
    private List<CiteItem> sorted(List<CiteItem> items) {
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
            builder.locator(item.locator());
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
