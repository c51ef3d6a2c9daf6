package io.github.essaykit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.parse.ParsedEssay;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.junit.jupiter.api.Test;

class NoteNumberingTest {

    static ParsedEssay essay(String markdown) {
        EssayParser parser = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);
        return parser.parse(new SourceFile("e.md", Path.of("e.md")), "---\ntitle: T\n---\n" + markdown, new ArrayList<>()).essay();
    }

    @Test
    void numbersNotesByFirstReferenceNotByDefinition() {
        List<Diagnostic> problems = new ArrayList<>();
        Notes notes = NoteNumbering.number(essay("""
                [^z]: Defined first, used second.

                One[^a], inline^[In place.], two[^z], again[^a].

                [^a]: Used first.
                """), false, problems);
        assertThat(problems).isEmpty();
        assertThat(notes.inOrder()).extracting(Notes.Note::number).containsExactly(1, 2, 3);
        assertThat(notes.forLabel("a").number()).isEqualTo(1);
        assertThat(notes.forLabel("a").references()).isEqualTo(2);
        assertThat(notes.forLabel("z").number()).isEqualTo(3);
        assertThat(notes.forLabel("z").body()).isInstanceOf(FootnoteDefinition.class);
        assertThat(notes.forLabel("a").referenceId(2)).isEqualTo("fnref-1-2");
    }

    @Test
    void markerWithoutDefinitionIsAnErrorAtItsColumn() {
        List<Diagnostic> problems = new ArrayList<>();
        NoteNumbering.number(essay("Some text[^nope] here.\n"), false, problems);
        assertThat(problems).extracting(Diagnostic::toString).containsExactly(
                "e.md:4:10: error: note [^nope] has no definition; add a line '[^nope]: The note.'");
    }

    @Test
    void anEscapedMarkerIsTextButAMarkerAfterDashesIsStillReported() {
        List<Diagnostic> problems = new ArrayList<>();
        NoteNumbering.number(essay("An option\\[\\^1\\] -- as text.\n\nA dash -- then... [^nope] here.\n"), false, problems);
        assertThat(problems).extracting(Diagnostic::toString).containsExactly(
                "e.md:6:19: error: note [^nope] has no definition; add a line '[^nope]: The note.'");
    }

    @Test
    void unusedDefinitionIsAWarning() {
        List<Diagnostic> problems = new ArrayList<>();
        NoteNumbering.number(essay("Text.\n\n[^spare]: Never used.\n"), false, problems);
        assertThat(problems).extracting(Diagnostic::toString).containsExactly(
                "e.md:6:1: warning: note [^spare] is defined but never referenced; reference it or delete it");
    }

    @Test
    void codeIsNotAMarker() {
        List<Diagnostic> problems = new ArrayList<>();
        NoteNumbering.number(essay("Write `[^x]` for a note.\n\n    [^y] in a code block\n"), false, problems);
        assertThat(problems).isEmpty();
    }
}
