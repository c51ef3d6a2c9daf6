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

/** Every citation link previews its source with that citation's locators for it, as essaykit.js reads them. */
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
        // each source its own link (CitationLinksTest), so each link previews one source with its own locator
        var links = Jsoup.parse(dir.resolve("out/a.html")).select("a.cite-link");
        // the two Kaplan cites are printed together, "(Kaplan 2001, 84; 2001, 85–86; May and Zelikow 1997)", as pandoc does
        assertThat(links.eachAttr("data-preview")).containsExactly("ref-kaplan2001", "ref-kaplan2001", "ref-may1997",
                "ref-may1997", "ref-kaplan2001");
        assertThat(links.subList(0, 3)).extracting(Element::text).as("link texts as pandoc's")
                .containsExactly("Kaplan 2001, 84", "2001, 85–86", "May and Zelikow 1997");
        Element first = links.get(0), second = links.get(1), fourth = links.get(3);
        assertThat(first.attr("data-locators")).isEqualTo("p. 84");
        assertThat(second.attr("data-locators")).isEqualTo("p. 85–86");
        assertThat(links.get(2).hasAttr("data-locators")).isFalse();
        assertThat(fourth.attr("data-locators")).isEqualTo("p. 12");
    }
}
