package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.markdown.CiteItem.Mode;
import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.SourceLoader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSL processor test suite (citation-style-language/test-suite, processor-tests/humans),
 * run through our citation layer: a local peer's suite, not part of the build. Run it with
 * {@code mvn -pl plugin test -Dtest=CslProcessorSuiteTest -Dcsl.suite=/path/to/processor-tests/humans}
 * (see docs/testing.md); without the property it is skipped.
 *
 * <p>Each fixture's INPUT is loaded as a CSL-JSON file by {@link SourceLoader}, its CSL by
 * {@link CitationStyle}, and its citations (CITATION-ITEMS, else CITATIONS, else one citation of
 * every item) formatted by {@link CitationFormatter}; mode "bibliography" compares the
 * bibliography of every item. Results are compared as text: tags unwrapped except italics
 * ({@code _x_}) and bold ({@code **x**}), whitespace collapsed. Prints fixtures and passes by
 * category (the file name before its first underscore); asserts only that fixtures were found.
 * A style without a bibliography gets a minimal one, because our formatter always makes one.
 */
class CslProcessorSuiteTest {

    private static final Pattern SECTION = Pattern.compile(">>=+ ([A-Z-]+) =+>>\\n(.*?)\\n<<=+ \\1 =+<<", Pattern.DOTALL);

    @TempDir
    Path tmp;

