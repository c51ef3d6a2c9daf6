package io.github.essaykit.sources;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSL-JSON as Zotero exports it, read as pandoc 2.17 reads it: src/test/resources/csl-notes holds
 * our own zotero.json and what {@code pandoc -f csljson -t csljson} makes of it (expected.json,
 * rebuilt by regenerate.sh). Every variable pandoc gives each item must be ours, equal, and we
 * may have no variable pandoc has not.
 */
class CslNotePandocTest {

    static final Path DIR = Path.of("src/test/resources/csl-notes");

    static Stream<Arguments> items() throws Exception {
        List<Object> expected = new JsonParser(new JsonLexer(new StringReader(Files.readString(DIR.resolve("expected.json")))))
                .parseArray();
        LoadedSources loaded = SourceLoader.create(DIR).load(List.of(DIR.resolve("zotero.json")));
        assertThat(loaded.diagnostics().all()).isEmpty();
        List<Arguments> cases = new ArrayList<>();
        for (Object each : expected) {
            Map<?, ?> pandoc = (Map<?, ?>) each;
            String id = String.valueOf(pandoc.get("id"));
            cases.add(Arguments.of(id, comparable(pandoc), loaded.library().find(id).map(CslNotePandocTest::ours).orElse(null)));
        }
        return cases.stream();
    }

    /**
     * Where {@code pandoc -f csljson -t csljson} is not what pandoc's citeproc uses: item → variable
     * → {pandoc's value, ours}. The reader parses every string as CSL rich text, so straight
     * quotes in a URL print curly (a different address); and the writer's output, read back,
     * splits a family name the author protected with double quotes, which {@code --citeproc}
     * keeps whole ("van Gogh, Theo", checked with modern-language-association.csl).
     */
    private static final Map<String, Map<String, List<Object>>> KNOWN = Map.of(
            "odd-addresses", Map.of("URL", List.of("https://example.org/search?q=a b&x=\u201cquoted\u201d|{braces}",
                    "https://example.org/search?q=a b&x=\"quoted\"|{braces}")),
            "prose-first", Map.of("author[3]", List.of(
                    Map.of("dropping-particle", "van", "family", "Gogh", "given", "Theo", "non-dropping-particle", "van"),
                    Map.of("dropping-particle", "van", "family", "van Gogh", "given", "Theo"))));

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void everyVariableIsPandocs(String id, Map<String, Object> pandoc, Map<String, Object> ours) {
        assertThat(ours).as("item '%s' is loaded", id).isNotNull();
        for (Map.Entry<String, List<Object>> known : KNOWN.getOrDefault(id, Map.of()).entrySet()) {
            assertThat(take(pandoc, known.getKey())).as("pandoc's %s", known.getKey()).isEqualTo(known.getValue().get(0));
            assertThat(take(ours, known.getKey())).as("our %s", known.getKey()).isEqualTo(known.getValue().get(1));
        }
        assertThat(ours).isEqualTo(pandoc);
    }

    /** Removes a variable ("URL") or one name ("author[3]") from the map, returning its value. */
    @SuppressWarnings("unchecked")
    private static Object take(Map<String, Object> item, String path) {
        int bracket = path.indexOf('[');
        if (bracket < 0) {
            return item.remove(path);
        }
        List<Object> names = new ArrayList<>((List<Object>) item.get(path.substring(0, bracket)));
        Object name = names.remove(Integer.parseInt(path.substring(bracket + 1, path.length() - 1)));
        item.put(path.substring(0, bracket), names);
        return name;
    }

    @Test
    void theFixtureCoversEveryRule() throws Exception {
        Map<String, String> notes = new LinkedHashMap<>();
        for (Object each : new JsonParser(new JsonLexer(new StringReader(Files.readString(DIR.resolve("expected.json"))))).parseArray()) {
            Map<?, ?> item = (Map<?, ?>) each;
            notes.put(String.valueOf(item.get("id")), item.containsKey("note") ? String.valueOf(item.get("note")) : null);
        }
        assertThat(notes).containsEntry("lines", "Original Date: 1850\nCitation Key: okafor2001\ntex.howpublished: by hand")
                .containsEntry("prose-first", "Reprinted with corrections.\nDOI: 10.2000/kept-in-note")
                .containsEntry("braced", " and the rest of the note")
                .containsEntry("only-fields", null);
        assertThat(notes).as("every item of the fixture").hasSize(9);
    }

    @Test
    void aYamlNoteStaysANoteAndBetterBibTeXDatesAreRead() {
        LoadedSources loaded = SourceLoader.create(DIR).load(List.of(DIR.resolve("zotero.yaml")));
        assertThat(loaded.diagnostics().all()).isEmpty();
        Map<String, Object> note = ours(loaded.library().expect("yaml-note"));
        assertThat(note).as("pandoc 2.17 reads no variable from a CSL-YAML note (expected-yaml-apa.html has no DOI)")
                .containsEntry("note", "DOI: 10.7000/not-read\nCitation Key: yamlnote").doesNotContainKey("DOI")
                .containsEntry("issued", Map.of("date-parts", List.of(List.of("2003", "4"))));
        Map<String, Object> range = ours(loaded.library().expect("yaml-range"));
        assertThat(range.get("accessed")).isEqualTo(Map.of("date-parts", List.of(List.of("2023", "5", "1"))));
        assertThat(range.get("issued")).as("a range at the shorter date's precision, printed 1850–1851 as pandoc does")
                .isEqualTo(Map.of("date-parts", List.of(List.of("1850"), List.of("1851"))));
    }

    /** Our item as CSL-JSON, in pandoc's terms: numbers in date parts, no key pandoc does not write. */
    private static Map<String, Object> ours(Source source) {
        Map<?, ?> json = (Map<?, ?>) source.item().toJson(new MapJsonBuilderFactory().createJsonBuilder());
        return comparable(json);
    }

    private static Map<String, Object> comparable(Map<?, ?> json) {
        Map<String, Object> result = new LinkedHashMap<>();
        json.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (!key.equals("citation-key") || !String.valueOf(v).equals(String.valueOf(json.get("id")))) {
                result.put(key, plain(v)); // the BibTeX path sets citation-key to the id; pandoc writes it only when given
            }
        });
        return new java.util.TreeMap<>(result);
    }

    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new java.util.TreeMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), plain(v)));
            return result;
        } else if (value instanceof List<?> list) {
            return list.stream().map(CslNotePandocTest::plain).toList();
        } else if (value instanceof Object[] array) {
            return Stream.of(array).map(CslNotePandocTest::plain).toList();
        } else if (value instanceof int[] ints) {
            return java.util.Arrays.stream(ints).mapToObj(i -> (Object) String.valueOf(i)).toList();
        } else if (value instanceof Number number) {
            return String.valueOf(number.longValue());
        } else if (value instanceof Boolean) {
            return value;
        }
        return value == null ? null : String.valueOf(value); // enums: CSLType's name is its CSL spelling
    }
}
