package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.template.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateMemoTest {

    @TempDir
    Path dir;

    @Test
    void theLastBuildsTemplatesAreGivenAgainOnlyWhileTheFolderHoldsTheSameFiles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(folder.resolve("note.mustache"), "first {{text}}");
        TemplateMemo memo = TemplateMemo.create();

        Templates first = memo.templates(folder, "templates");
        assertThat(first.render("note", new Text("a"))).isEqualTo("first a");
        assertThat(memo.templates(folder, "templates")).isSameAs(first);

        Files.writeString(folder.resolve("note.mustache"), "second {{text}}");
        Templates edited = memo.templates(folder, "templates");
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.render("note", new Text("a"))).isEqualTo("second a");

        Files.writeString(folder.resolve("other.mustache"), "a file added"); // another partial may now override a default
        assertThat(memo.templates(folder, "templates")).isNotSameAs(edited);
        assertThat(memo.templates(null, "")).as("another folder").isNotSameAs(edited);
    }

    @Test
    void outsideASessionEachBuildCompilesItsOwn() {
        assertThat(TemplateMemo.NONE.templates(null, "")).isNotSameAs(TemplateMemo.NONE.templates(null, ""));
    }

    public record Text(String text) {}
}
