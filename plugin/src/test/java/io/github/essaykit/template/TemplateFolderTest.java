package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's templates are the bytes it printed for its page keys, read once. */
class TemplateFolderTest {

    @TempDir
    Path dir;

    private final Views.Site site = new Views.Site("en", "Site", false, true);

    private String index(TemplateFolder folder) {
        return new Templates(folder, "templates").render("index", site, new Views.Index("", List.of()), Views.Publishing.NONE);
    }

    @Test
    void theTemplatesAreTheTextTheFolderHeldWhenItWasPrinted() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("index.mustache"), "first");
        TemplateFolder read = TemplateFolder.read(templates);

        // edited while the build runs, after its pages were keyed by this print
        Files.writeString(templates.resolve("index.mustache"), "edited");

        assertThat(index(read)).isEqualTo("first");
        TemplateFolder again = TemplateFolder.read(templates);
        assertThat(again.print()).isNotEqualTo(read.print());
        assertThat(index(again)).isEqualTo("edited");

        Files.writeString(templates.resolve("index.mustache"), "first"); // put back: the first print, and its text
        assertThat(TemplateFolder.read(templates).print()).isEqualTo(read.print());
        assertThat(index(TemplateFolder.read(templates))).isEqualTo("first");
    }

    @Test
    void thePrintCoversEveryFilesNameAndBytesInEveryFolder() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates/partials"));
        Files.writeString(dir.resolve("templates/style.css"), "a {}");
        String before = TemplateFolder.read(dir.resolve("templates")).print();
        assertThat(TemplateFolder.read(dir.resolve("templates")).print()).isEqualTo(before);

        Files.writeString(templates.resolve("x.mustache"), "x");
        String added = TemplateFolder.read(dir.resolve("templates")).print();
        assertThat(added).isNotEqualTo(before);
        Files.move(templates.resolve("x.mustache"), templates.resolve("y.mustache"));
        assertThat(TemplateFolder.read(dir.resolve("templates")).print()).isNotIn(before, added);
    }

    @Test
    void noFolderHoldsNothingAndTheDefaultsServe() {
        TemplateFolder none = TemplateFolder.read(dir.resolve("missing"));
        assertThat(none.folder()).isNull();
        assertThat(none.has("index.mustache")).isFalse();
        assertThat(index(none)).contains("<header class=\"site-header\">");
        assertThat(TemplateFolder.read(dir.resolve("missing")).print()).isEqualTo(none.print())
                .isNotEqualTo(TemplateFolder.read(null).print());
    }

    @Test
    void aNameLeadingOutOfTheFolderIsNotInIt() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("secret.mustache"), "outside");
        Files.writeString(templates.resolve("inside.mustache"), "inside");
        TemplateFolder read = TemplateFolder.read(templates);
        assertThat(read.has("inside.mustache")).isTrue();
        assertThat(read.has("./inside.mustache")).isTrue();
        assertThat(read.has("../secret.mustache")).isFalse();
        assertThat(read.has("../templates/../secret.mustache")).isFalse();
        assertThat(read.has("")).isFalse();
    }
}
