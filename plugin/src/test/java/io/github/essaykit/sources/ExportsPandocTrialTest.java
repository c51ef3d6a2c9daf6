package io.github.essaykit.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import io.github.essaykit.sources.bibtex.BibTeXReader.Dialect;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A local trial, not part of the build: real exported bibliographies (Zotero, Better BibTeX) in
 * the folder given by {@code -Dexports.dir}, each read by essaykit and by {@code pandoc -t csljson}
 * (pandoc must be on the PATH), compared field by field. {@code .bibtex} is read as BibTeX,
 * {@code .bib}/{@code .biblatex} as BibLaTeX, {@code .json} as CSL-JSON. Prints per file: entries,
 * entries equal to pandoc's, and the fields that differ, with one example each; writes the
 * details to target/exports-trial.txt. Such files are other people's text: never commit them;
 * reproduce a difference in a fixture of our own instead.
 */
class ExportsPandocTrialTest {

    @Test
    void exportsReadAsPandocReadsThem() throws Exception {
        String dir = System.getProperty("exports.dir");
        assumeTrue(dir != null && !dir.isBlank(), "set -Dexports.dir=/folder/of/exports to run");
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(dir))) {
            files = list.filter(p -> p.toString().matches(".*\\.(bib|bibtex|biblatex|json)$")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        StringBuilder table = new StringBuilder("| file | entries | equal to pandoc | fields that differ (entries) |\n|---|---:|---:|---|\n");
        StringBuilder details = new StringBuilder();
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<Map<String, Object>> ours = new ArrayList<>();
            String from;
            if (name.endsWith(".json")) {
                from = "csljson";
                LoadedSources loaded = SourceLoader.create(file.getParent()).load(List.of(file));
                loaded.diagnostics().all().forEach(d -> details.append(name).append(": ").append(d).append('\n'));
                for (Source source : loaded.library().sources()) {
                    ours.add(canon(source.item().toJson(new MapJsonBuilderFactory().createJsonBuilder())));
                }
            } else {
                Dialect dialect = name.endsWith(".bibtex") ? Dialect.BIBTEX : Dialect.BIBLATEX;
                from = dialect == Dialect.BIBTEX ? "bibtex" : "biblatex";
                BibTeXReader.Result result = BibTeXReader.read(Files.readString(file), name, dialect);
                result.problems().forEach(d -> details.append(name).append(": ").append(d).append('\n'));
                result.items().forEach(item -> ours.add(canon(item.csl())));
            }
            Map<String, Integer> fieldCounts = new TreeMap<>();
            int entries = 0;
            int equal = 0;
            List<Object> pandoc = pandoc(file, from);
            if (pandoc == null) {
                table.append("| %s | %d | pandoc cannot read it | |%n".formatted(name, ours.size()));
                continue;
            }
            Map<String, Integer> seen = new TreeMap<>();
            for (Object object : pandoc) {
                Map<String, Object> theirs = canon(object);
                String key = String.valueOf(theirs.get("id"));
                entries++;
                Map<String, Object> mine = nth(ours, key, seen.merge(key, 1, Integer::sum));
                boolean same = true;
                TreeSet<String> fields = new TreeSet<>(theirs.keySet());
                fields.addAll(mine.keySet());
                for (String field : fields) {
                    if (!String.valueOf(theirs.get(field)).equals(String.valueOf(mine.get(field)))) {
                        same = false;
                        if (fieldCounts.merge(field, 1, Integer::sum) <= 3) {
                            details.append(name).append(" ").append(key).append(" ").append(field).append("\n  pandoc:   ")
                                    .append(line(theirs.get(field))).append("\n  essaykit: ").append(line(mine.get(field))).append('\n');
                        }
                    }
                }
                equal += same ? 1 : 0;
            }
            table.append("| %s | %d | %d | %s |%n".formatted(name, entries, equal, fieldCounts));
        }
        Files.writeString(Path.of("target/exports-trial.txt"), table + "\n" + details, StandardCharsets.UTF_8);
        System.out.println(table);
    }

    /** The n-th item with this key (a file may repeat a key; pandoc keeps every entry, in order). */
    private static Map<String, Object> nth(List<Map<String, Object>> items, String key, int n) {
        int count = 0;
        for (Map<String, Object> item : items) {
            if (key.equals(String.valueOf(item.get("id"))) && ++count == n) {
                return item;
            }
        }
        return Map.of();
    }

    private static List<Object> pandoc(Path file, String from) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pandoc", "-f", from, "-t", "csljson", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            return null;
        }
        return new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
    }

    /** A value on one line (newlines shown as \\n), cut at 300 characters. */
    private static String line(Object value) {
        String text = String.valueOf(value).replace("\n", "\\n");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** JSON values in one form: maps sorted, numbers as longs. */
    @SuppressWarnings("unchecked")
    private static <T> T canon(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put((String) k, canon(v)));
            return (T) out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(canon(v)));
            return (T) out;
        }
        if (value instanceof Object[] array) {
            return canon(List.of(array));
        }
        if (value instanceof Number n) {
            return (T) Long.valueOf(n.longValue());
        }
        if (value instanceof String text) {
            // without the marks left for the formatter, as every output has them removed
            return (T) text.replace(BibTeXReader.KEEP_CASE, "").replace(BibTeXReader.PAGE_SLASH, "/");
        }
        return (T) value;
    }
}
