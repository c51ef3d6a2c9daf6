package io.github.essaykit.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data-preview and data-locators stay paired by position, as essaykit.js reads them. */
class CitationPreviewAttributesTest {
    @TempDir Path dir;

    @Test
    void aSourceCitedTwiceInOneCitationKeepsItsLocatorsAndTheOthersTheirs() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.copy(Path.of("../content/src/essays/sources.bib"), src.resolve("sources.bib"));
        Files.writeString(src.resolve("a.md"), """
                ---
                title: A
                date: 2024-01-02
                ---
                Text [@kaplan2001, 84; @may1997; @kaplan2001, 85-86] and [@may1997, 12; @kaplan2001].
                """);
        BuildResult r = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("out")));
        assertThat(r.diagnostics().errors()).isEmpty();
        var links = Jsoup.parse(dir.resolve("out/a.html")).select("a.cite-link");
        Element first = links.get(0), second = links.get(1);
        assertThat(first.attr("data-preview")).isEqualTo("ref-kaplan2001 ref-may1997");
        assertThat(first.attr("data-locators")).isEqualTo("p. 84; p. 85–86|");
        assertThat(second.attr("data-preview")).isEqualTo("ref-may1997 ref-kaplan2001");
        assertThat(second.attr("data-locators")).isEqualTo("p. 12|");
    }
}
