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
        assertThat(meta.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(meta.date()).contains(LocalDate.of(2012, 10, 16));
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
        assertThat(meta.authors()).containsExactly("Jane Doe");
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
                date: 16 October 1962
                draft: maybe
                ---
                """);
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                "a/essay.md:1:1: error: missing 'title' in the front matter; add a line such as 'title: \"My essay\"'",
                "a/essay.md:2:11: error: 'subtitle' must be a single text value",
                "a/essay.md:3:7: error: 'date' must be an ISO date such as 2026-11-29",
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
}
