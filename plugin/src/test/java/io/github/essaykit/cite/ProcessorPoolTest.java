package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.CSL;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorPoolTest {

    private static SourceLibrary library(Path dir, String name, String title) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Path bib = Files.writeString(folder.resolve("s.bib"),
                "@book{k, author = {Okafor, Ada}, title = {" + title + "}, publisher = {P}, year = {2015}}\n");
        return SourceLoader.create(folder).load(List.of(bib)).library();
    }

    @Test
    void aProcessorGivenBackIsLentAgainAndReadsOnlyItsNewBorrowersLibrary(@TempDir Path dir) throws Exception {
        CitationStyle style = CitationStyle.load("chicago-author-date", "en-US", dir).style();
        SourceLibrary first = library(dir, "a", "Alpha");
        SourceLibrary second = library(dir, "b", "Beta");
        ProcessorPool pool = new ProcessorPool(style);
        CitationStyle.Variant variant = style.variant(Position.FIRST, "", false);
        CSL lent;
        try (ProcessorPool.Lease lease = pool.borrow(CitationOrder.EMPTY.items(first, style))) {
            lent = lease.processor(variant);
            lent.registerCitationItems(List.of("k"), true);
            assertThat(lent.makeBibliography().makeString()).contains("Alpha");
        }
        try (ProcessorPool.Lease lease = pool.borrow(CitationOrder.EMPTY.items(second, style))) {
            CSL again = lease.processor(variant);
            assertThat(again).isSameAs(lent);
            again.registerCitationItems(List.of("k"), true);
            assertThat(again.makeBibliography().makeString()).contains("Beta").doesNotContain("Alpha");
        }
    }

    @Test
    void formattersSharingProcessorsGiveWhatFormattersOfTheirOwnGive(@TempDir Path dir) throws Exception {
        CitationStyle style = CitationStyle.load("chicago-author-date", "en-US", dir).style();
        SourceLibrary first = library(dir, "a", "Alpha");
        SourceLibrary second = library(dir, "b", "Beta");
        CitationFormatter site = CitationFormatter.create(style, first);
        List<CitationRequest> cites = List.of(CitationRequest.of(CiteItem.of("k")));
        for (int round = 0; round < 2; round++) {
            // in turn, each formatter on processors the other used last
            assertThat(site.alone(second).bibliography(List.of("k")))
                    .isEqualTo(CitationFormatter.create(style, second).bibliography(List.of("k")))
                    .extracting(BibliographyEntry::html).singleElement().asString().contains("Beta");
            assertThat(site.formatEssay(cites, List.of()))
                    .isEqualTo(CitationFormatter.create(style, first).formatEssay(cites, List.of()))
                    .extracting(EssayCitations::bibliography).asList().singleElement().asString().contains("Alpha");
        }
    }
}
