package io.github.essaykit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * Inputs that once took quadratic time or crashed, in the spirit of commonmark's
 * {@code pathological_tests.py}: each case writes a source folder (one essay, one bibliography)
 * whose size grows with {@code n}. Used by {@link PathologicalBenchmark} (timings at doubling
 * sizes) and by {@code PathologicalInputTest} (right output at a large size).
 */
public enum PathologicalCases {
    CSL_JSON_ITEMS("CSL-JSON, n items", n -> items(n, PathologicalCases::jsonItem, "[\n", ",\n", "\n]\n"), "sources.json",
            n -> essay("Cited [@k0] and [@k" + (n - 1) + "].")),
    CSL_YAML_ITEMS("CSL-YAML, n items", n -> items(n, PathologicalCases::yamlItem, "", "", ""), "sources.yaml",
            n -> essay("Cited [@k0] and [@k" + (n - 1) + "].")),
    BIBTEX_ENTRIES("BibTeX, n entries", n -> items(n, PathologicalCases::bibEntry, "", "", ""), "sources.bib",
            n -> essay("Cited [@k0] and [@k" + (n - 1) + "].")),
    FOOTNOTE_OPENERS("n '[^'", PathologicalCases::oneSource, "sources.json", n -> essay("[^".repeat(n))),
    INLINE_NOTE_OPENERS("n '^['", PathologicalCases::oneSource, "sources.json", n -> essay("^[".repeat(n))),
    CITATION_OPENERS("n '[@'", PathologicalCases::oneSource, "sources.json", n -> essay("[@".repeat(n))),
    NARRATIVE_BRACKETS("n '@k0 ['", PathologicalCases::oneSource, "sources.json", n -> essay("@k0 [".repeat(n))),
    BRACED_KEYS("n '@{'", PathologicalCases::oneSource, "sources.json", n -> essay("@{".repeat(n))),
    NESTED_BRACKETS("n '[' @k0 n ']'", PathologicalCases::oneSource, "sources.json",
            n -> essay("[".repeat(n) + "@k0" + "]".repeat(n))),
    CITATIONS_IN_PARAGRAPH("n '[@k0]' in one paragraph", PathologicalCases::oneSource, "sources.json",
            n -> essay("[@k0] ".repeat(n))),
    NARRATIVE_IN_PARAGRAPH("n '@k0' in one paragraph", PathologicalCases::oneSource, "sources.json",
            n -> essay("@k0 ".repeat(n))),
    ITEMS_IN_ONE_CITATION("one citation of n items", PathologicalCases::oneSource, "sources.json",
            n -> essay("[" + "@k0; ".repeat(n - 1) + "@k0]")),
    FOOTNOTE_CHAIN("n footnotes, each citing the next", PathologicalCases::oneSource, "sources.json",
            PathologicalCases::footnoteChain),
    NOTES_IN_ESSAY("n footnotes", PathologicalCases::oneSource, "sources.json", PathologicalCases::manyNotes),
    UNCLOSED_QUOTES("n \"'a \" (quotes pandoc backtracks over)", PathologicalCases::oneSource, "sources.json",
            n -> essay("\"'a ".repeat(n))),
    ATTRIBUTE_OPENERS("n '{k=' (attribute blocks never closed)", PathologicalCases::oneSource, "sources.json",
            n -> essay("`c`{k=".repeat(n))),
    SPAN_OPENERS("n '[a]{k=\"' (spans never closed)", PathologicalCases::oneSource, "sources.json",
            n -> essay("[a]{k=\"".repeat(n))),
    SCRIPT_OPENERS("n 'x^a ~b ' (super/subscripts never closed)", PathologicalCases::oneSource, "sources.json",
            n -> essay("x^a ~b ".repeat(n))),
    HEADING_BRACES("a heading of n '{'", PathologicalCases::oneSource, "sources.json",
            n -> essay("# " + "{".repeat(n) + "x}"));

    private final String title;
    private final IntFunction<String> bibliography;
    private final String bibliographyName;
    private final IntFunction<String> essay;

    PathologicalCases(String title, IntFunction<String> bibliography, String bibliographyName, IntFunction<String> essay) {
        this.title = title;
        this.bibliography = bibliography;
        this.bibliographyName = bibliographyName;
        this.essay = essay;
    }

    public String title() {
        return title;
    }

    /** Writes the essay and bibliography of size {@code n} into a new folder {@code src} under {@code dir}. */
    public Path write(Path dir, int n) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve(bibliographyName), bibliography.apply(n));
        Files.writeString(src.resolve("essay.md"), essay.apply(n));
        return src;
    }

    /** The essay's text at size {@code n}. */
    public String essayText(int n) {
        return essay.apply(n);
    }

    private static String essay(String body) {
        return "---\ntitle: Pathological\n---\n" + body + "\n";
    }

    private static String oneSource(int n) {
        return "[" + jsonItem(0) + "]\n";
    }

    private static String items(int n, IntFunction<String> item, String open, String separator, String close) {
        StringBuilder text = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : separator).append(item.apply(i));
        }
        return text.append(close).toString();
    }

    private static String jsonItem(int i) {
        return "  {\"id\": \"k" + i + "\", \"type\": \"book\", \"title\": \"Title " + i
                + "\",\n   \"author\": [{\"family\": \"Author" + i % 700 + "\", \"given\": \"Ann\"}],\n"
                + "   \"issued\": {\"date-parts\": [[" + (1900 + i % 120) + "]]}}";
    }

    private static String yamlItem(int i) {
        return "- id: k" + i + "\n  type: book\n  title: Title " + i + "\n  author:\n    - family: Author" + i % 700
                + "\n      given: Ann\n  issued: " + (1900 + i % 120) + "\n";
    }

    private static String bibEntry(int i) {
        return "@book{k" + i + ",\n  author = {Author" + i % 700 + ", Ann},\n  title = {Title " + i + "},\n  year = {"
                + (1900 + i % 120) + "}\n}\n\n";
    }

    private static String footnoteChain(int n) {
        StringBuilder text = new StringBuilder("Start [@k0].[^n0]\n\n");
        for (int i = 0; i < n; i++) {
            text.append("[^n").append(i).append("]: Note ").append(i);
            text.append(i + 1 < n ? " cites the next.[^n" + (i + 1) + "]" : " ends here [@k0].").append("\n\n");
        }
        return essay(text.toString());
    }

    private static String manyNotes(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append("Sentence ").append(i).append(" [@k0].[^n").append(i).append("]\n");
        }
        text.append('\n');
        for (int i = 0; i < n; i++) {
            text.append("[^n").append(i).append("]: Note ").append(i).append(".\n\n");
        }
        return essay(text.toString());
    }
}
