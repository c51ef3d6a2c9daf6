package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entries issue 11 found mangled (a braced family name that lost its given name, an umlaut
 * that lost both authors, {@code Corb{\'\i}} cut to "Corb", a protected {@code {ggplot2}} that
 * title case capitalised), built as a site and compared with
 * {@code pandoc --citeproc --bibliography sources.bib --csl STYLE.csl -t html} (pandoc 2.17).
 */
class BibTeXSourcesTest {

    @TempDir
    Path dir;

    private static final String BIB = """
            @article{lewinkoh,
              author = {{Lewin-Koh}, Nicholas and Corb{\\'\\i}, Alba},
              title = {Brace-Protected {JATS}, {ISO} and {ggplot2} Words},
              journal = {Journal of Hard Cases},
              year = {2001},
              volume = {12},
              number = {3},
              pages = {n/a--n/a},
            }
            @book{muller,
              author = {M\\"{u}ller, Hans and Doe, Jane},
              title = {Zwei Namen},
              publisher = {Harbour Press},
              year = 2000,
            }
            @book{who,
              author = {{World Health Organization}},
              title = {A Report on Things},
              publisher = {{WHO} Press},
              year = {2019},
            }
            """;

    private Document build(String style) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("sources.bib"), BIB);
        Files.writeString(src.resolve("essay.md"), "---\ntitle: E\n---\nSee [@lewinkoh; @muller; @who].\n");
        Path out = dir.resolve("out-" + style);
        SiteConfig config = SiteConfig.builder(src, out).style(style).build();
        BuildResult result = SiteBuilder.build(config);
        assertThat(result.diagnostics().errors()).isEmpty();
        return Jsoup.parse(out.resolve("essay.html"));
    }

    /** Each bibliography entry's text, without the site's link back to the citation. */
    private static List<String> entries(Document page) {
        return page.select("#sources .csl-entry").eachText().stream().map(t -> t.replaceAll(" ↩$", "")).toList();
    }

    @Test
    void chicagoAuthorDateAsPandocPrintsIt() throws Exception {
        Document page = build("chicago-author-date");
        assertThat(page.selectFirst(".citation").text())
                .isEqualTo("(Lewin-Koh and Corbı́ 2001; Müller and Doe 2000; World Health Organization 2019)");
        assertThat(entries(page)).containsExactly(
                "Lewin-Koh, Nicholas, and Alba Corbı́. 2001. “Brace-Protected JATS, ISO and ggplot2 Words.” "
                        + "Journal of Hard Cases 12 (3): n/a–n/a.",
                "Müller, Hans, and Jane Doe. 2000. Zwei Namen. Harbour Press.",
                "World Health Organization. 2019. A Report on Things. WHO Press.");
    }

    @Test
    void apaAsPandocPrintsIt() throws Exception {
        Document page = build("apa");
        assertThat(page.selectFirst(".citation").text())
                .isEqualTo("(Lewin-Koh & Corbı́, 2001; Müller & Doe, 2000; World Health Organization, 2019)");
        assertThat(entries(page)).containsExactly(
                "Lewin-Koh, N., & Corbı́, A. (2001). Brace-protected JATS, ISO and ggplot2 words. Journal of Hard "
                        + "Cases, 12(3), n/a–n/a.",
                "Müller, H., & Doe, J. (2000). Zwei namen. Harbour Press.",
                "World Health Organization. (2019). A report on things. WHO Press.");
    }
}
