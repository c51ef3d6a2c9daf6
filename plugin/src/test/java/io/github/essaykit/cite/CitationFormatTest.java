package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.sources.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The citation rules citeproc-java 3.5.2 misses and our layer applies, one by one. */
class CitationFormatTest {

    @TempDir
    Path dir;

    private EssayCitations format(String style, String bib, List<CitationRequest> citations) throws Exception {
        Path file = Files.writeString(dir.resolve("s.bib"), bib);
        var library = SourceLoader.create(dir).load(List.of(file)).library();
        return CitationFormatter.create(CitationStyle.load(style, "en-US", dir).style(), library).formatEssay(citations, List.of());
    }

    private static CitationRequest cite(String... keys) {
        return CitationRequest.of(java.util.Arrays.stream(keys).map(CiteItem::of).toArray(CiteItem[]::new));
    }

    @Test
    void apaSortsTheCitesOfACitationAndCollapsesOneAuthorsYears() throws Exception {
        String bib = """
                @book{g, author = {Ginsparg, Paul}, title = {G}, publisher = {P}, year = {1994}}
                @book{b, author = {Brown, Charles}, title = {B}, publisher = {P}, year = {2001}}
                @book{v23, author = {Bivand, Roger}, title = {Applied}, publisher = {P}, year = {2023}}
                @book{v16, author = {Bivand, Roger}, title = {Maps}, publisher = {P}, year = {2016}}
                """;
        assertThat(format("apa", bib, List.of(cite("g", "b"), cite("v23", "g", "v16"))).citations())
                .extracting(FormattedCitation::inText)
                .containsExactly("(Brown, 2001; Ginsparg, 1994)", "(Bivand, 2016, 2023; Ginsparg, 1994)");
    }

    @Test
    void chicagoCollapsesInTheOrderWrittenAndKeepsNamesakesApart() throws Exception {
        String bib = """
                @book{v23, author = {Bivand, Roger}, title = {Applied}, publisher = {P}, year = {2023}}
                @book{g, author = {Ginsparg, Paul}, title = {G}, publisher = {P}, year = {1994}}
                @book{v16, author = {Bivand, Roger}, title = {Maps}, publisher = {P}, year = {2016}}
                @book{s1, author = {Smith, John}, title = {Rivers}, publisher = {P}, year = {2010}}
                @book{s2, author = {Smith, Jane}, title = {Lakes}, publisher = {P}, year = {2012}}
                """;
        assertThat(format("chicago-author-date", bib, List.of(cite("v23", "g", "v16"), cite("s1", "s2"))).citations())
                .extracting(FormattedCitation::inText)
                .containsExactly("(Bivand 2023, 2016; Ginsparg 1994)", "(John Smith 2010; Jane Smith 2012)");
    }

    @Test
    void givenNamesTellNamesakesApartByInitialsFirst() throws Exception {
        String bib = """
                @book{c, author = {Brown, Charles}, title = {B}, publisher = {P}, year = {2001}}
                @book{a, author = {Brown, Alice}, title = {A}, publisher = {P}, year = {2005}}
                @book{j1, author = {Smith, John}, title = {Rivers}, publisher = {P}, year = {2010}}
                @book{j2, author = {Smith, Jane}, title = {Lakes}, publisher = {P}, year = {2012}}
                """;
        List<CitationRequest> cites = List.of(cite("c"), cite("a"), cite("j1"), cite("j2"));
        // APA's rule is primary-name-with-initials: J. and J. tell nobody apart, so none are added
        assertThat(format("apa", bib, cites).citations()).extracting(FormattedCitation::inText)
                .containsExactly("(C. Brown, 2001)", "(A. Brown, 2005)", "(Smith, 2010)", "(Smith, 2012)");
        // the bibliography keeps the names as the entry writes them
        assertThat(format("apa", bib, cites).bibliography()).extracting(BibliographyEntry::html)
                .anySatisfy(h -> assertThat(h).startsWith("Brown, C. (2001)"));
        assertThat(GivenNames.initials("Jean-Paul Charles", ". ")).isEqualTo("J.-P. C.");
        assertThat(GivenNames.initials("Jean Paul", ".")).isEqualTo("J.P.");
    }

    @Test
    void romanPageRangesAreNotReformattedButStillPlural() throws Exception {
        String bib = """
                @incollection{f, author = {Frye, Northrop}, title = {Introduction}, booktitle = {Anatomy},
                  publisher = {P}, year = {1957}, pages = {xii--xv}}
                @incollection{n, author = {Nash, Philip}, title = {Chapter}, booktitle = {Book},
                  publisher = {P}, year = {1997}, pages = {321--28}}
                """;
        assertThat(format("apa", bib, List.of(cite("f", "n"))).bibliography()).extracting(BibliographyEntry::html)
                .anySatisfy(h -> assertThat(h).contains("(pp. xii–xv)"))
                .anySatisfy(h -> assertThat(h).contains("(pp. 321–328)")); // arabic ranges still follow page-range-format
        assertThat(format("modern-language-association", bib, List.of(cite("f", "n"))).bibliography())
                .extracting(BibliographyEntry::html)
                .anySatisfy(h -> assertThat(h).contains("pp. xii–xv."))
                .anySatisfy(h -> assertThat(h).contains("pp. 321–28."));
        assertThat(LibraryItems.pages("12-15, xii-xv"))
                .isEqualTo("12-15, xii" + LibraryItems.PAGE_DASH + "-" + LibraryItems.PAGE_DASH + "xv");
        assertThat(LibraryItems.pages("12-15")).isEqualTo("12-15");
    }

