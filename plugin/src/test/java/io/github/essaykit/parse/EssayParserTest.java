package io.github.essaykit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.markdown.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.junit.jupiter.api.Test;

class EssayParserTest {

    private final EssayParser parser = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);

    private EssayParser.Result parse(String text) {
        return parser.parse(new SourceFile("a/essay.md", Path.of("a/essay.md")), text, new ArrayList<>());
    }

    @Test
    void readsEveryFrontMatterField() {
        EssayParser.Result result = parse("""
                ---
                title: "The Other Missiles of October"
                subtitle: Why the trade stayed secret
                author: [Jane Doe, John Roe]
                date: 2012-10-16
                summary: "One paragraph."
                tags: [cold-war, diplomacy]
                bibliography: extra.bib
                nocite: "@allison1971, @{odd key}"
                draft: true
                numberSections: true
                ---
                Text.
                """);
        FrontMatter meta = result.essay().meta();
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(meta.title()).isEqualTo("The Other Missiles of October");
        assertThat(meta.subtitle()).isEqualTo("Why the trade stayed secret");
        assertThat(meta.authorNames()).containsExactly("Jane Doe", "John Roe");
        assertThat(meta.date()).contains(EssayDate.day(LocalDate.of(2012, 10, 16)));
        assertThat(meta.tags()).containsExactly("cold-war", "diplomacy");
        assertThat(meta.bibliography()).containsExactly("extra.bib");
        assertThat(meta.nocite()).containsExactly("allison1971", "odd key");
        assertThat(meta.draft()).isTrue();
        assertThat(meta.numberSections()).contains(true);
        assertThat(meta.lineOf("bibliography")).isEqualTo(8);
    }

    @Test
    void authorMayBeOneString() {
        FrontMatter meta = parse("---\ntitle: T\nauthor: Jane Doe\nnocite: \"@*\"\n---\n").essay().meta();
        assertThat(meta.authors()).containsExactly(Author.named("Jane Doe"));
        assertThat(meta.nocite()).containsExactly("*");
    }

    @Test
    void markdownPositionsAreTheFilesOwnLines() {
        EssayParser.Result result = parse("---\ntitle: T\n---\n\n## Heading\n");
        Heading heading = (Heading) result.essay().document().getFirstChild();
        assertThat(SourcePosition.of(heading)).isEqualTo(new SourcePosition(5, 1));
    }

    @Test
    void reportsProblemsWithTheirPositions() {
        EssayParser.Result result = parse("""
                ---
                subtitle: [not, text]
                date: 31 October 19620
                draft: maybe
                ---
                """);
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "a/essay.md:2:11: error: 'subtitle' must be a single text value",
                "a/essay.md:3:7: warning: '31 October 19620' is not a date essaykit can read, so it is shown as written and the"
                        + " essay is listed with the undated ones; write 2021-01-29, \"29 January 2021\", \"January 2021\" or 2021",
                "a/essay.md:4:8: error: 'draft' must be true or false");
    }

    @Test
    void invalidYamlNamesItsLine() {
        List<Diagnostic> all = parse("---\ntitle: T\nsummary: \"open\n---\nText\n").diagnostics().all();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).toString()).startsWith("a/essay.md:").contains("front matter is not valid YAML");
        assertThat(all.get(0).line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertThat(parse("---\ntitle: T\nText\n").diagnostics().all())
                .extracting(Diagnostic::message)
                .contains("the front matter opened on line 1 is never closed; end it with a line '---'");
    }

    private EssayParser.Result parseBytes(byte[] bytes) {
        return parser.parse(new SourceFile("a/essay.md", Path.of("a/essay.md")), bytes);
    }

    private static final String LF_ESSAY = "---\ntitle: Harbours\ndate: 16 October\n---\n\n## Cranes\n\nText [^1].\n\n[^1]: A note.\n";

    @Test
    void crlfAndCrOnlyFilesMeanWhatTheLfFileMeansAtTheSameLines() {
        EssayParser.Result lf = parseBytes(LF_ESSAY.getBytes(StandardCharsets.UTF_8));
        for (String ending : List.of("\r\n", "\r")) {
            EssayParser.Result other = parseBytes(LF_ESSAY.replace("\n", ending).getBytes(StandardCharsets.UTF_8));
            assertThat(other.essay().meta().title()).as(ending.replace("\r", "CR").replace("\n", "LF")).isEqualTo("Harbours");
            assertThat(other.diagnostics()).isEqualTo(lf.diagnostics());
            assertThat(other.diagnostics().all()).extracting(Diagnostic::toString)
                    .containsExactly("a/essay.md:3:7: warning: '16 October' is not a date essaykit can read, so it is shown as"
                            + " written and the essay is listed with the undated ones; write 2021-01-29, \"29 January 2021\","
                            + " \"January 2021\" or 2021");
            Heading heading = (Heading) other.essay().document().getFirstChild();
            assertThat(SourcePosition.of(heading)).isEqualTo(new SourcePosition(6, 1));
            assertThat(SourcePosition.of(other.essay().document().getLastChild())).isEqualTo(new SourcePosition(10, 1));
        }
    }

    @Test
    void aLatin1EssayIsReportedAtTheBadByte() {
        byte[] latin1 = "---\ntitle: T\n---\n\nOne.\nA caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(parseBytes(latin1).diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "a/essay.md:6:6: error: byte 0xE9 is not valid UTF-8 text; save the file as UTF-8, or set "
                        + "project.build.sourceEncoding (or -Dessay.encoding=...) to the encoding it is saved in");
    }

    @Test
    void aDuplicateFrontMatterKeyIsAnErrorAtTheSecondNamingTheFirst() {
        EssayParser.Result result = parse("---\ntitle: First\nauthor: A\n  \ntitle: Second\n---\nText.\n");
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "a/essay.md:5:1: error: 'title' is given twice in the front matter (first on line 2); keep one");
        assertThat(result.essay().meta().title()).isEqualTo("First");
    }

    @Test
    void aByteOrderMarkBeforeTheFrontMatterIsNotPartOfIt() {
        EssayParser.Result result = parseBytes("\uFEFF---\r\ntitle: T\r\n---\r\nText.\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(result.essay().meta().title()).isEqualTo("T");
    }

    @Test
    void anEmptyFileSaysHowToStartAndOneWithoutFrontMatterTakesItsTitleFromItsHeading() {
        assertThat(parseBytes(new byte[0]).diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "a/essay.md:1:1: error: the essay is empty; start it with the three lines '---', 'title: \"My essay\"', '---'");
        EssayParser.Result result = parse("# A heading\n\nText.\n");
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "a/essay.md:1:1: warning: no 'title' in the front matter, so the first heading 'A heading' is the title"
                        + " (and leaves the body); add 'title: \"...\"' to choose it");
        assertThat(result.essay().meta().title()).isEqualTo("A heading");
    }

    @Test
    void aFileOfOnlyFrontMatterIsAnEssayWithoutText() {
        for (String text : List.of("---\ntitle: T\n---", "---\ntitle: T\n---\n", "---\r\ntitle: T\r\n...")) {
            EssayParser.Result result = parseBytes(text.getBytes(StandardCharsets.UTF_8));
            assertThat(result.diagnostics().all()).isEmpty();
            assertThat(result.essay().meta().title()).isEqualTo("T");
            assertThat(result.essay().document().getFirstChild()).isNull();
        }
    }

    @Test
    void aHugeSingleLineParses() {
        String line = "word ".repeat(400_000);
        EssayParser.Result result = parseBytes(("---\ntitle: T\n---\n" + line).getBytes(StandardCharsets.UTF_8));
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(SourcePosition.of(result.essay().document().getFirstChild())).isEqualTo(new SourcePosition(4, 1));
    }
}
