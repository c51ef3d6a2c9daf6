package io.github.essaykit.sources;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Our CSL-JSON reading against pandoc 2.17's ({@code pandoc -f csljson -t csljson}, see
 * src/test/resources/csljson/regenerate.sh), field by field, for fixtures reproducing what the
 * trial of real Zotero / Better BibTeX exports found (ExportsPandocTrialTest). Every field is
 * equal or listed below as exactly that difference, with its reason.
 */
class CslJsonPandocTest {

    static final Path DIR = Path.of("src/test/resources/csljson");

    /** "key field" → {pandoc's value, ours, reason}. */
    static final Map<String, String[]> KNOWN = new LinkedHashMap<>();

    static {
        // Seen in a Better BibTeX CSL-JSON export (#3286 of its fixtures): pandoc's citeproc predates CSL 1.0.2.
        KNOWN.put("ferrydiary2018 available-date", new String[] {"2017", "{date-parts=[[2017]]}",
                "pandoc is wrong: its citeproc does not know CSL 1.0.2's available-date as a date variable and keeps"
                        + " it as text; we read it as the date CSL 1.0.2 says it is"});
        // Seen in Better BibTeX exports (#825, #3536 of its fixtures).
        KNOWN.put("ferrydiary2018 script-writer", new String[] {"", "[{family=Lindqvist, given=Maja}]",
                "pandoc is wrong: its citeproc does not know CSL 1.0.2's script-writer as a name variable and prints"
                        + " the names as an empty string, losing them; we keep the names"});
        KNOWN.put("tidetables2020 URL", new String[] {"https://example.org/it’s-the-tides",
                "https://example.org/it's-the-tides",
                "pandoc is wrong: it reads a URL as rich text and curls its apostrophe, which changes the link; we keep"
                        + " links and identifiers (URL, DOI, ISBN, ISSN, PMID, PMCID) as written"});
    }

    /** pandoc keeps an item whose type is no CSL type; so do we, as a 'document', and say so. */
    @Test
    void itemOfUnknownTypeIsKeptWithWarning(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("video.json");
        Files.writeString(file, "[{\"id\": \"pier1995\", \"type\": \"video\", \"title\": \"Night on the pier\",\n"
                + " \"director\": [{\"family\": \"Moreau\", \"given\": \"Lise\"}], \"issued\": {\"date-parts\": [[1995]]}}]");
        LoadedSources loaded = SourceLoader.create(dir).load(List.of(file));
        assertThat(loaded.diagnostics().all()).singleElement().asString()
                .isEqualTo("video.json:1:1: warning: item 'pier1995' has type 'video', which is not a CSL type; it is read as 'document'");
        Source source = loaded.library().expect("pier1995");
        assertThat(source.item().getType()).hasToString("document");
        assertThat(source.item().getTitle()).isEqualTo("Night on the pier");
        assertThat(source.item().getDirector()[0].getFamily()).isEqualTo("Moreau");
    }

    @Test
    void readsCslJsonAsPandocDoes() throws Exception {
        Path file = DIR.resolve("quotes.json");
        LoadedSources loaded = SourceLoader.create(DIR).load(List.of(file));
        assertThat(loaded.diagnostics().all()).isEmpty();
        List<Object> expected = new JsonParser(new JsonLexer(new StringReader(Files.readString(DIR.resolve("expected-quotes.json")))))
                .parseArray();
        int fields = 0;
        java.util.Set<String> seen = new TreeSet<>();
        for (Object object : expected) {
            Map<?, ?> theirs = (Map<?, ?>) object;
            String key = (String) theirs.get("id");
            Map<?, ?> ours = (Map<?, ?>) loaded.library().expect(key).item().toJson(new MapJsonBuilderFactory().createJsonBuilder());
            TreeSet<String> names = new TreeSet<>();
            theirs.keySet().forEach(k -> names.add((String) k));
            ours.keySet().forEach(k -> names.add((String) k));
            for (String field : names) {
                String pandoc = String.valueOf(canon(theirs.get(field)));
                String mine = String.valueOf(canon(ours.get(field)));
                String[] known = KNOWN.get(key + " " + field);
                if (known != null) {
                    assertThat(new String[] {pandoc, mine}).as("known difference %s %s (%s)", key, field, known[2])
                            .containsExactly(known[0], known[1]);
                    seen.add(key + " " + field);
                } else {
                    assertThat(mine).as("%s of '%s'", field, key).isEqualTo(pandoc);
                }
                fields++;
            }
        }
        assertThat(seen).as("known differences still occurring").isEqualTo(new TreeSet<>(KNOWN.keySet()));
        assertThat(fields).isGreaterThan(10);
    }

    /** Numbers as longs, arrays as lists, so that both readings print alike. */
    private static Object canon(Object value) {
        if (value instanceof Object[] array) {
            return canon(List.of(array));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CslJsonPandocTest::canon).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.TreeMap<>();
            map.forEach((k, v) -> out.put((String) k, canon(v)));
            return out;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        return value;
    }
}
