package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values from front matter and bibliographies are data, never markup, on every page. */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void nothingFromInputRunsOrEscapesItsElement() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("sources.bib"), """
                @misc{evil,
                  author = {<script>alert(1)</script> and Doe, Jane},
                  title = {<img src=x onerror=alert(2)> "quoted" & more},
                  year = {2020},
                  url = {javascript:alert(3)},
                  note = {</div><script>alert(4)</script>}
                }
                """);
        Files.writeString(src.resolve("essay.md"), """
                ---
                title: "<img src=x onerror=alert(5)>"
                subtitle: "</p><script>alert(6)</script>"
                author: ["\\" onmouseover=\\"alert(7)"]
                summary: "<b>bold</b>"
                tags: ["<i>t</i>"]
                ---
                Cited [@evil]. A [link](javascript:alert(10)) and ![a picture](javascript:alert(11)).

                <script>alert(8)</script><span onclick="alert(9)">raw</span>
                """);
        Path out = dir.resolve("out");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(result.diagnostics().errors()).isEmpty();
        assertThat(result.diagnostics().warnings()).anySatisfy(w -> assertThat(w.message()).contains("removed raw HTML"));

        try (Stream<Path> pages = Files.walk(out)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page);
                assertThat(doc.select("script:not([src])")).as(page + ": inline script").isEmpty();
                assertThat(doc.select("img[src=x]")).as(page + ": injected element").isEmpty();
                for (Element e : doc.getAllElements()) {
                    e.attributes().forEach(a -> {
                        assertThat(a.getKey()).as(page + ": handler attribute").doesNotStartWith("on");
                        assertThat(a.getValue().strip().toLowerCase()).as(page + ": script URL").doesNotStartWith("javascript:");
                    });
                }
            }
        }
        Document essay = Jsoup.parse(out.resolve("essay.html"));
        assertThat(essay.selectFirst("h1").text()).isEqualTo("<img src=x onerror=alert(5)>");
        assertThat(essay.selectFirst(".subtitle").text()).isEqualTo("</p><script>alert(6)</script>");
        assertThat(essay.selectFirst("#sources .csl-entry").text()).containsIgnoringCase("<img src=x onerror=alert(2)>")
                .contains("javascript:alert(3)");
        assertThat(essay.select("#sources a[href^=javascript]")).isEmpty();
        assertThat(essay.select(".essay-body span:not(.citation)").text()).isEqualTo("raw");
    }
}
