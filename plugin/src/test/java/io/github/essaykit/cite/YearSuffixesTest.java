package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.sources.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearSuffixesTest {

    @Test
    void lettersRunPastZ() {
        assertThat(YearSuffixes.letters(0)).isEqualTo("a");
        assertThat(YearSuffixes.letters(25)).isEqualTo("z");
        assertThat(YearSuffixes.letters(26)).isEqualTo("aa");
    }

    @Test
    void twoWorksOfOneAuthorAndYearAreToldApartInCitationsAndEntries(@TempDir Path dir) throws Exception {
        Path bib = Files.writeString(dir.resolve("s.bib"), """
                @book{one, author = {Garthoff, Raymond L.}, title = {Alpha}, publisher = {P}, year = {1989}}
                @book{two, author = {Garthoff, Raymond L.}, title = {Beta}, publisher = {P}, year = {1989}}
                @book{other, author = {Garthoff, Raymond L.}, title = {Gamma}, publisher = {P}, year = {1990}}
                """);
        var library = SourceLoader.create(dir).load(List.of(bib)).library();
        var style = CitationStyle.load("chicago-author-date", "en-US", dir).style();
        EssayCitations out = CitationFormatter.create(style, library).formatEssay(List.of(
                CitationRequest.of(CiteItem.of("one")), CitationRequest.of(CiteItem.of("two")),
                CitationRequest.of(CiteItem.of("other"))), List.of());
        assertThat(out.citations()).extracting(FormattedCitation::inText)
                .containsExactly("(Garthoff 1989a)", "(Garthoff 1989b)", "(Garthoff 1990)");
        assertThat(out.bibliography()).extracting(BibliographyEntry::html)
                .anySatisfy(h -> assertThat(h).contains("1989a").contains("Alpha"))
                .anySatisfy(h -> assertThat(h).contains("1989b").contains("Beta"))
                .anySatisfy(h -> assertThat(h).contains("1990.").doesNotContain("1990a"));
    }

    @Test
    void worksThatSortAlikeKeepTheOrderGivenWhenABuildBeforeGaveThemInAnother(@TempDir Path dir) throws Exception {
        // the same author, year and title: the sort ties, so the order given decides which is 2019a. essay:serve
        // kept each order by the set of its keys, so after a build that gave them the other way round it
        // printed that build's suffixes and order (RandomEditsTest, seed 135: the site bibliography)
        Path bib = Files.writeString(dir.resolve("s.bib"), """
                @book{k0, author = {Okafor, C.}, title = {The Harbour}, publisher = {P}, year = {2019}}
                @book{k3, author = {Okafor, C.}, title = {The Harbour}, publisher = {P}, year = {2019}}
                @book{k2, author = {Smith, B.}, title = {The Archive}, publisher = {P}, year = {2020}}
                """);
        var library = SourceLoader.create(dir).load(List.of(bib)).library();
        var style = CitationStyle.load("chicago-author-date", "en-US", dir).style();
        FormatterMemory memory = FormatterMemory.create();
        CitationFormatter.create(style, library, memory).ordered(List.of("k0", "k2", "k3"));
        CitationOrder again = CitationFormatter.create(style, library, memory).ordered(List.of("k3", "k2", "k0")).order();
        CitationOrder fresh = CitationFormatter.create(style, library).ordered(List.of("k3", "k2", "k0")).order();
        assertThat(fresh.yearSuffixes()).containsEntry("k3", "a").containsEntry("k0", "b");
        assertThat(again.order()).isEqualTo(fresh.order());
        assertThat(again.yearSuffixes()).isEqualTo(fresh.yearSuffixes());
    }

    @Test
    void anEssayCitingOneOfTheWorksGivesItNoSuffixWhileTheSiteBibliographyKeepsBoth(@TempDir Path dir) throws Exception {
        Path bib = Files.writeString(dir.resolve("s.bib"), """
                @book{one, author = {Garthoff, Raymond L.}, title = {Alpha}, publisher = {P}, year = {1989}}
                @book{two, author = {Garthoff, Raymond L.}, title = {Beta}, publisher = {P}, year = {1989}}
                """);
        var library = SourceLoader.create(dir).load(List.of(bib)).library();
        var style = CitationStyle.load("chicago-author-date", "en-US", dir).style();
        CitationFormatter site = CitationFormatter.create(style, library).ordered(List.of("one", "two"));
        assertThat(site.order().yearSuffixes()).containsEntry("one", "a").containsEntry("two", "b");
        EssayCitations second = site.formatEssay(List.of(CitationRequest.of(CiteItem.of("two"))), List.of());
        assertThat(second.citations()).extracting(FormattedCitation::inText).containsExactly("(Garthoff 1989)");
        assertThat(second.bibliography()).extracting(BibliographyEntry::html).singleElement()
                .satisfies(h -> assertThat(h).contains("1989.").doesNotContain("1989b"));
        EssayCitations both = site.formatEssay(List.of(CitationRequest.of(CiteItem.of("one"), CiteItem.of("two"))), List.of());
        assertThat(both.citations()).extracting(FormattedCitation::inText).containsExactly("(Garthoff 1989a, 1989b)");
        assertThat(site.bibliography(List.of("one", "two"))).extracting(BibliographyEntry::html)
                .anySatisfy(h -> assertThat(h).contains("1989a").contains("Alpha"))
                .anySatisfy(h -> assertThat(h).contains("1989b").contains("Beta"));
    }
}
