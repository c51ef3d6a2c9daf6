package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.parallel.EssayPool;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The site bibliography rendered in parts on several threads: the entries of one rendering, in one order. */
class SiteBibliographyPartsTest {

    @ParameterizedTest
    @ValueSource(strings = {"chicago-author-date", "ieee", "apa", "modern-language-association"})
    void thePartsMakeTheBibliographyOfAnEssayCitingEverySource(String name, @TempDir Path dir) throws Exception {
        // 67 authors with 7 works each, sorted together: runs of one author's works (year suffixes,
        // substituted names) cross the boundaries of the 200-entry parts
        StringBuilder bib = new StringBuilder();
        List<String> keys = new ArrayList<>();
        for (int a = 0; a < 67; a++) {
            for (int w = 0; w < 7; w++) {
                String key = "a" + a + "w" + w;
                keys.add(key);
                bib.append("@book{").append(key).append(", author = {Okafor").append((char) ('a' + a % 26)).append(a / 26)
                        .append(", Ada}, title = {Work ").append(w).append("}, publisher = {Quay}, year = {").append(1990 + w % 3).append("}}\n");
            }
        }
        Path file = Files.writeString(dir.resolve("s.bib"), bib);
        SourceLibrary library = SourceLoader.create(dir).load(List.of(file)).library();
        CitationStyle style = CitationStyle.load(name, "en-US", dir).style();

        List<BibliographyEntry> whole = CitationFormatter.create(style, library).ordered(keys).formatEssay(List.of(), keys).bibliography();
        List<BibliographyEntry> parts;
        try (EssayPool pool = EssayPool.create(2)) {
            parts = CitationFormatter.create(style, library).ordered(keys).bibliography(keys, pool);
        }
        assertThat(whole).hasSize(469);
        assertThat(parts).isEqualTo(whole);
        assertThat(CitationFormatter.create(style, library).ordered(keys).bibliography(keys)).isEqualTo(whole);
        String all = whole.stream().map(BibliographyEntry::html).reduce("", String::concat);
        switch (name) {
            case "ieee" -> assertThat(whole.get(468).html()).as("numbered through the whole list").contains("[469]");
            case "modern-language-association" -> assertThat(whole.get(200).html()).as("names substituted across a part's start")
                    .startsWith("———");
            default -> assertThat(all).as("same-author works told apart").contains("1990a").contains("1990c");
        }
    }
}
