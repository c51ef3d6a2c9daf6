package io.github.essaykit.site;

import static io.github.essaykit.site.ReaderTexts.entries;
import static io.github.essaykit.site.ReaderTexts.notes;
import static io.github.essaykit.site.ReaderTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Twelve essays of our own (src/test/resources/cases/citations-corpus/essays, every pandoc
 * citation form, notes holding citations, nocite, one sources.bib of 44 varied entries) built by
 * the whole pipeline and compared with {@code pandoc --citeproc} 2.17 in four styles
 * (expected/&lt;style&gt;/, regenerate.sh).
 *
 * <p>Compared, in document order, per essay: in author-date styles the text of every
 * {@code span.citation}; in note styles (where our citation notes have no span around their
 * marker) the text of every body paragraph holding a note marker; in both, the text of every
 * note (the author's and those made by citations); then every entry of the essay's bibliography,
 * matched by id, and the order of the ids; the same for the site bibliography against pandoc's
 * {@code nocite: "@*"} rendering. Texts as {@link ReaderTexts} normalises them.
 *
 * <p>Every difference must be listed in known-differences.txt (beside the essays) with both
 * texts and the reason, and every listed difference must still occur: the list is exactly what
 * differs. When the output changes, the test writes the differences it saw to
 * target/citations-corpus/&lt;style&gt;.txt in the same format, to be sorted under reasons
 * (sort-differences.py beside the essays does it by rules). Counts per kind are printed.
 */
class CitationCorpusPandocTest {

    static final Path CASE = Path.of("src/test/resources/cases/citations-corpus");

    @ParameterizedTest
    @ValueSource(strings = {"chicago-author-date", "chicago-notes-bibliography", "apa", "modern-language-association", "ieee", "american-medical-association"})
    void readsLikePandoc(String style) throws IOException {
        Path out = Path.of("target/citations-corpus/" + style); // kept for a look after a failure
        SiteConfig config = SiteConfig.builder(CASE.resolve("essays"), out).style(style).build();
        BuildResult result = SiteBuilder.build(config);
        assertThat(result.diagnostics().errors()).isEmpty();

        boolean noteStyle = style.contains("notes");
        List<Comparison> comparisons = new ArrayList<>();
        List<String> essays;
        try (Stream<Path> files = Files.list(CASE.resolve("essays"))) {
            essays = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        assertThat(essays).hasSizeGreaterThanOrEqualTo(12);
        for (String essay : essays) {
            Document pandoc = Jsoup.parse(Files.readString(CASE.resolve("expected/" + style + "/" + essay + ".html")));
            Document ours = Jsoup.parse(out.resolve(essay + ".html"));
            if (noteStyle) {
                // our citation notes have no span around their marker: compare the paragraphs that hold markers
                compare(comparisons, style, essay, "paragraph", texts(pandoc.select("body > p:has(sup)")),
                        texts(ours.select("div.essay-body > p:has(sup)")));
            } else {
                compare(comparisons, style, essay, "citation", texts(pandoc.select("span.citation")),
                        texts(ours.select("article span.citation")));
            }
            compare(comparisons, style, essay, "note", notes(pandoc.select("section.footnotes li")),
                    notes(ours.select("section.footnotes li")));
            compareEntries(comparisons, style, essay, pandoc.select("div.csl-entry"),
                    ours.select("section#sources div.csl-entry"));
        }
        Document pandocAll = Jsoup.parse(Files.readString(CASE.resolve("expected/" + style + "/all.html")));
        Document site = Jsoup.parse(out.resolve("bibliography.html"));
        compareEntries(comparisons, style, "site", pandocAll.select("div.csl-entry"),
                site.select("section.bibliography div.csl-entry"));

        KnownDifferences known = KnownDifferences.read(CASE.resolve("known-differences.txt"));
        List<Comparison> differing = comparisons.stream().filter(c -> !c.equal()).toList();
        writeSeen(style, differing, known);
        Map<String, long[]> counts = new TreeMap<>();
        for (Comparison c : comparisons) {
            counts.computeIfAbsent(c.kind(), k -> new long[2])[c.equal() ? 0 : 1]++;
        }
        System.out.printf("%s: %s%n", style, counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + " equal, " + e.getValue()[1] + " different")
                .collect(Collectors.joining("; ")));

        assertThat(comparisons.stream().filter(c -> c.kind().equals(noteStyle ? "note" : "citation"))).hasSizeGreaterThan(50);
        assertThat(differing.stream().filter(c -> known.reason(c) == null).map(Comparison::describe))
                .as("differences from pandoc not in known-differences.txt").isEmpty();
        assertThat(known.forStyle(style).stream().filter(k -> !differing.contains(k)).map(Comparison::describe))
                .as("known differences that no longer occur (remove them from known-differences.txt)").isEmpty();
    }

    /** One compared text: where it is, pandoc's text and ours. */
    record Comparison(String style, String essay, String kind, int index, String pandoc, String essaykit) {
        boolean equal() {
            return pandoc.equals(essaykit);
        }

        String where() {
            return style + " " + essay + " " + kind + " " + index;
        }

        String describe() {
            return "@ " + where() + "\n- " + pandoc + "\n+ " + essaykit + "\n";
        }
    }

    private static void compare(List<Comparison> into, String style, String essay, String kind, List<String> pandoc,
            List<String> ours) {
        for (int i = 0; i < Math.max(pandoc.size(), ours.size()); i++) {
            into.add(new Comparison(style, essay, kind, i + 1, i < pandoc.size() ? pandoc.get(i) : "(none)",
                    i < ours.size() ? ours.get(i) : "(none)"));
        }
    }

    private void writeSeen(String style, List<Comparison> differing, KnownDifferences known) throws IOException {
        Path dir = Path.of("target/citations-corpus");
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder();
        for (Comparison c : differing) {
            String reason = known.reason(c);
            text.append("# ").append(reason == null ? "(not listed)" : reason).append('\n').append(c.describe()).append('\n');
        }
        Files.writeString(dir.resolve(style + ".txt"), text, StandardCharsets.UTF_8);
    }

    /**
     * Entries by id (so that one misplaced entry is one difference, not a shifted list), the
     * entry's number being its place in pandoc's list (or after them for ours alone); then the
     * order of the ids as one comparison of kind "order".
     */
    private static void compareEntries(List<Comparison> into, String style, String essay, List<Element> pandoc,
            List<Element> ours) {
        Map<String, String> theirs = entries(pandoc);
        Map<String, String> mine = entries(ours);
        Set<String> ids = new LinkedHashSet<>(theirs.keySet());
        ids.addAll(mine.keySet());
        int n = 0;
        for (String id : ids) {
            into.add(new Comparison(style, essay, "entry", ++n, theirs.getOrDefault(id, id + ": (none)"),
                    mine.getOrDefault(id, id + ": (none)")));
        }
        into.add(new Comparison(style, essay, "order", 1, String.join(" ", theirs.keySet()), String.join(" ", mine.keySet())));
    }
}
