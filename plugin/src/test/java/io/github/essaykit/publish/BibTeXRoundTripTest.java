package io.github.essaykit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import io.github.essaykit.sources.bibtex.BibTeXWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .bib} download read back through essaykit's own BibTeX reader gives the same CSL
 * items, variable by variable, as the sources it was written from: a fixture of hard cases
 * (accents, brace-protected words, particles, corporate and suffixed names, escaped LaTeX
 * specials, date ranges and literal dates) and the 344-entry reader corpus.
 */
class BibTeXRoundTripTest {

    @TempDir
    Path dir;

    static SourceLibrary load(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        LoadedSources loaded = SourceLoader.create(dir).load(List.of(file));
        assertThat(loaded.diagnostics().errors()).as("errors reading " + name).isEmpty();
        return loaded.library();
    }

    static Map<String, Object> json(Source source) {
        Map<String, Object> json = new LinkedHashMap<>();
        ((Map<?, ?>) source.item().toJson(new MapJsonBuilderFactory().createJsonBuilder()))
                .forEach((k, v) -> json.put(String.valueOf(k), v));
        return json;
    }

    private static String export(SourceLibrary library) {
        List<BibTeXWriter.Entry> entries = new ArrayList<>();
        library.sources().forEach(s -> entries.add(new BibTeXWriter.Entry(s.key(), s.item())));
        return BibTeXWriter.write(entries);
    }

    /** Keys whose item changed on the way, with both versions; {@code spaces} compares runs of spaces as one. */
    private List<String> differences(SourceLibrary before, boolean spaces) throws Exception {
        String bib = export(before);
        SourceLibrary after = load(dir, "download.bib", bib);
        List<String> changed = new ArrayList<>();
        for (Source source : before.sources()) {
            Map<String, Object> original = json(source);
            Map<String, Object> reread = after.find(source.key()).map(BibTeXRoundTripTest::json).orElse(Map.of());
            if (spaces ? !original.equals(reread) : !spaced(original).equals(spaced(reread))) {
                changed.add(source.key() + "\n  was  " + original + "\n  read " + reread);
            }
        }
        return changed;
    }

    /** LaTeX reads a run of spaces as one space and ends a value at its last word. */
    private static Object spaced(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, spaced(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BibTeXRoundTripTest::spaced).toList();
        }
        return value instanceof String s ? s.replaceAll(" {2,}", " ").stripTrailing() : value;
    }

    @Test
    void theHardCasesComeBackUnchanged() throws Exception {
        SourceLibrary fixture = load(dir, "fixture.bib",
                new String(getClass().getResourceAsStream("/publish/roundtrip.bib").readAllBytes(), "UTF-8"));
        assertThat(fixture.size()).isEqualTo(8);
        assertThat(differences(fixture, true)).isEmpty();
    }

    @Test
    void onlyWhatSentenceCaseWouldChangeIsBraced() throws Exception {
        SourceLibrary bib = load(dir, "titles.bib", """
                @book{allison, title = {Essence of Decision: Explaining the {Cuban} Missile Crisis}, year = {1971}}
                @book{nasa, title = {NASA and the {iPhone}: A {U.S.} Story of e.g. Phones}, year = {2010}}
                """);
        SourceLibrary json = load(dir, "titles.json", """
                [{"id": "titled", "type": "book", "title": "The iPhone and NASA in Space", "issued": {"date-parts": [[2010]]}}]
                """);
        String written = export(bib.plus(json));
        assertThat(written).contains(
                // the first word and the word after the colon are capitalised by the reader itself; "Cuban" would not be
                "title = {Essence of decision: Explaining the {Cuban} missile crisis}",
                // all capitals are kept by the reader; what the entry protected stays a group; "Story" starts a
                // sentence after "U.S." for the reader as it did when first read
                "title = {NASA and the {iPhone:} A {U.S.} Story of e.g. phones}",
                // a CSL-JSON title in title case: only the word the reader would lower-case
                "title = {The iPhone and NASA in {Space}}");
        assertThat(differences(bib, true)).isEmpty();
        // a CSL-JSON item gains only the citation-key a .bib entry always has
        assertThat(load(dir, "reread.bib", written).expect("titled").item().getTitle()).isEqualTo("The iPhone and NASA in Space");
    }

    @Test
    void theReaderCorpusComesBackUnchanged() throws Exception {
        SourceLibrary corpus = load(dir, "corpus.bib",
                new String(getClass().getResourceAsStream("/bibtex/corpus.bib").readAllBytes(), "UTF-8"));
        List<String> changed = differences(corpus, false);
        assertThat(changed).as(changed.size() + " of " + corpus.size() + " changed").isEmpty();
        // the only other change: spaces that LaTeX cannot keep (a note ending "See also \\cite{x}",
        // a double space the corpus wrote on purpose, or left where an unknown command was dropped)
        assertThat(differences(corpus, true)).map(d -> d.substring(0, d.indexOf('\n')))
                .containsExactlyInAnyOrder("gen077", "gen173", "gen185", "gen269", "gen281", "accents2010", "gaugesite");
    }
}
