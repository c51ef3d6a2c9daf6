package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.bench.PathologicalCases;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.resolve.NoteNumbering;
import io.github.essaykit.resolve.Notes;
import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.SourceLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that took quadratic time or crashed, at sizes where that showed (minutes, or a
 * StackOverflowError): each now gives the right result. No timing is asserted here; the times at
 * doubling sizes come from {@link io.github.essaykit.bench.PathologicalBenchmark}.
 */
class PathologicalInputTest {

    @TempDir
    Path dir;

    @Test
    void aCslJsonFileOf20000ItemsLoadsWithTheLineOfEachId() throws Exception {
        Path src = PathologicalCases.CSL_JSON_ITEMS.write(dir, 20_000);
        Path file = src.resolve("sources.json");
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.lastIndexOf(']')) + ",\n  {\"id\": \"k7\", \"type\": \"book\"}\n]\n");
        LoadedSources loaded = SourceLoader.create(src).load(List.of(file));
        assertThat(loaded.library().size()).isEqualTo(20_000);
        assertThat(loaded.library().expect("k19999").line()).isEqualTo(2 + 3 * 19_999);
        assertThat(loaded.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3 + 3 * 20_000);
            assertThat(d.message()).contains("'k7' is defined twice").contains("sources.json:" + (2 + 3 * 7));
        });
    }

    @Test
    void aCslYamlFileOver3MiBLoads() throws Exception {
        Path src = PathologicalCases.CSL_YAML_ITEMS.write(dir, 30_000);
        Path file = src.resolve("sources.yaml");
        assertThat(Files.size(file)).isGreaterThan(3L << 20);
        LoadedSources loaded = SourceLoader.create(src).load(List.of(file));
        assertThat(loaded.diagnostics().all()).isEmpty();
        assertThat(loaded.library().size()).isEqualTo(30_000);
        assertThat(loaded.library().expect("k29999").line()).isEqualTo(1 + 7 * 29_999);
    }

    @Test
    void nestingTooDeepIsAnErrorAtItsPlaceNotAStackOverflow() throws Exception {
        Files.writeString(dir.resolve("deep.json"), "[".repeat(20_000));
        Files.writeString(dir.resolve("deep.yaml"), "- ".repeat(20_000) + "x\n");
        Files.writeString(dir.resolve("flow.yaml"), "[".repeat(20_000));
        LoadedSources loaded = SourceLoader.create(dir).load(
                List.of(dir.resolve("deep.json"), dir.resolve("deep.yaml"), dir.resolve("flow.yaml")));
        assertThat(loaded.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "deep.json:1:101: error: malformed CSL-JSON: arrays and objects are nested more than 100 levels deep here;"
                        + " essaykit reads no deeper",
                "deep.yaml:1:201: error: malformed CSL-YAML: lists and mappings are nested more than 100 levels deep here;"
                        + " essaykit reads no deeper",
                "flow.yaml:1:101: error: malformed CSL-YAML: lists and mappings are nested more than 100 levels deep here;"
                        + " essaykit reads no deeper");

        List<Diagnostic> diagnostics = new ArrayList<>();
        parse("---\ntitle: Deep\ntags: " + "[".repeat(20_000) + "\n---\nText.", diagnostics);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("nested more than 100 levels deep");
        });
    }

    @Test
    void aChainOf5000NotesEachReferencingTheNextIsNumberedInReadingOrder() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ParsedEssay essay = parse(PathologicalCases.FOOTNOTE_CHAIN.essayText(5_000), diagnostics);
        Notes notes = NoteNumbering.number(essay, false, diagnostics);
        assertThat(diagnostics).isEmpty();
        assertThat(notes.inOrder()).hasSize(5_000);
        assertThat(notes.forLabel("n0").number()).isEqualTo(1);
        assertThat(notes.forLabel("n4999").number()).isEqualTo(5_000);
        // the citation in the last note is read in that note
        assertThat(notes.citations()).hasSize(2);
        assertThat(notes.citations().get(1).inNote().number()).isEqualTo(5_000);
    }

    @Test
    void fiftyThousandUnclosedNoteMarkersStillFindTheUndefinedOne() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ParsedEssay essay = parse("[^".repeat(50_000) + " [^missing] and ^[".repeat(2) + "x", diagnostics);
        NoteNumbering.number(essay, false, diagnostics);
        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
                "note [^missing] has no definition; add a line '[^missing]: The note.'",
                "note [^missing] has no definition; add a line '[^missing]: The note.'");
        assertThat(diagnostics.get(0).column()).isEqualTo(100_002);
    }

    @Test
    void twentyThousandCitationsInOneParagraphAreEachACitation() {
        String text = "[@k0, p. 1] @k1 [2] ".repeat(10_000);
        List<Citation> citations = citations(parse(text, new ArrayList<>()));
        assertThat(citations).hasSize(20_000);
        assertThat(citations.get(19_999).items()).singleElement().satisfies(item -> {
            assertThat(item.key()).isEqualTo("k1");
            assertThat(item.mode()).isEqualTo(CiteItem.Mode.AUTHOR_IN_TEXT);
            assertThat(item.locator()).isEqualTo("2");
        });
    }

    @Test
    void aNarrativeSuffixLongerThanTheLookaheadStaysText() {
        String shortSuffix = "@k0 [" + "x".repeat(900) + "]";
        String longSuffix = "@k0 [" + "x".repeat(1_000) + "]";
        assertThat(citations(parse(shortSuffix, new ArrayList<>())).get(0).items().get(0).suffix()).endsWith("x".repeat(900));
        Citation bare = citations(parse(longSuffix, new ArrayList<>())).get(0);
        assertThat(bare.items().get(0).suffix()).isEmpty();
        assertThat(bare.getNext()).isNotNull();
    }

    @Test
    void unclosedOpenersOfEveryKindParseToText() {
        for (PathologicalCases c : List.of(PathologicalCases.CITATION_OPENERS, PathologicalCases.NARRATIVE_BRACKETS,
                PathologicalCases.BRACED_KEYS, PathologicalCases.INLINE_NOTE_OPENERS)) {
            List<Diagnostic> diagnostics = new ArrayList<>();
            ParsedEssay essay = parse(c.essayText(20_000).replaceFirst("(?s)^---.*?---\n", ""), diagnostics);
            NoteNumbering.number(essay, true, diagnostics);
            assertThat(diagnostics).as(c.title()).isEmpty();
            assertThat(essay.document().getFirstChild()).as(c.title()).isNotNull();
        }
        assertThat(citations(parse(PathologicalCases.NARRATIVE_BRACKETS.essayText(20_000), new ArrayList<>())))
                .hasSize(20_000).allSatisfy(citation -> assertThat(citation.items().get(0).suffix()).isEmpty());
    }

    @Test
    void unclosedQuotesAttributesSpansAndScriptsStayText() {
        String quotes = textOf(parse(PathologicalCases.UNCLOSED_QUOTES.essayText(20_000), new ArrayList<>()));
        assertThat(quotes).isEqualTo("“’a”’a ".repeat(10_000).strip()); // pandoc 2.17 on 3 of them: “’a”’a “’a
        for (PathologicalCases c : List.of(PathologicalCases.ATTRIBUTE_OPENERS, PathologicalCases.SPAN_OPENERS,
                PathologicalCases.SCRIPT_OPENERS, PathologicalCases.HEADING_BRACES)) {
            String body = c.essayText(20_000).replaceFirst("(?s)^---.*?---\n", "").strip()
                    .replaceFirst("^# ", "").replace("`", "");
            String text = textOf(parse(c.essayText(20_000), new ArrayList<>()));
            // the same characters come out (a straight quote curled), none taken for markup
            assertThat(text.replace("”", "\"").replace("“", "\"")).as(c.title()).isEqualTo(body);
        }
    }

    private static String textOf(ParsedEssay essay) {
        StringBuilder text = new StringBuilder();
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    private static ParsedEssay parse(String text, List<Diagnostic> diagnostics) {
        String essay = text.startsWith("---\n") ? text : "---\ntitle: T\n---\n" + text;
        EssayParser parser = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);
        return parser.parse(new SourceFile("e.md", Path.of("e.md")), essay, diagnostics).essay();
    }

    private static List<Citation> citations(ParsedEssay essay) {
        List<Citation> found = new ArrayList<>();
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Citation citation) {
                    found.add(citation);
                }
                visitChildren(node);
            }
        });
        return found;
    }
}
