package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.template.TemplateFolder;
import io.github.essaykit.template.Templates;
import io.github.essaykit.write.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateAssetsTest {

    @TempDir
    Path dir;

    private static String text(SiteFiles files, String path) {
        return new String(((SiteFiles.Bytes) files.get(path)).bytes(), StandardCharsets.UTF_8);
    }

    /** An asset the user's folder replaces is published as the build read it, with the print its pages were keyed by. */
    @Test
    void publishesTheAssetsTheBuildReadNotTheFilesAsTheyAreLater() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("essaykit.css"), "body { color: navy }");
        Files.writeString(templates.resolve(MathAssets.SCRIPT), "/* ours */");
        Templates read = new Templates(TemplateFolder.read(templates), "templates");
        Files.writeString(templates.resolve("essaykit.css"), "body { color: red }"); // edited while the build runs

        SiteFiles files = new SiteFiles();
        TemplateAssets.addTo(files, read, false);
        MathAssets.addTo(files, read);

        assertThat(text(files, "assets/essaykit.css")).isEqualTo("body { color: navy }");
        assertThat(text(files, "assets/" + MathAssets.SCRIPT)).isEqualTo("/* ours */");
        assertThat(text(files, "assets/essaykit.js")).as("the site template's").contains("function");
        assertThat(text(files, "assets/" + MathAssets.STYLESHEET)).as("the site template's").isNotBlank();
        assertThat(files.contains("assets/" + TemplateAssets.LIVE_RELOAD)).isFalse();
    }
}