    @Test
    void aSubstituteNamesGetsItsOwnLabel() throws Exception {
        String bib = """
                @incollection{l, author = {Lund, Eva}, title = {Harbours}, booktitle = {Coastal Towns},
                  editor = {Hart, Mira and Olsen, Per}, publisher = {P}, year = {2015}, pages = {45--67}}
                @book{h, editor = {Hart, Mira}, title = {Coastal Towns}, publisher = {P}, year = {2015}}
                """;
        assertThat(format("apa", bib, List.of(cite("l", "h"))).bibliography()).extracting(BibliographyEntry::html)
                .anySatisfy(h -> assertThat(h).contains("In M. Hart &amp; P. Olsen (Eds.),"))
                .anySatisfy(h -> assertThat(h).startsWith("Hart, M. (Ed.). (2015)."));
    }

    private static CiteItem at(String key, String label, String locator, CiteItem.Mode mode) {
        return new CiteItem(key, "", label, locator, "", mode);
    }

    @Test
    void mlaAddsTheShortTitleOnlyForAnAuthorOfSeveralWorksAndPrintsPagesBare() throws Exception {
        String bib = """
                @book{salt, author = {Okafor, Chidi}, title = {Rivers of Salt}, publisher = {P}, year = {2015}}
                @article{roads, author = {Okafor, Chidi}, title = {Salt Roads and Their Ledgers}, journal = {J}, year = {2015}}
                @article{dumont, author = {Dumont, Louis}, title = {On Comparison}, journal = {D}, year = {1975}}
                """;
        var n = CiteItem.Mode.NORMAL;
        List<CitationRequest> cites = List.of(
                CitationRequest.of(at("dumont", "page", "160", n)),
                CitationRequest.of(at("roads", "page", "210-212", n)),
                CitationRequest.of(at("roads", "page", "215", CiteItem.Mode.SUPPRESS_AUTHOR)),
                CitationRequest.of(at("dumont", "page", "58", CiteItem.Mode.AUTHOR_IN_TEXT)),
                CitationRequest.of(at("dumont", "", "", CiteItem.Mode.AUTHOR_IN_TEXT)),
                CitationRequest.of(at("dumont", "chapter", "4", n), at("salt", "page", "45", n)));
        assertThat(format("modern-language-association", bib, cites).citations()).extracting(FormattedCitation::inText)
                .containsExactly("(Dumont 160)", "(Okafor, “Salt Roads and Their Ledgers” 210–12)",
                        "(“Salt Roads and Their Ledgers” 215)", "Dumont (58)", "Dumont", "(Dumont, ch. 4; Okafor, <em>Rivers of Salt</em> 45)");
    }

    @Test
    void mlaReplacesTheNamesAnEntryRepeatsFromTheOneBefore() throws Exception {
        String bib = """
                @book{art, author = {Scott, James C.}, title = {The Art of Not Being Governed}, publisher = {Yale}, year = {2009}}
                @book{seeing, author = {Scott, James C.}, title = {Seeing Like a State}, publisher = {Yale}, year = {1998}}
                @book{other, author = {Scott, James C. and Tan, Li}, title = {Zomia}, publisher = {Yale}, year = {2010}}
                """;
        var essay = format("modern-language-association", bib, List.of(cite("seeing", "art", "other")));
        assertThat(essay.bibliography()).extracting(BibliographyEntry::html).containsExactly(
                "Scott, James C. <em>Seeing Like a State</em>. Yale, 1998.",
                "———. <em>The Art of Not Being Governed</em>. Yale, 2009.",
                "Scott, James C., and Li Tan. <em>Zomia</em>. Yale, 2010.");
        // the citation keeps the names; the title tells the two works of one author apart
        assertThat(essay.citations()).extracting(FormattedCitation::inText)
                .containsExactly("(Scott, <em>Seeing Like a State</em>; Scott, <em>The Art of Not Being Governed</em>; Scott and Tan)");
    }

    @Test
    void mlaTellsNamesakesApartByInitialsBeforeItAddsATitle() throws Exception {
        String bib = """
                @book{carol, author = {Brown, Carol}, title = {Quiet Machines}, publisher = {P}, year = {2001}}
                @article{david, author = {Brown, David}, title = {Clockwork and Contract}, journal = {L}, year = {2010}}
                @book{john, author = {Smith, John}, title = {Rivers}, publisher = {P}, year = {2010}}
                @book{jane, author = {Smith, Jane}, title = {Lakes}, publisher = {P}, year = {2012}}
                """;
        var essay = format("modern-language-association", bib,
                List.of(cite("carol", "david"), cite("john", "jane"), CitationRequest.of(at("david", "page", "150", CiteItem.Mode.SUPPRESS_AUTHOR))));
        // initials when they differ, full given names when they do not ("J." and "J."), CSL's by-cite rule
        assertThat(essay.citations()).extracting(FormattedCitation::inText)
                .containsExactly("(C. Brown; D. Brown)", "(John Smith; Jane Smith)", "(150)");
        // an essay citing one Brown needs no initials
        assertThat(format("modern-language-association", bib, List.of(cite("carol"))).citations())
                .extracting(FormattedCitation::inText).containsExactly("(Brown)");
    }
}
