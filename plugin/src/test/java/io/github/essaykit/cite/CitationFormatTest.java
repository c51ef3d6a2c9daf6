package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.sources.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    void apaSortsOnlyRunsOfCitesThatNoPrefixStartsAndNoSuffixEnds() throws Exception {
        String bib = """
                @book{g, author = {Ginsparg, Paul}, title = {G}, publisher = {P}, year = {1994}}
                @book{b, author = {Brown, Charles}, title = {B}, publisher = {P}, year = {2001}}
                @book{a, author = {Adams, Ann}, title = {A}, publisher = {P}, year = {2003}}
                """;
        CiteItem seeG = new CiteItem("g", "see", "", "", "", CiteItem.Mode.NORMAL);
        CiteItem seeAlsoB = new CiteItem("b", "see also", "", "", "", CiteItem.Mode.NORMAL);
        CiteItem gNoted = new CiteItem("g", "", "", "", "on maps", CiteItem.Mode.NORMAL);
        assertThat(format("apa", bib, List.of(CitationRequest.of(seeG, CiteItem.of("b")),
                CitationRequest.of(CiteItem.of("g"), seeAlsoB), CitationRequest.of(gNoted, CiteItem.of("b"), CiteItem.of("a")))).citations())
                .extracting(FormattedCitation::inText)
                .containsExactly("(Brown, 2001; see Ginsparg, 1994)", "(Ginsparg, 1994; see also Brown, 2001)",
                        "(Ginsparg, 1994 on maps; Adams, 2003; Brown, 2001)");
    }

    @Test
    void aNumberedCitationPrintsNoNamesSoSuppressingOrMovingThemKeepsItWhole() throws Exception {
        // pandoc (ieee.csl): "[1] and [2] says and [3, p. 33] and [4], [5]"; the author part was taken
        // as the common start of "[1]" and a twin numbered [13], so "[-@a]" printed "]" and "@b" "[ 2]"
        String bib = """
                @book{a, author = {Okafor, Ngozi}, title = {Tide}, publisher = {P}, year = {2019}}
                @book{b, author = {Smith, Ann}, title = {Ledger}, publisher = {P}, year = {2020}}
                @book{c, author = {Jones, Bo}, title = {Signal}, publisher = {P}, year = {2018}}
                @book{d, author = {Adams, Cy}, title = {Record}, publisher = {P}, year = {2017}}
                @book{e, author = {Lindqvist, Di}, title = {Archive}, publisher = {P}, year = {2016}}
                """;
        CiteItem suppressed = new CiteItem("a", "", "", "", "", CiteItem.Mode.SUPPRESS_AUTHOR);
        CiteItem inText = new CiteItem("b", "", "", "", "", CiteItem.Mode.AUTHOR_IN_TEXT);
        CiteItem inTextPage = new CiteItem("c", "", "page", "33", "", CiteItem.Mode.AUTHOR_IN_TEXT);
        CiteItem suppressedSecond = new CiteItem("e", "", "", "", "", CiteItem.Mode.SUPPRESS_AUTHOR);
        assertThat(format("ieee", bib, List.of(CitationRequest.of(suppressed), CitationRequest.of(inText), CitationRequest.of(inTextPage),
                CitationRequest.of(CiteItem.of("d"), suppressedSecond))).citations())
                .extracting(FormattedCitation::inText)
                .containsExactly("[1]", "[2]", "[3, p. 33]", "[4], [5]");
    }

    @Test
    void aPageRangeIsJoinedByTheLocalesDelimiter() throws Exception {
        // AMA's own locale sets page-range-delimiter to "-": pandoc prints "^1(pp210-212)"; CSL's default is "–"
        String bib = "@book{a, author = {Okafor, Ngozi}, title = {Tide}, publisher = {P}, year = {2019}}\n";
        CiteItem pages = new CiteItem("a", "", "", "210-12", "", CiteItem.Mode.NORMAL);
        assertThat(format("american-medical-association", bib, List.of(CitationRequest.of(pages))).citations())
                .extracting(FormattedCitation::inText).singleElement().asString().contains("210-212");
        assertThat(format("chicago-author-date", bib, List.of(CitationRequest.of(pages))).citations())
                .extracting(FormattedCitation::inText).singleElement().asString().contains("210–12");
    }

    @Test
    void anEmptyBibTeXFieldIsNoValue() throws Exception {
        // templates leave fields empty (number = "", url = ""): pandoc prints nothing for them; the
        // empty series number left "Harbour Studies, ." and the empty month a stray date
        String bib = """
                @book{h, author = {Okafor, Ngozi}, title = {Tide Tables}, series = {Harbour Studies}, number = "",
                  volume = {9}, publisher = {Riverside}, year = {2007}, url = "", note = "", edition = ""}
                """;
        String chicago = format("chicago-author-date", bib, List.of(cite("h"))).bibliography().get(0).html();
        assertThat(chicago).contains("Vol. 9. Harbour Studies. Riverside.").doesNotContain(", .").doesNotContain("ed.");
    }

    @Test
    void aTitleInCapitalsKeepsThemInTitleCase() throws Exception {
        // pandoc prints journal = {JAMA} as JAMA; citeproc-java lower-cases a value with no lower-case
        // letter before title-casing it ("Jama", "J. Acm", the Quarto ACM template's "Lac ’10")
        String bib = """
                @article{a, author = {Okafor, Ngozi}, title = {Ferry Noise}, journal = {JAMA}, year = {2007}, volume = {3}}
                @article{b, author = {Okafor, Ngozi}, title = {TIDE TABLES}, journal = {J. ACM}, year = {2008}, volume = {4}}
                @article{c, author = {Okafor, Ngozi}, title = {Harbour lights of the NHS}, journal = {Journal of the ACM},
                  year = {2009}, volume = {5}}
                """;
        assertThat(format("chicago-author-date", bib, List.of(cite("a", "b", "c"))).bibliography())
                .extracting(BibliographyEntry::html).containsExactly(
                        "Okafor, Ngozi. 2007. “Ferry Noise.” <em>JAMA</em> 3.",
                        "Okafor, Ngozi. 2008. “TIDE TABLES.” <em>J. ACM</em> 4.",
                        "Okafor, Ngozi. 2009. “Harbour Lights of the NHS.” <em>Journal of the ACM</em> 5.");
    }

    @Test
    void anEditionWrittenAsAnOrdinalIsNotMadeOrdinalAgain() throws Exception {
        // BibTeX's manual asks for edition = {Second}; many files write {2nd}: pandoc prints "2nd ed."
        String bib = """
                @book{a, author = {Okafor, Ngozi}, title = {Tide Tables}, edition = {2nd}, publisher = {Riverside}, year = {2007}}
                @book{b, author = {Lindqvist, Åsa}, title = {Harbour Lights}, edition = {4th}, publisher = {Riverside}, year = {2009}}
                @book{c, author = {Haddad, Karim}, title = {Gauges}, edition = {3}, publisher = {Riverside}, year = {2011}}
                """;
        assertThat(format("chicago-author-date", bib, List.of(cite("a", "b", "c"))).bibliography())
                .extracting(BibliographyEntry::html)
                .anySatisfy(h -> assertThat(h).contains("2nd ed."))
                .anySatisfy(h -> assertThat(h).contains("4th ed."))
                .anySatisfy(h -> assertThat(h).contains("3rd ed."))
                .noneSatisfy(h -> assertThat(h).containsPattern("(ndnd|thth)"));
    }

    @Test
    void aPageIsPrintedWithEveryCharacterItWasWrittenWith() throws Exception {
        // JOSS papers: an article number with a leading zero printed "55012", a Cell paper's "867--882.e5" as
        // "867–882"; pandoc prints both as written. An arabic range still takes the style's format
        String bib = """
                @article{a, author = {Okafor, Ngozi}, title = {A}, journal = {J}, volume = {41}, pages = {055012}, year = {2020}}
                @article{b, author = {Lindqvist, Åsa}, title = {B}, journal = {J}, volume = {57}, pages = {867--882.e5}, year = {2021}}
                @article{c, author = {Haddad, Karim}, title = {C}, journal = {J}, volume = {9}, pages = {S12--S19, 0021}, year = {2022}}
                @article{d, author = {Moreau, Claire}, title = {D}, journal = {J}, volume = {3}, pages = {286--298}, year = {2023}}
                @article{e, author = {Sato, Ken}, title = {E}, journal = {J}, volume = {3}, pages = {12<3.x}, year = {2024}}
                """;
        assertThat(format("chicago-author-date", bib, List.of(cite("a", "b", "c", "d", "e"))).bibliography())
                .extracting(BibliographyEntry::html)
                .anySatisfy(h -> assertThat(h).endsWith("41: 055012."))
                .anySatisfy(h -> assertThat(h).endsWith("57: 867–882.e5."))
                .anySatisfy(h -> assertThat(h).endsWith("9: S12–S19, 0021."))
                .anySatisfy(h -> assertThat(h).endsWith("3: 286–98."))
                .anySatisfy(h -> assertThat(h).endsWith("3: 12&lt;3.x."));
        assertThat(format("apa", bib, List.of(cite("b"))).bibliography()).extracting(BibliographyEntry::html).singleElement()
                .satisfies(h -> assertThat(h).contains("867–882.e5"));
    }

    @Test
    void aPublisherInMixedCaseKeepsItsCaseWhereTheStyleCapitalizesItsFirstLetter() throws Exception {
        // a JOSS paper's bioRxiv preprint: CSL 1.0.2 capitalize-first leaves a word that is not lower case alone
        String bib = """
                @unpublished{p, author = {Okafor, Ngozi}, title = {Suite}, publisher = {bioRxiv}, year = {2016}}
                @book{q, author = {Sato, Ken}, title = {Q}, publisher = {riverside press}, year = {2017}}
                """;
        assertThat(format("chicago-author-date", bib, List.of(cite("p", "q"))).bibliography()).extracting(BibliographyEntry::html)
                .anySatisfy(h -> assertThat(h).contains("bioRxiv").doesNotContain("BioRxiv"))
                .anySatisfy(h -> assertThat(h).contains("Q</em>. Riverside press.")); // a lower-case word still is: as pandoc prints both
    }

    @Test
    void anInvertedNameEndsWithItsSuffix() throws Exception {
        // CSL 1.0.2 Name-part Order: "King, Martin Luther, Jr."; citeproc-java wrote "King Jr., Martin Luther" (a JOSS
        // paper). As pandoc prints these three names in each style; names in display order keep it after the family
        String bib = """
                @book{k, author = {King, Jr., Martin Luther and van der Berg, Jr., Anneke and Smith, III, John}, title = {Why}, publisher = {Harper}, year = {1964}}
                """;
        Map<String, String> expected = Map.of(
                "chicago-author-date", "King, Martin Luther, Jr., Anneke van der Berg Jr., and John Smith III. 1964.",
                "apa", "King, M. L., Jr., Berg, A. van der, Jr., &amp; Smith, J., III. (1964).",
                "ieee", "M. L. King Jr., A. van der Berg Jr., and J. Smith III,");
        for (Map.Entry<String, String> style : expected.entrySet()) {
            assertThat(format(style.getKey(), bib, List.of(cite("k"))).bibliography()).extracting(BibliographyEntry::html)
                    .singleElement().satisfies(h -> assertThat(h).as(style.getKey()).contains(style.getValue()));
        }
    }

    @Test
    void aLowerCasePartAfterAHyphenGetsNoInitial() throws Exception {
        String bib = """
                @book{k, author = {Lee, Min-jun and Sartre, Jean-Paul and Liu, Hui-Xiao}, title = {K}, publisher = {P}, year = {2016}}
                """;
        assertThat(format("apa", bib, List.of(cite("k"))).bibliography()).extracting(BibliographyEntry::html).singleElement()
                .satisfies(h -> assertThat(h).startsWith("Lee, M., Sartre, J.-P., &amp; Liu, H.-X. (2016)"));
    }

    @Test
    void anEditorWhoTranslatedIsNamedOnceWithTheEditortranslatorTerm() throws Exception {
        String bib = """
                @book{m, author = {Moreau, Élise}, editor = {Hartley, Owen}, translator = {Hartley, Owen}, title = {Letters},
                  publisher = {P}, year = {1998}}
                @book{d, author = {Dumas, Claire}, editor = {Hartley, Owen}, translator = {Vale, Ruth}, title = {Tides},
                  publisher = {P}, year = {1999}}
                @book{e, editor = {Hartley, Owen}, translator = {Hartley, Owen}, title = {Songs}, publisher = {P}, year = {2004}}
                """;
        EssayCitations chicago = format("chicago-notes-bibliography", bib, List.of(cite("m"), cite("d"), cite("e")));
        assertThat(chicago.bibliography()).extracting(BibliographyEntry::html)
                .anySatisfy(h -> assertThat(h).contains("Edited and translated by Owen Hartley").doesNotContain("Translated by"))
                .anySatisfy(h -> assertThat(h).contains("Edited by Owen Hartley. Translated by Ruth Vale"))
                // editors standing in for authors are named by the substitute, apart from the translators
                .anySatisfy(h -> assertThat(h).startsWith("Hartley, Owen, ed.").contains("Translated by Owen Hartley"));
        assertThat(chicago.citations().get(0).note()).contains("ed. and trans. Owen Hartley");
        assertThat(format("apa", bib, List.of(cite("m"))).bibliography()).extracting(BibliographyEntry::html).singleElement()
                .satisfies(h -> assertThat(h).contains("(O. Hartley, Ed. &amp; Trans.)"));
    }

    @Test
    void citationNumbersCountSourcesInTheOrderFirstCited() throws Exception {
        String bib = """
                @book{g, author = {Ginsparg, Paul}, title = {G}, publisher = {P}, year = {1994}}
                @book{b, author = {Brown, Charles}, title = {B}, publisher = {P}, year = {2001}}
                @book{h, author = {Hart, Ada}, title = {H}, publisher = {P}, year = {2005}}
                """;
        String four = bib + "@book{k, author = {Kay, Lin}, title = {K}, publisher = {P}, year = {2007}}\n";
        assertThat(format("nature", four, List.of(cite("b"), cite("h"), cite("b"), cite("g"), cite("k", "g", "b", "h"), cite("h", "b")))
                .citations()).extracting(FormattedCitation::inText)
                .containsExactly("<sup>1</sup>", "<sup>2</sup>", "<sup>1</sup>", "<sup>3</sup>", "<sup>1\u20134</sup>", "<sup>1,2</sup>");
    }

    @Test
    void yearSuffixesTheStyleDoesNotPlaceFollowTheYearAndCollapse() throws Exception {
        String bib = """
                @book{a, author = {Bivand, Roger}, title = {Maps One}, publisher = {P}, year = {2016}}
                @book{b, author = {Bivand, Roger}, title = {Maps Two}, publisher = {P}, year = {2016}}
                @book{c, author = {Bivand, Roger}, title = {Maps Three}, publisher = {P}, year = {2016}}
                """;
        EssayCitations ams = format("american-meteorological-society", bib, List.of(cite("a", "b", "c"), cite("a", "c")));
        assertThat(ams.citations()).extracting(FormattedCitation::inText).containsExactly("(Bivand 2016a,b,c)", "(Bivand 2016a,c)");
        // each cite still linked to its source: "Bivand 2016a", "b", "c"
        assertThat(ams.citations().get(0).links()).extracting(l -> "(Bivand 2016a,b,c)".substring(l.start(), l.end()))
                .containsExactly("Bivand 2016a", "b", "c");
        assertThat(ams.bibliography()).extracting(BibliographyEntry::html).allSatisfy(h -> assertThat(h).containsPattern("2016[abc]:"));
        assertThat(format("annual-reviews-author-date", bib, List.of(cite("a", "b", "c"))).citations())
                .extracting(FormattedCitation::inText).containsExactly("(Bivand 2016a\u2013c)");
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
    void worksOfOneFirstAuthorWithOtherCoAuthorsCollapseAsTheirNamesPrintAlike() throws Exception {
        // JOSS papers, as pandoc prints them: the cites print "Shim et al." and "Connerney et al." alike (CSL
        // 1.0.2 compares the names as printed); they were kept apart because their co-authors differ
        String bib = """
                @article{a2024, author = {Shim, Jinjoo and Fleisch, Elgar and Barata, Filipe and Moreau, Claire}, title = {One}, journal = {J}, year = {2024}}
                @article{b2025, author = {Shim, Jinjoo and Bishehsari, Faraz and Zeitzer, Jamie and Sato, Ken}, title = {Two}, journal = {J}, year = {2025}}
                @article{c1987, author = {Connerney, J. E. P. and Acuna, Mario H. and Ness, Norman F. and Okafor, Ngozi}, title = {C1}, journal = {J}, year = {1987}}
                @article{e2000, author = {Kivelson, M. G.}, title = {K}, journal = {J}, year = {2000}}
                @article{f2022, author = {Connerney, J. E. P. and Timmins, S. and Bolton, S. J. and Haddad, Karim}, title = {C3}, journal = {J}, year = {2022}}
                """;
        assertThat(format("chicago-author-date", bib, List.of(cite("a2024", "b2025"), cite("c1987", "e2000", "f2022"))).citations())
                .extracting(FormattedCitation::inText)
                .containsExactly("(Shim et al. 2024, 2025)", "(Connerney et al. 1987, 2022; Kivelson 2000)");
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
        assertThat(LibraryItems.pages("12-15, xii-xv")).isEqualTo("12-15, xii" + LibraryItems.PAGE_DASH + "-" + LibraryItems.PAGE_DASH + "xv");
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

    private static CitationRequest located(String key, String label, String locator) {
        return CitationRequest.of(new CiteItem(key, "", label, locator, "", CiteItem.Mode.NORMAL));
    }

    @Test
    void locatorLabelsFollowTheStylesLocatorTests() throws Exception {
        String bib = "@book{h, author = {Haddad, Samira}, title = {Cisterns}, publisher = {P}, year = {2017}}\n";
        List<CitationRequest> cites = List.of(located("h", "section", "3.2"), located("h", "figure", "3"), located("h", "page", "85-86"),
                located("h", "chapter", "2"), located("h", "", "12"));
        // chicago prints no label for a page only; apa the long label, capitalised, for a section or figure
        assertThat(format("chicago-author-date", bib, cites).citations()).extracting(FormattedCitation::inText)
                .containsExactly("(Haddad 2017, sec. 3.2)", "(Haddad 2017, fig. 3)", "(Haddad 2017, 85–86)",
                        "(Haddad 2017, chap. 2)", "(Haddad 2017, 12)");
        assertThat(format("apa", bib, cites).citations()).extracting(FormattedCitation::inText)
                .containsExactly("(Haddad, 2017, Section 3.2)", "(Haddad, 2017, Figure 3)", "(Haddad, 2017, pp. 85–86)",
                        "(Haddad, 2017, Chapter 2)", "(Haddad, 2017, p. 12)");
    }

    @Test
    void particlesFollowTheGivenNameOfAnInvertedNameAndDoNotSortIt() throws Exception {
        String bib = """
                @book{v, author = {van der Berg, Anneke}, title = {Polders}, publisher = {P}, year = {1998}, edition = {2}}
                @book{a, author = {Adams, Ruth}, title = {Canals}, publisher = {P}, year = {2001}}
                @book{c, author = {Cole, Tom}, title = {Dykes}, publisher = {P}, year = {2003}}
                """;
        EssayCitations chicago = format("chicago-author-date", bib, List.of(cite("c", "v", "a")));
        assertThat(chicago.bibliography()).extracting(BibliographyEntry::key).containsExactly("a", "v", "c");
        assertThat(chicago.bibliography().get(1).html())
                .isEqualTo("Berg, Anneke van der. 1998. <em>Polders</em>. 2nd ed. P.");
        assertThat(chicago.citations().get(0).inText()).isEqualTo("(Cole 2003; Berg 1998; Adams 2001)");
        assertThat(format("apa", bib, List.of(cite("v"))).bibliography().get(0).html()).startsWith("Berg, A. van der. (1998).");
        assertThat(format("chicago-notes-bibliography", bib, List.of(cite("v"))).citations().get(0).note())
                .isEqualTo("Anneke van der Berg, <em>Polders</em>, 2nd ed. (P, 1998).");
    }

    @Test
    void anEmptyNamesVariableLeavesNoDelimiter() throws Exception {
        String bib = """
                @book{l, author = {Lefebvre, Henri}, title = {The Production of Space}, translator = {Nicholson-Smith, Donald},
                  publisher = {Blackwell}, year = {1991}}
                """;
        assertThat(format("chicago-author-date", bib, List.of(cite("l"))).bibliography().get(0).html())
                .isEqualTo("Lefebvre, Henri. 1991. <em>The Production of Space</em>. Translated by Donald Nicholson-Smith. Blackwell.");
        assertThat(format("apa", bib, List.of(cite("l"))).bibliography().get(0).html())
                .contains("(D. Nicholson-Smith, Trans.)");
    }

    @Test
    void disambiguateHoldsOnlyForCitesStillAlike() throws Exception {
        String bib = """
                @book{m1, author = {Bivand, Roger}, title = {Maps}, publisher = {P}, year = {2016}}
                @book{m2, author = {Bivand, Roger}, title = {Applied}, publisher = {P}, year = {2016}}
                @book{o, author = {Orwell, George}, title = {Politics}, publisher = {P}, year = {1946}}
                @book{b1, author = {Brown, Carol}, title = {Clocks}, publisher = {P}, year = {2001}}
                @book{b2, author = {Brown, Alice}, title = {Bells}, publisher = {P}, year = {2005}}
                """;
        // MLA: one work of Orwell needs no title; Bivand's two do; the Browns are told apart by initials (by-cite)
        assertThat(format("modern-language-association", bib, List.of(cite("o"), cite("m1"), cite("m2"), cite("b1"), cite("b2")))
                .citations()).extracting(FormattedCitation::inText)
                .containsExactly("(Orwell)", "(Bivand, <em>Maps</em>)", "(Bivand, <em>Applied</em>)", "(C. Brown)", "(A. Brown)");
    }

    @Test
    void mlaAsPandocPrintsItPerEssay() throws Exception {
        String bib = """
                @book{m1, author = {Bivand, Roger}, title = {Maps}, publisher = {P}, year = {2016}}
                @book{m2, author = {Bivand, Roger}, title = {Applied}, publisher = {P}, year = {2016}}
                @book{o, author = {Orwell, George}, title = {Politics}, publisher = {P}, year = {1946}}
                """;
        Path file = Files.writeString(dir.resolve("s.bib"), bib);
        var library = SourceLoader.create(dir).load(List.of(file)).library();
        // the site cites both of Bivand's works; this essay only one: it needs no title (a document's own disambiguation)
        CitationFormatter site = CitationFormatter.create(CitationStyle.load("modern-language-association", "en-US", dir).style(),
                library).ordered(List.of("m1", "m2", "o"));
        EssayCitations essay = site.formatEssay(List.of(
                CitationRequest.of(new CiteItem("m1", "", "", "210-212", "", CiteItem.Mode.NORMAL)),
                CitationRequest.of(new CiteItem("o", "", "", "12", "", CiteItem.Mode.AUTHOR_IN_TEXT)),
                CitationRequest.of(new CiteItem("o", "", "", "", "", CiteItem.Mode.AUTHOR_IN_TEXT)),
                CitationRequest.of(new CiteItem("o", "", "", "", "", CiteItem.Mode.SUPPRESS_AUTHOR))), List.of());
        // page-range-format="minimal-two" on a page locator; the narrative cite names the author only;
        // "[-@o]" with nothing left to print is empty
        assertThat(essay.citations()).extracting(FormattedCitation::inText)
                .containsExactly("(Bivand 210–12)", "Orwell (12)", "Orwell", "");
        // subsequent-author-substitute: the second work of the same author has "———" for the names
        assertThat(site.bibliography(List.of("m1", "m2", "o"))).extracting(BibliographyEntry::html)
                .satisfiesExactly(h -> assertThat(h).contains("Bivand, Roger.").contains("Applied"),
                        h -> assertThat(h).contains("———.").contains("Maps").doesNotContain("Bivand"),
                        h -> assertThat(h).contains("Orwell, George.").contains("Politics"));
    }

    @Test
    void marksAreMovedAndRemoved() {
        String d = NameParts.DROPPING_START + "van der" + NameParts.DROPPING_END + " ";
        String n = NameParts.NON_DROPPING_START + "van" + NameParts.NON_DROPPING_END + " ";
        assertThat(NameParts.place(d + "Berg" + NameParts.FAMILY_END + ", A." + NameParts.GIVEN_END + ". 1998.", true))
                .isEqualTo("Berg, A. van der. 1998.");
        assertThat(NameParts.place("Anneke" + NameParts.GIVEN_END + " " + d + "Berg" + NameParts.FAMILY_END + ", ed.", true))
                .isEqualTo("Anneke van der Berg, ed.");
        assertThat(NameParts.place(n + "Gogh" + NameParts.FAMILY_END + ", Vincent" + NameParts.GIVEN_END, true))
                .isEqualTo("Gogh, Vincent van");
        assertThat(NameParts.place(n + "Gogh" + NameParts.FAMILY_END + ", Vincent" + NameParts.GIVEN_END, false))
                .isEqualTo("van Gogh, Vincent");
        assertThat(NameParts.place(n + "Gogh 1888", true)).isEqualTo("van Gogh 1888"); // a short form keeps it in front
    }

    @Test
    void ordinalsFollowTheLocaleTerms() throws Exception {
        Path bib = Files.writeString(dir.resolve("o.bib"), "@book{x, title = {T}, publisher = {P}, year = {2000}}\n");
        var library = SourceLoader.create(dir).load(List.of(bib)).library();
        var csl = new de.undercouch.citeproc.CSL(new LibraryItems(library, k -> null, k -> null, false, "", false), "apa");
        Ordinals ordinals = Ordinals.of(BibliographyOrder.locale(csl));
        assertThat(List.of("1", "2", "3", "4", "11", "12", "13", "21", "22", "101", "111"))
                .extracting(ordinals::ordinal)
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th");
        assertThat(ordinals.apply(Ordinals.ORDINAL + "3 ed.; " + Ordinals.ORDINAL + "Revised ed."))
                .isEqualTo("3rd ed.; Revised ed.");
    }
}
