package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedEntriesTest {

    private static EssayCitations essay(CitationFormatter formatter, String... keys) {
        return formatter.formatEssay(List.of(CitationRequest.of(
                java.util.Arrays.stream(keys).map(CiteItem::of).toArray(CiteItem[]::new))), List.of());
    }

    @Test
    void anEntryIsReusedOnlyWhereItsNumberAndSuffixAreTheSame(@TempDir Path dir) throws Exception {
        Path bib = Files.writeString(dir.resolve("s.bib"), """
                @book{one, author = {Garthoff, Raymond L.}, title = {Alpha}, publisher = {P}, year = {1989}}
                @book{two, author = {Garthoff, Raymond L.}, title = {Beta}, publisher = {P}, year = {1989}}
                """);
        SourceLibrary library = SourceLoader.create(dir).load(List.of(bib)).library();
        for (String name : List.of("ieee", "chicago-author-date")) {
            CitationStyle style = CitationStyle.load(name, "en-US", dir).style();
            CitationFormatter site = CitationFormatter.create(style, library).ordered(List.of("one", "two"));
            // "two" is [2] and 1989b beside "one", [1] and 1989 alone: each essay as a formatter of its own prints it
            for (String[] keys : List.of(new String[] {"one", "two"}, new String[] {"two"}, new String[] {"one", "two"})) {
                EssayCitations shared = essay(site, keys);
                EssayCitations own = essay(CitationFormatter.create(style, library).ordered(List.of("one", "two")), keys);
                assertThat(shared).isEqualTo(own);
            }
            assertThat(essay(site, "two").bibliography()).extracting(BibliographyEntry::html).singleElement().asString()
                    .doesNotContain("[2]").doesNotContain("1989b");
        }
    }
}
