package io.github.essaykit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.resolve.Labels;
import io.github.essaykit.resolve.NoteNumbering;
import io.github.essaykit.resolve.Notes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract of an essay's parse (front matter, Markdown with citations, cross-references,
 * labels and notes) and of numbering its notes and labels: any bytes give an essay and
 * diagnostics, never an exception or a stack overflow. In a normal build this runs the seeds in
 * {@code EssayFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (docs/testing.md).
 */
class EssayFuzzTest {

    private static final EssayParser PARSER = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);
    private static final SourceFile FILE = new SourceFile("fuzz.md", Path.of("fuzz.md"));

    @FuzzTest(maxDuration = "2m")
    void essay(byte[] bytes) {
        EssayParser.Result result = PARSER.parse(FILE, bytes);
        ParsedEssay essay = result.essay();
        if (essay == null) { // not UTF-8: said once, at the file
            assertThat(result.diagnostics().errors()).singleElement().satisfies(d -> assertThat(d.file()).isEqualTo("fuzz.md"));
            return;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics().all());
        Labels.assign(essay, true, diagnostics);
        for (boolean noteStyle : new boolean[] {false, true}) {
            Notes notes = NoteNumbering.number(essay, noteStyle, diagnostics);
            assertThat(notes.inOrder()).allSatisfy(note -> assertThat(note.body()).isNotNull());
        }
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.file()).isEqualTo("fuzz.md"));
    }
}
