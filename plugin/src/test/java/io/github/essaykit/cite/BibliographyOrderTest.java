package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import io.github.essaykit.bench.Corpus;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.essaykit.cache.ResultCache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Our bibliography order is citeproc-java's sorted registration order, ties and all. */
class BibliographyOrderTest {

    @TempDir
    static Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"chicago-author-date", "apa", "chicago-notes-bibliography",
            "ieee", "nature"})
    void ordersAsCiteprocSortedRegistration(String styleId) throws Exception {
        // 80 corpus entries plus two equal in every sort key, the anonymous and the undated
        String bib = Corpus.bibliography(80);
        bib += "@book{twinA,\n  author = {Same, Ann},\n  title = {Same Title},\n  year = {1999}\n}\n\n"
                + "@book{twinB,\n  author = {Same, Ann},\n  title = {Same Title},\n  year = {1999}\n}\n\n"
                + "@book{anonymous,\n  title = {No Author Here},\n  year = {1980}\n}\n\n"
                + "@book{undated,\n  author = {Allison, Ann},\n  title = {Without a Year}\n}\n";
        Path file = Files.writeString(dir.resolve(styleId + ".bib"), bib);
        SourceLibrary library = SourceLoader.create(dir).load(List.of(file)).library();
        CitationStyle style = CitationStyle.load(styleId, "en-US", dir).style();
        List<String> keys = new ArrayList<>(library.keys());
        Collections.shuffle(keys, new Random(7));
        keys.add(0, "twinB"); // registered first, so the equal twinA goes after it
        keys.remove(keys.lastIndexOf("twinB"));

        LibraryItems items = new LibraryItems(library, key -> null, key -> null, true, "", false);
        CSL citeproc = processor(style, items);
        citeproc.registerCitationItems(keys, false);
        List<String> expected = new ArrayList<>(citeproc.getRegisteredItems().stream().map(CSLItemData::getId).toList());
        if (!style.listsInCitationOrder()) {
            // citeproc-java 3.5.2 puts an item equal in every key after every item registered before it, here
            // after authors that sort after "Same": it breaks CSL 1.0.2 Sorting, whose first key orders all
            // items. The twins stay together, in the order given
            assertThat(expected.indexOf("twinA")).isGreaterThan(expected.indexOf("twinB") + 1);
            expected.remove("twinA");
            expected.add(expected.indexOf("twinB") + 1, "twinA");
        }

        assertThat(BibliographyOrder.of(processor(style, items), items, keys)).containsExactlyElementsOf(expected);
        assertThat(expected).hasSize(keys.size());

        // with the sort keys stored by one build and read by the next: the same order
        ResultCache cache = ResultCache.inFolder(dir.resolve("cache-" + styleId));
        boolean demote = style.demoteNonDroppingParticle().equals("display-and-sort");
        assertThat(BibliographyOrder.of(() -> processor(style, items), items, keys, demote, SortKeys.in(cache, style)))
                .isEqualTo(BibliographyOrder.of(() -> processor(style, items), items, keys, demote, SortKeys.NONE));
        List<String> stored = BibliographyOrder.of(() -> processor(style, items), items, keys, demote, SortKeys.in(cache, style));
        assertThat(stored).isEqualTo(BibliographyOrder.of(() -> processor(style, items), items, keys, demote, SortKeys.NONE));
        // the same items in the same style: their order is read, no processor made
        assertThat(BibliographyOrder.of(() -> {
            throw new AssertionError("a processor made for items sorted before");
        }, items, keys, demote, SortKeys.in(cache, style))).isEqualTo(expected);
    }

    @Test
    void aWorkThatTiesWithAnotherIsListedBesideItNotAfterTheNextAuthor() throws Exception {
        // cited Okafor, Smith, Okafor: the second Okafor (same year and title) was listed after Smith, as
        // citeproc-java registers it; pandoc lists both before Smith
        Path file = Files.writeString(dir.resolve("ties.bib"), """
                @book{k0, author = {Okafor, C.}, title = {The Harbour}, publisher = {P}, year = {2019}}
                @book{k3, author = {Okafor, C.}, title = {The Harbour}, publisher = {P}, year = {2019}}
                @book{k2, author = {Smith, B.}, title = {The Archive}, publisher = {P}, year = {2020}}
                """);
        SourceLibrary library = SourceLoader.create(dir).load(List.of(file)).library();
        CitationStyle style = CitationStyle.load("chicago-author-date", "en-US", dir).style();
        LibraryItems items = new LibraryItems(library, key -> null, key -> null, true, "", false);
        assertThat(BibliographyOrder.of(processor(style, items), items, List.of("k3", "k2", "k0"))).containsExactly("k3", "k0", "k2");
    }

    @ParameterizedTest
    @CsvSource({"chicago-author-date, h hb k2 k1", "apa, h hb k1 k2"}) // APA's keys initialize both Willises: by year
    void aNameThatIsTheStartOfAnotherSortsBeforeIt(String styleId, String order) throws Exception {
        // JOSS papers, as pandoc sorts them: Ho before Hochberg, "Willis, K. J." before "Willis, Katherine J.";
        // citeproc-java's collator ignores spaces, so "HoJoses" came after "HochbergYosef"
        Path file = Files.writeString(dir.resolve("words-" + styleId + ".bib"), """
                @article{hb, author = {Hochberg, Yosef}, title = {HB}, journal = {J}, year = {1988}}
                @article{h, author = {Ho, Joses}, title = {H}, journal = {J}, year = {2019}}
                @article{k1, author = {Willis, Katherine J.}, title = {K1}, journal = {J}, year = {2007}}
                @article{k2, author = {Willis, K. J.}, title = {K2}, journal = {J}, year = {2010}}
                """);
        SourceLibrary library = SourceLoader.create(dir).load(List.of(file)).library();
        CitationStyle style = CitationStyle.load(styleId, "en-US", dir).style();
        LibraryItems items = new LibraryItems(library, key -> null, key -> null, true, "", false);
        assertThat(BibliographyOrder.of(processor(style, items), items, List.of("hb", "h", "k1", "k2"))).containsExactly(order.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicago-author-date", "chicago-notes-bibliography", "apa"})
    void partsSortedOnTwoThreadsGiveTheOrderOfOneThread(String styleId) throws Exception {
        Path file = Files.writeString(dir.resolve("parts-" + styleId + ".bib"), Corpus.bibliography(700));
        SourceLibrary library = SourceLoader.create(dir).load(List.of(file)).library();
        CitationStyle style = CitationStyle.load(styleId, "en-US", dir).style();
        List<String> keys = new ArrayList<>(library.keys());
        Collections.shuffle(keys, new Random(3));
        LibraryItems items = new LibraryItems(library, key -> null, key -> null, true, "", false);
        boolean demote = style.demoteNonDroppingParticle().equals("display-and-sort");
        List<String> oneThread = BibliographyOrder.of(() -> processor(style, items), items, keys, demote, SortKeys.NONE);
        List<String> twoThreads;
        try (io.github.essaykit.parallel.EssayPool pool = io.github.essaykit.parallel.EssayPool.create(2)) {
            // each part its own processor: rendering a date sets state in the parsed style
            twoThreads = BibliographyOrder.of(BibliographyOrder.Sorters.of(() -> processor(style, items)), items, keys, demote,
                    SortKeys.NONE, pool);
        }
        assertThat(twoThreads).hasSize(700).isEqualTo(oneThread).isNotEqualTo(keys);
    }

    /** The next build really sorts by what the last one stored (here doctored to put the last work first). */
    @Test
    void aLaterBuildSortsByTheStoredKeys() throws Exception {
        String styleId = "chicago-author-date";
        Path file = Files.writeString(dir.resolve("stored.bib"), """
                @book{adams, author = {Adams, Ann}, title = {A}, year = {2001}}
                @book{brown, author = {Brown, Bo}, title = {B}, year = {2002}}
                @book{young, author = {Young, Yu}, title = {Y}, year = {2003}}
                """);
        SourceLibrary library = SourceLoader.create(dir).load(List.of(file)).library();
        CitationStyle style = CitationStyle.load(styleId, "en-US", dir).style();
        LibraryItems items = new LibraryItems(library, key -> null, key -> null, true, "", false);
        List<String> keys = List.of("young", "adams", "brown");
        ResultCache cache = ResultCache.inMemory();
        assertThat(BibliographyOrder.of(() -> processor(style, items), items, keys, true, SortKeys.in(cache, style)))
                .containsExactly("adams", "brown", "young");

        SortKeys stored = SortKeys.in(cache, style);
        String youngItem = null;
        for (String key : keys) {
            String print = SortKeys.print(items.retrieveItem(key));
            assertThat(stored.get(print)).as(key).isNotNull();
            if (key.equals("young")) {
                youngItem = print;
            }
        }
        String[] first = stored.get(youngItem).clone();
        Arrays.fill(first, "");
        first[0] = "Aaa"; // before Adams
        stored.put(youngItem, first);
        stored.save();
        // the same three items: the order they sorted in is read, whatever their keys
        assertThat(BibliographyOrder.of(() -> processor(style, items), items, keys, true, SortKeys.in(cache, style)))
                .containsExactly("adams", "brown", "young");
        // another item among them: sorted again, by the keys stored for the three
        Path more = Files.writeString(dir.resolve("more.bib"), "@book{zed, author = {Zed, Zoe}, title = {Z}, year = {2004}}\n");
        SourceLibrary four = SourceLoader.create(dir).load(List.of(file, more)).library();
        LibraryItems fourItems = new LibraryItems(four, key -> null, key -> null, true, "", false);
        assertThat(BibliographyOrder.of(() -> processor(style, fourItems), fourItems, List.of("young", "zed", "adams", "brown"), true,
                SortKeys.in(cache, style))).containsExactly("young", "adams", "brown", "zed");
    }

    /** A sort of the same keys in the same order reads the order the last one stored; other keys sort again. */
    @Test
    void aLaterSortOfTheSameKeysReadsTheStoredOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("orders.bib"), """
                @book{adams, author = {Adams, Ann}, title = {A}, year = {2001}}
                @book{brown, author = {Brown, Bo}, title = {B}, year = {2002}}
                @book{young, author = {Young, Yu}, title = {Y}, year = {2003}}
                """);
        SourceLibrary library = SourceLoader.create(dir).load(List.of(file)).library();
        CitationStyle style = CitationStyle.load("chicago-author-date", "en-US", dir).style();
        LibraryItems items = new LibraryItems(library, key -> null, key -> null, true, "", false);
        ResultCache cache = ResultCache.inFolder(dir.resolve("orders-cache"));
        List<String> keys = List.of("young", "adams", "brown");
        assertThat(BibliographyOrder.of(() -> processor(style, items), items, keys, true, SortKeys.in(cache, style)))
                .containsExactly("adams", "brown", "young");
        // the stored order doctored: read as it is, so the sort was not run again
        List<String> entries = new ArrayList<>(ResultCache.inFolder(dir.resolve("orders-cache")).keys());
        entries.remove(SortKeys.in(cache, style).entryKey());
        assertThat(entries).as("the order by the items, and by their sort keys").hasSize(2);
        entries.forEach(entry -> cache.put(entry, new io.github.essaykit.cache.Blob.Writer().string("sorted items 1")
                .strings(List.of("young", "brown", "adams")).bytes()));
        assertThat(BibliographyOrder.of(() -> processor(style, items), items, keys, true, SortKeys.in(cache, style)))
                .containsExactly("young", "brown", "adams");
        // the same sources given in another order, or one fewer: sorted afresh
        assertThat(BibliographyOrder.of(() -> processor(style, items), items, List.of("adams", "young", "brown"), true,
                SortKeys.in(cache, style))).containsExactly("adams", "brown", "young");
        assertThat(BibliographyOrder.of(() -> processor(style, items), items, List.of("young", "adams"), true, SortKeys.in(cache, style)))
                .containsExactly("adams", "young");
    }

    /**
     * A library loaded from the same files by the same code has the same print, and its sort is
     * read by it without printing each item; a changed byte, another file order or no cache to
     * keep what a file defines gives another print (or none), and the sort is run again.
     */
    @Test
    void aLibraryLoadedFromTheSameFilesIsSortedByItsPrint() throws Exception {
        String bib = """
                @book{adams, author = {Adams, Ann}, title = {A}, year = {2001}}
                @book{brown, author = {Brown, Bo}, title = {B}, year = {2002}}
                @book{young, author = {Young, Yu}, title = {Y}, year = {2003}}
                """;
        Path file = Files.writeString(dir.resolve("printed.bib"), bib);
        Path other = Files.writeString(dir.resolve("printed-other.bib"), "@book{zed, author = {Zed, Zoe}, title = {Z}, year = {2004}}\n");
        ResultCache cache = ResultCache.inFolder(dir.resolve("printed-cache"));
        SourceLibrary library = SourceLoader.create(dir, cache).load(List.of(file, other)).library();
        assertThat(library.print()).isNotNull().isEqualTo(SourceLoader.create(dir, cache).load(List.of(file, other)).library().print());
        assertThat(SourceLoader.create(dir, cache).load(List.of(other, file)).library().print()).isNotEqualTo(library.print());
        assertThat(SourceLoader.create(dir).load(List.of(file, other)).library().print()).isNull();
        assertThat(SourceLibrary.of(library.sources()).print()).isNull();

        CitationStyle style = CitationStyle.load("chicago-author-date", "en-US", dir).style();
        LibraryItems items = new LibraryItems(library, key -> null, key -> null, true, "", false);
        List<String> keys = List.of("young", "zed", "adams", "brown");
        List<String> sorted = BibliographyOrder.of(BibliographyOrder.Sorters.of(() -> processor(style, items)), items, library.print(),
                keys, true, SortKeys.in(cache, style), io.github.essaykit.parallel.Each.ONE_BY_ONE);
        assertThat(sorted).containsExactly("adams", "brown", "young", "zed")
                .isEqualTo(BibliographyOrder.of(() -> processor(style, items), items, keys, true, SortKeys.NONE));
        BibliographyOrder.Sorters none = BibliographyOrder.Sorters.of(() -> {
            throw new AssertionError("a processor made for a library sorted before");
        });
        LibraryItems unprintable = new LibraryItems(library, key -> {
            throw new AssertionError("an item printed for a library sorted before");
        }, key -> null, true, "", false);
        assertThat(BibliographyOrder.of(none, unprintable, library.print(), keys, true, SortKeys.in(cache, style),
                io.github.essaykit.parallel.Each.ONE_BY_ONE)).isEqualTo(sorted);

        // Young's work now by Aaron: the file's print changes, and the sort is run again
        Files.writeString(file, bib.replace("Young, Yu", "Aaron, Al"));
        SourceLibrary edited = SourceLoader.create(dir, cache).load(List.of(file, other)).library();
        assertThat(edited.print()).isNotNull().isNotEqualTo(library.print());
        LibraryItems editedItems = new LibraryItems(edited, key -> null, key -> null, true, "", false);
        assertThat(BibliographyOrder.of(BibliographyOrder.Sorters.of(() -> processor(style, editedItems)), editedItems, edited.print(),
                keys, true, SortKeys.in(cache, style), io.github.essaykit.parallel.Each.ONE_BY_ONE))
                .containsExactly("young", "adams", "brown", "zed");
    }

    /**
     * A style sorting by author, then {@code <key variable="issued"/>} (as 707 official styles do):
     * works of one author by date, as pandoc sorts them, not by title, as citeproc-java 3.5.2 does
     * (it renders a date variable's key as nothing); a range after the single date it starts on,
     * an undated work last.
     */
    @Test
    void aDateVariableKeySortsByTheDate() throws Exception {
        Path csl = Files.writeString(dir.resolve("by-date.csl"), """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>By date</title><id>by-date</id><updated>2024-01-01T00:00:00+00:00</updated></info>
                  <macro name="author"><names variable="author"><name name-as-sort-order="all"/></names></macro>
                  <citation><layout><text macro="author"/></layout></citation>
                  <bibliography>
                    <sort><key macro="author"/><key variable="issued"/></sort>
                    <layout><text macro="author"/><text variable="title" prefix=" "/></layout>
                  </bibliography>
                </style>
                """);
        Path file = Files.writeString(dir.resolve("dates.json"), """
                [{"id": "zebra2019", "type": "book", "title": "Zebra crossings", "author": [{"family": "Okafor", "given": "Ngozi"}],
                  "issued": {"date-parts": [["2019"]]}},
                 {"id": "undated", "type": "book", "title": "Almanac", "author": [{"family": "Okafor", "given": "Ngozi"}]},
                 {"id": "ferry2021", "type": "book", "title": "Ferries", "author": [{"family": "Okafor", "given": "Ngozi"}],
                  "issued": {"date-parts": [[2021, 3]]}},
                 {"id": "range2021", "type": "book", "title": "Annals", "author": [{"family": "Okafor", "given": "Ngozi"}],
                  "issued": {"date-parts": [[2021, 3], [2022, 1]]}},
                 {"id": "spring2021", "type": "book", "title": "Boats", "author": [{"family": "Okafor", "given": "Ngozi"}],
                  "issued": {"date-parts": [[2021]]}},
                 {"id": "abbey1990", "type": "book", "title": "Yachts", "author": [{"family": "Abbey", "given": "Ann"}],
                  "issued": {"date-parts": [[1990]]}}]
                """);
        SourceLibrary library = SourceLoader.create(dir).load(List.of(file)).library();
        CitationStyle style = CitationStyle.load(csl.toString(), "en-US", dir).style();
        LibraryItems items = new LibraryItems(library, key -> null, key -> null, true, "", false);
        List<String> keys = List.of("undated", "range2021", "zebra2019", "ferry2021", "abbey1990", "spring2021");
        assertThat(BibliographyOrder.of(processor(style, items), items, keys))
                .containsExactly("abbey1990", "zebra2019", "spring2021", "ferry2021", "range2021", "undated");
    }

    private static CSL processor(CitationStyle style, LibraryItems items) {
        try {
            return new CSL(items, new DefaultLocaleProvider(), new DefaultAbbreviationProvider(), style.xml(Position.FIRST),
                    style.localeId());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
