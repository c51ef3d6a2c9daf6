package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source folder the build finds no essay in is named, not published as an empty site without a word. */
class EmptySourceFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFolderWithoutEssaysIsAWarningThatSaysWhatAnEssayIs() throws Exception {
        Path src = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(src.resolve("readme.txt"), "drafts live elsewhere");
        Files.createDirectories(src.resolve(".drafts"));
        Files.writeString(src.resolve(".drafts/hidden.md"), "# Not read");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("site")));
        assertThat(result.ok()).isTrue();
        assertThat(result.diagnostics().all()).extracting(Diagnostic::toString).containsExactly(
                ": warning: no essays here: an essay is a .md, .markdown, .qmd or .Rmd file in this folder or below it "
                        + "(hidden folders and target/ are not read); check sourceDirectory (-Dessay.sourceDirectory=...)");
    }

    @Test
    void aSourceFolderThatIsALinkIsRead() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("harbour.md"), "---\ntitle: The Harbour\n---\nCranes at dawn.\n");
        Path link = Files.createSymbolicLink(dir.resolve("essays"), real);
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(link, dir.resolve("site")));
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(result.stats().essays()).isEqualTo(1);
        assertThat(dir.resolve("site/harbour.html")).content().contains("Cranes at dawn.");
    }
}
