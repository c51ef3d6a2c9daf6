package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.write.SiteFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A style with no {@code <bibliography>} (some journals' citation-only styles) formats the
 * citations and lists no entries, as pandoc does; citeproc-java alone throws on it.
 */
class CitationsOnlyStyleTest {

    @TempDir
    Path dir;

    @Test
    void citesWithoutABibliography() throws Exception {
        String full;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("chicago-author-date.csl")) {
            full = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String citationsOnly = full.replaceAll("(?s)<bibliography.*?</bibliography>", "");
        assertThat(citationsOnly).doesNotContain("<bibliography").contains("<citation");
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("cites.csl"), citationsOnly);
        Files.writeString(src.resolve("refs.bib"), "@book{doe2000, author = {Doe, Jane}, title = {Tides}, year = 2000}\n");
        Files.writeString(src.resolve("a.md"), "---\ntitle: A\ncsl: cites.csl\nbibliography: refs.bib\n---\n\nText [@doe2000, 4].\n");

        BuildResult result = SiteBuilder.compile(SiteConfig.defaults(src, dir.resolve("out")));

        assertThat(result.diagnostics().all()).isEmpty();
        String page = new String(((SiteFiles.Bytes) result.files().all().get("a.html")).bytes(), StandardCharsets.UTF_8);
        assertThat(page).contains("(Doe 2000, 4)").doesNotContain("csl-entry");
    }
}
