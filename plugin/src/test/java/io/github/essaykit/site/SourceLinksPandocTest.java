package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.write.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The links of a bibliography built from Zotero-style CSL-JSON and Better BibTeX CSL-YAML
 * (src/test/resources/csl-notes), against pandoc 2.17's with apa.csl: the same entries link the
 * same addresses with the same text. pandoc writes an address as the source holds it
 * ({@code href="https://doi.org/10.5555/a b&lt;c&gt;"}), which a browser percent-encodes before
 * following it; we write it percent-encoded (a valid href, the same address), and a
 * {@code javascript:} address is text, never a link.
 */
class SourceLinksPandocTest {

    static final Path DIR = Path.of("src/test/resources/csl-notes");

    @TempDir
    Path dir;

    @Test
    void cslJsonLinksAreTheAddressesPandocLinks() throws Exception {
        String page = build("zotero.json");
        Map<String, List<String>> ours = links(page);
        Map<String, List<String>> pandoc = pandocLinks("expected-apa.html");
        assertThat(pandoc.get("script")).as("pandoc links it as https://javascript:alert(1)")
                .containsExactly("https://javascript:alert(1) | javascript:alert(1)");
        assertThat(ours.remove("script")).as("ours is text").isEmpty();
        pandoc.remove("script");
        assertThat(ours).isEqualTo(pandoc);
        assertThat(ours.get("odd-addresses")).containsExactly(
                "https://doi.org/10.5555/a%20b%3Cc%3E | https://doi.org/10.5555/a b<c>");
        assertThat(ours.get("odd-url")).containsExactly(
                "https://example.org/a%20page/%3Cdraft%3E%20v2?q=x%20y&z=%601%60#part%202"
                        + " | https://example.org/a page/<draft> v2?q=x y&z=`1`#part 2");
        assertThat(Jsoup.parse(page).select("#ref-odd-addresses a.entry-link")).as("an address shown as itself").hasSize(1);
        assertThat(Jsoup.parse(page).select("#ref-script").text()).contains("javascript:alert(1)");
    }

    @Test
    void cslYamlLinksAreTheAddressesPandocLinks() throws Exception {
        assertThat(links(build("zotero.yaml"))).isEqualTo(pandocLinks("expected-yaml-apa.html"))
                .containsEntry("yaml-note", List.of()); // pandoc reads no variable from a YAML note
    }

    @Test
    void aJavascriptAddressIsStillOneWarningAtItsItem() throws Exception {
        List<String> warnings = compile("zotero.json").diagnostics().all().stream()
                .filter(d -> d.message().contains("javascript")).map(Diagnostic::toString).toList();
        assertThat(warnings).containsExactly("sources.json:55:1: warning: source 'script': the URL 'javascript:alert(1)' is not "
                + "linked: only http, https, mailto and relative URLs are published");
    }

    private BuildResult compile(String bibliography) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        String extension = bibliography.substring(bibliography.lastIndexOf('.'));
        Files.copy(DIR.resolve(bibliography), src.resolve("sources" + extension));
        Files.writeString(src.resolve("essay.md"), "---\ntitle: All\nnocite: '@*'\n---\nEvery source is listed.\n");
        return SiteBuilder.compile(SiteConfig.builder(src, dir.resolve("out")).style("apa").build());
    }

    private String build(String bibliography) throws Exception {
        BuildResult result = compile(bibliography);
        assertThat(result.diagnostics().errors()).isEmpty();
        return new String(((SiteFiles.Bytes) result.files().all().get("essay.html")).bytes(), StandardCharsets.UTF_8);
    }

    /** Entry id → "href | text" of each link in it, from our page (entries are {@code #ref-key}). */
    private static Map<String, List<String>> links(String page) {
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (Element entry : Jsoup.parse(page).select("[id^=ref-]")) {
            links.put(entry.id().substring(4), entry.select("a[href]").stream()
                    .filter(a -> !a.hasClass("archive-link") && !a.attr("href").startsWith("#"))
                    .map(a -> a.attr("href") + " | " + a.text()).toList());
        }
        return links;
    }

    /** The same from pandoc's output, each href percent-encoded as a browser does before following it. */
    private static Map<String, List<String>> pandocLinks(String file) throws Exception {
        Document doc = Jsoup.parse(Files.readString(DIR.resolve(file)));
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (Element entry : doc.select("div.csl-entry")) {
            links.put(entry.id().substring(4), entry.select("a[href]").stream()
                    .map(a -> browserEncoded(a.attr("href")) + " | " + a.text()).toList());
        }
        return links;
    }

    /** WHATWG URL parsing's percent-encoding of what an href may not hold as is (space, quotes, {@code < > `}). */
    private static String browserEncoded(String href) {
        StringBuilder out = new StringBuilder();
        for (char c : href.toCharArray()) {
            out.append(" \"<>`".indexOf(c) >= 0 ? String.format("%%%02X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