    @Test
    void passRateByCategory() throws Exception {
        String dir = System.getProperty("csl.suite");
        assumeTrue(dir != null && !dir.isBlank(), "set -Dcsl.suite=/path/to/test-suite/processor-tests/humans to run");
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            fixtures = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(fixtures).isNotEmpty();
        Map<String, int[]> byCategory = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            for (Path fixture : fixtures) {
                String name = fixture.getFileName().toString();
                String category = name.substring(0, name.contains("_") ? name.indexOf('_') : name.length() - 4);
                String outcome;
                Future<String> run = executor.submit(() -> run(fixture));
                try {
                    outcome = run.get(20, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    run.cancel(true);
                    executor.shutdownNow();
                    executor = Executors.newSingleThreadExecutor();
                    outcome = "timed out";
                } catch (java.util.concurrent.ExecutionException e) {
                    outcome = "threw " + e.getCause();
                }
                int[] counts = byCategory.computeIfAbsent(category, k -> new int[2]);
                counts[0]++;
                if (outcome == null) {
                    counts[1]++;
                } else {
                    failures.add(name + ": " + outcome.replace("\n", "\n    "));
                }
            }
        } finally {
            executor.shutdownNow();
        }
        StringBuilder table = new StringBuilder("| category | fixtures | passed | % |\n|---|---:|---:|---:|\n");
        int total = 0;
        int passed = 0;
        for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
            int[] c = e.getValue();
            total += c[0];
            passed += c[1];
            table.append("| %s | %d | %d | %d |%n".formatted(e.getKey(), c[0], c[1], Math.round(100.0 * c[1] / c[0])));
        }
        table.append("| **all** | %d | %d | %d |%n".formatted(total, passed, Math.round(100.0 * passed / total)));
        Path report = Path.of("target/csl-suite");
        Files.createDirectories(report);
        Files.writeString(report.resolve("table.md"), table);
        Files.writeString(report.resolve("failures.txt"), String.join("\n", failures));
        System.out.println(table);
    }

    /** Null when the fixture passes, else what went wrong. */
    private String run(Path fixture) throws IOException {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(Files.readString(fixture).replace("\r\n", "\n"));
        while (m.find()) {
            sections.put(m.group(1), m.group(2));
        }
        String mode = sections.getOrDefault("MODE", "").strip();
        if (!mode.equals("citation") && !mode.equals("bibliography")) {
            return "mode " + mode + " not supported";
        }
        Path work = Files.createTempDirectory(tmp, "fixture");
        String csl = sections.get("CSL");
        if (!csl.contains("<bibliography")) {
            // CitationFormatter always makes the essay's bibliography, and citeproc-java refuses a
            // style without one: give it a minimal one (it changes no citation)
            csl = csl.replaceFirst("</style>\\s*$", "<bibliography><layout><text variable=\"title\"/></layout></bibliography></style>");
        }
        Files.writeString(work.resolve("style.csl"), csl);
        Files.writeString(work.resolve("items.json"), sections.get("INPUT"));
        CitationStyle.Loaded loaded = CitationStyle.load("style.csl", "en-US", work);
        if (loaded.style() == null) {
            return "style: " + loaded.diagnostics().all();
        }
        LoadedSources sources = SourceLoader.create(work).load(List.of(work.resolve("items.json")));
        if (!sources.diagnostics().all().isEmpty()) {
            return "input: " + sources.diagnostics().all();
        }
        List<String> ids = new ArrayList<>();
        for (Object item : parse(sections.get("INPUT"))) {
            ids.add(String.valueOf(((Map<?, ?>) item).get("id")));
        }
        List<CitationRequest> citations = citations(sections, ids, loaded.style().isNoteStyle());
        CitationFormatter formatter = CitationFormatter.create(loaded.style(), sources.library());
        EssayCitations result = formatter.formatEssay(mode.equals("citation") ? citations : List.of(),
                mode.equals("bibliography") ? ids : List.of());
        List<String> actual = new ArrayList<>();
        if (mode.equals("citation")) {
            for (FormattedCitation c : result.citations()) {
                actual.add(text(c.makesNote() ? c.note() : c.inText()));
            }
        } else {
            result.bibliography().forEach(e -> actual.add(text(e.html())));
        }
        List<String> expected = new ArrayList<>();
        String resultText = sections.getOrDefault("RESULT", "");
        if (mode.equals("bibliography")) {
            for (Element entry : Jsoup.parse(resultText).select("div.csl-entry")) {
                expected.add(text(entry.html()));
            }
        } else {
            for (String line : resultText.split("\n")) {
                expected.add(text(line.replaceFirst("^(>>|\\.\\.)\\[\\d+\\] ", "")));
            }
        }
        return actual.equals(expected) ? null : "expected " + expected + "\nactual   " + actual;
    }

    /** CITATION-ITEMS (one list per citation), else CITATIONS, else every item in one citation. */
    private static List<CitationRequest> citations(Map<String, String> sections, List<String> ids, boolean note) {
        List<List<Map<?, ?>>> clusters = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        if (sections.containsKey("CITATION-ITEMS")) {
            for (Object cluster : parse(sections.get("CITATION-ITEMS"))) {
                clusters.add(((List<?>) cluster).stream().<Map<?, ?>>map(i -> (Map<?, ?>) i).toList());
                notes.add(clusters.size());
            }
        } else if (sections.containsKey("CITATIONS")) {
            for (Object entry : parse(sections.get("CITATIONS"))) {
                Map<?, ?> citation = (Map<?, ?>) ((List<?>) entry).get(0);
                clusters.add(((List<?>) citation.get("citationItems")).stream().<Map<?, ?>>map(i -> (Map<?, ?>) i).toList());
                Object properties = citation.get("properties");
                Object noteIndex = properties instanceof Map<?, ?> p ? p.get("noteIndex") : null;
                notes.add(noteIndex instanceof Number n && n.intValue() > 0 ? n.intValue() : clusters.size());
            }
        } else {
            clusters.add(ids.stream().<Map<?, ?>>map(id -> Map.of("id", id)).toList());
            notes.add(1);
        }
        List<CitationRequest> requests = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            List<CiteItem> items = new ArrayList<>();
            for (Map<?, ?> item : clusters.get(i)) {
                Mode mode = Boolean.TRUE.equals(item.get("suppress-author")) ? Mode.SUPPRESS_AUTHOR
                        : Boolean.TRUE.equals(item.get("author-only")) ? Mode.AUTHOR_IN_TEXT : Mode.NORMAL;
                String locator = string(item.get("locator"));
                String label = locator.isEmpty() ? "" : item.get("label") == null ? "page" : string(item.get("label"));
                items.add(new CiteItem(String.valueOf(item.get("id")), string(item.get("prefix")), label, locator,
                        string(item.get("suffix")), mode));
            }
            requests.add(new CitationRequest(items, note ? notes.get(i) : 0, false));
        }
        return requests;
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static List<Object> parse(String json) {
        try {
            return new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Text with italics as _x_, bold as **x**, whitespace collapsed. */
    static String text(String html) {
        Element body = Jsoup.parse(html).body();
        body.select("i, em").forEach(e -> e.prependText("_").appendText("_"));
        body.select("b, strong").forEach(e -> e.prependText("**").appendText("**"));
        return body.text().replaceAll("\\s+", " ").strip();
    }
}
