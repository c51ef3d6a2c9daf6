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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our bibliography order is citeproc-java's sorted registration order, ties and all. */
class BibliographyOrderTest {

    @TempDir
    static Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"chicago-author-date", "apa", "chicago-notes-bibliography",
            "ieee", "nature"})
    void ordersAsCiteprocSortedRegistration(String styleId) throws Exception {
        // 80 corpus entries plus entries equal in every sort key, which citeproc puts at the end
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
        List<String> expected = citeproc.getRegisteredItems().stream().map(CSLItemData::getId).toList();

        assertThat(BibliographyOrder.of(processor(style, items), items, keys)).containsExactlyElementsOf(expected);
        assertThat(expected).hasSize(keys.size());
    }

    private static CSL processor(CitationStyle style, LibraryItems items) throws Exception {
        return new CSL(items, new DefaultLocaleProvider(), new DefaultAbbreviationProvider(), style.xml(Position.FIRST),
                style.localeId());
    }
}
