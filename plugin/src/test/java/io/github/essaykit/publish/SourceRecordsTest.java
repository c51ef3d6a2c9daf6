package io.github.essaykit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.bibtex.BibTeXWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads and page metadata joined from each source's parts, made once, are the same text as
 * writing the whole list at once: on the 344-entry reader corpus and the round-trip fixture, in
 * random subsets and orders, and across a second library whose sources share the keys.
 */
class SourceRecordsTest {

    @TempDir
    Path dir;

    private SourceLibrary corpus(String resource, String name) throws Exception {
        return BibTeXRoundTripTest.load(dir, name,
                new String(getClass().getResourceAsStream(resource).readAllBytes(), StandardCharsets.UTF_8));
    }

    /** The whole list written at once, as the downloads were made before. */
    private static String whole(String extension, List<Source> sources) {
        List<CslVariables> variables = sources.stream().map(CslVariables::of).toList();
        return switch (extension) {
            case "bib" -> BibTeXWriter.write(sources.stream().map(s -> new BibTeXWriter.Entry(s.key(), s.item())).toList());
            case "json" -> JsonText.pretty(variables.stream().map(CslVariables::variables).toList());
            case "ris" -> RisWriter.write(variables);
            default -> throw new IllegalArgumentException(extension);
        };
    }

    @Test
    void joinedDownloadsAreTheWholeListWrittenAtOnce() throws Exception {
        List<Source> all = new ArrayList<>(corpus("/bibtex/corpus.bib", "corpus.bib").sources());
        all.addAll(corpus("/publish/roundtrip.bib", "roundtrip.bib").sources());
        SourceRecords records = new SourceRecords();
        Random random = new Random(23);
        List<List<Source>> lists = new ArrayList<>(List.of(List.of(), all, List.of(all.get(0))));
        for (int i = 0; i < 40; i++) {
            List<Source> some = new ArrayList<>(all);
            Collections.shuffle(some, random);
            lists.add(some.subList(0, 1 + random.nextInt(some.size())));
        }
        for (List<Source> sources : lists) {
            for (String extension : SourceRecords.EXTENSIONS) {
                assertThat(records.file(extension, sources)).as(extension + " of " + sources.size()).isEqualTo(whole(extension, sources));
            }
        }
        assertThat(records.file("json", List.of())).isEqualTo("[]\n");
    }

    @Test
    void pageMetadataIsEachSourcesPartsInOrder() throws Exception {
        List<Source> all = List.copyOf(corpus("/bibtex/corpus.bib", "corpus.bib").sources());
        SourceRecords records = new SourceRecords();
        EssayRecord essay = new EssayRecord("a/b", "A <title>", List.of("Ann Author"), "2024-05-01", "summary", "en",
                List.of("tag"), "https://example.org/a/b.html", "Site");
        List<Source> some = all.subList(3, 40);
        List<ReferenceMeta.Tag> tags = records.highwire(essay, some);
        List<String> references = tags.stream().filter(t -> t.name().equals("citation_reference")).map(ReferenceMeta.Tag::content).toList();
        assertThat(references).isEqualTo(some.stream().map(s -> ReferenceMeta.reference(CslVariables.of(s)).strip())
                .filter(r -> !r.isBlank()).toList());
        assertThat(records.jsonLd(essay, some)).isEqualTo(ReferenceMeta.jsonLd(essay, some.stream().map(CslVariables::of).toList()))
                .contains("\"citation\":[{\"@type\"");
        for (Source source : some) {
            assertThat(records.coins(source)).isEqualTo(ReferenceMeta.coins(CslVariables.of(source))).startsWith("ctx_ver=Z39.88-2004");
            assertThat(records.bibtex(source)).isEqualTo(whole("bib", List.of(source)));
        }
    }

    @Test
    void aSourceOfAnotherLibraryWithTheSameKeyIsWrittenAsItself() throws Exception {
        SourceRecords records = new SourceRecords();
        Source first = BibTeXRoundTripTest.load(dir, "one.bib", "@book{same, title = {First Title}, year = {2001}}\n").sources().iterator().next();
        Source second = BibTeXRoundTripTest.load(dir, "two.bib", "@book{same, title = {Second Title}, year = {2002}}\n").sources().iterator().next();
        assertThat(records.file("ris", List.of(first))).containsIgnoringCase("First Title");
        assertThat(records.file("ris", List.of(second))).containsIgnoringCase("Second Title").doesNotContainIgnoringCase("First");
        assertThat(records.file("json", List.of(first))).containsIgnoringCase("First Title");
    }
}
