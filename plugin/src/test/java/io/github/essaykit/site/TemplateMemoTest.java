package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.template.TemplateFolder;
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

        Templates first = templates(memo, folder);
        assertThat(first.render("note", new Text("a"))).isEqualTo("first a");
        assertThat(templates(memo, folder)).isSameAs(first);

        Files.writeString(folder.resolve("note.mustache"), "second {{text}}");
        Templates edited = templates(memo, folder);
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.render("note", new Text("a"))).isEqualTo("second a");

        Files.writeString(folder.resolve("other.mustache"), "a file added"); // another partial may now override a default
        assertThat(templates(memo, folder)).isNotSameAs(edited);
        assertThat(templates(memo, null)).as("another folder").isNotSameAs(edited);
    }

    @Test
    void outsideASessionEachBuildCompilesItsOwn() {
        assertThat(templates(TemplateMemo.NONE, null)).isNotSameAs(templates(TemplateMemo.NONE, null));
    }

    /** As a build asks: with the folder's print as it is now. */
    private static Templates templates(TemplateMemo memo, Path folder) {
        return memo.templates(TemplateFolder.read(folder), folder == null ? "" : "templates");
    }

    public record Text(String text) {}
}
