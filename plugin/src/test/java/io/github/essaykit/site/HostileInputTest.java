package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.safety.ContentSecurityPolicy;
import io.github.essaykit.safety.UrlPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values from front matter and bibliographies are data, never markup, on every page. */
class HostileInputTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "hostile-corpus");
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "xlink:href",
            "cite", "data", "background", "srcset", "ping", "lowsrc", "dynsrc");
    /** A character reference that lost its semicolon ("Sons&gt (2019)"). */
    static final Pattern BROKEN_REFERENCE = Pattern.compile("&(?:gt|lt|amp|quot|#\\d+|#x[0-9a-fA-F]+)(?![;0-9a-zA-Z])");

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
                // JSON-LD is data the browser never runs (PublishingSiteTest parses it)
                assertThat(doc.select("script:not([src]):not([type=application/ld+json])")).as(page + ": inline script").isEmpty();
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

    /**
     * pandoc attributes are the author's, but never script: handlers, addresses and styles are
     * dropped, values stay attribute values, and with raw HTML in the essay (so the page goes
     * through the cleaner) our own attributes and task checkboxes pass it without a warning.
     */
    @Test
    void attributesCannotRunScriptOrLeaveTheirElement() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("i.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        String body = """
                ## Head {#sec-h onclick=alert(1) style="x:expression(alert(2))" data-x="\\"><script>alert(3)</script>"}

                [x]{onclick="alert(4)" OnMouseOver=alert(5) href="javascript:alert(6)" src=javascript:alert(7)
                style="background:url(javascript:alert(8))" title='"><img src=x onerror=alert(9)>' lang=fr}
                `c`{#c1 formaction=javascript:alert(10) data-ok=1}
                [l](https://a.org){onclick=alert(11) href=javascript:alert(12) target=_top}
                ![i](i.svg){onerror=alert(13) src=javascript:alert(14) width="100\\" onload=\\"alert(15)"}

                - [x] done
                """;
        Files.writeString(src.resolve("plain.md"), "---\ntitle: Plain\n---\n" + body);
        Files.writeString(src.resolve("raw.md"), "---\ntitle: Raw\n---\n" + body + "\n<b>raw</b>\n");
        Path out = dir.resolve("out");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(result.diagnostics().all()).isEmpty(); // nothing of ours refused by the cleaner
        for (String page : List.of("plain.html", "raw.html")) {
            Element doc = Jsoup.parse(out.resolve(page)).selectFirst(".essay-body");
            assertThat(doc.select("script, img[src=x], [style]")).as(page).isEmpty();
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> {
                    assertThat(a.getKey()).as(page).doesNotStartWith("on").isNotEqualTo("formaction").isNotEqualTo("target");
                    assertThat(a.getValue()).as(page).doesNotContainIgnoringCase("javascript:");
                });
            }
            assertThat(doc.selectFirst("#sec-h").attr("data-x")).isEqualTo("\"><script>alert(3)</script>");
            Element span = doc.selectFirst("span[lang=fr]");
            assertThat(span.attr("title")).isEqualTo("\"><img src=x onerror=alert(9)>");
            assertThat(span.text()).isEqualTo("x");
            assertThat(doc.selectFirst("code#c1").attr("data-ok")).isEqualTo("1");
            assertThat(doc.selectFirst("a[href=https://a.org]").attr("data-target")).isEqualTo("_top");
            assertThat(doc.selectFirst("img[src=i.svg]").hasAttr("width")).isFalse();
            assertThat(doc.selectFirst("img[src=i.svg]").attr("data-width")).isEqualTo("100\" onload=\"alert(15)");
            assertThat(doc.select("input[type=checkbox][disabled][checked]")).as(page).hasSize(1);
        }
    }

    /** The corpus the browser test clicks through (HostileCorpusBrowserTest), checked as HTML. */
    @Test
    void theHostileCorpusBuildsToInertPages() throws Exception {
        Path src = dir.resolve("corpus");
        copy(CORPUS, src);
        Path out = dir.resolve("site");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(result.diagnostics().errors()).isEmpty();
        List<Pages> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().map(p -> new Pages(p, read(p))).toList();
        }
        // the index, the bibliography, the three essays and each source's own page: every one shows hostile fields
        assertThat(pages).extracting(page -> out.relativize(page.path()).toString().replace('\\', '/')).containsExactly(
                "bibliography.html", "bibliography/cslevil.html", "bibliography/cslgt.html", "bibliography/datasource.html",
                "bibliography/gtauthor.html", "bibliography/quoted.html", "bibliography/xssbib.html", "index.html",
                "markdown-links.html", "raw-html.html", "styled/terms.html");
        for (Pages page : pages) {
            Document doc = Jsoup.parse(page.html());
            String where = out.relativize(page.path()).toString();
            String root = "../".repeat(out.relativize(page.path()).getNameCount() - 1);
            Element csp = doc.head().child(1);
            assertThat(csp.is("meta[http-equiv=Content-Security-Policy]")).as(where + ": the CSP right after the charset").isTrue();
            assertThat(csp.attr("content")).isEqualTo(ContentSecurityPolicy.DEFAULT);
            assertThat(doc.select("script:not([src]):not([type=application/ld+json])")).as(where + ": inline script").isEmpty();
            assertThat(doc.select("script").eachAttr("src")).as(where).containsExactly(root + "assets/essaykit.js");
            assertThat(doc.select("style, iframe, object, embed, applet, base, form, input, button:not(.copy-button), frame, frameset, "
                    + "meta[http-equiv=refresh], animate, set, foreignObject, template, noscript, math, xmp, plaintext, "
                    + "[id^=ek-], [style]")).as(where).isEmpty();
            assertThat(doc.select("link").eachAttr("href")).as(where).containsExactly(root + "assets/favicon.svg", root + "assets/essaykit.css");
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> {
                    assertThat(a.getKey().toLowerCase()).as(where + ": " + e.tagName() + " handler").doesNotStartWith("on");
                    if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase())) {
                        assertThat(UrlPolicy.allows(a.getValue())).as(where + ": " + e.tagName() + "[" + a.getKey() + "="
                                + a.getValue() + "]").isTrue();
                    }
                });
            }
            assertThat(BROKEN_REFERENCE.matcher(page.html()).results().map(m -> m.group()).toList())
                    .as(where + ": character references without their semicolon").isEmpty();
        }
        // a style's own terms (styled/hostile.csl) that essaykit itself puts into citations are text too
        Document styled = Jsoup.parse(out.resolve("styled/terms.html"));
        assertThat(styled.select(".citation").eachText()).anySatisfy(t -> assertThat(t).endsWith("12<img src=x onerror=alert(901)>15)"));
        assertThat(styled.select(".citation").eachText()).anySatisfy(t -> assertThat(t)
                .contains("<script>alert(902)</script>On <svg onload=alert(904)>inner\"><img src=x onerror=alert(905)> and \"straight\""));
        Document essay = Jsoup.parse(out.resolve("markdown-links.html"));
        assertThat(essay.select(".citation").eachText()).contains("Acme <b>Corp</b> & Sons> (2019)", "Group <Angle> (2017, 3)");
        assertThat(essay.selectFirst("h1").text()).isEqualTo("</title><script>alert(501)</script>“><img src=x onerror=alert(502)>"); // smart quote, as pandoc
        assertThat(essay.select(".essay-body p").text()).contains("A plain link, a mixed-case link", "reference-style link",
                "image vector"); // the text of a refused link or image stays
        assertThat(essay.select("a[href=https://example.org/safe]")).hasSize(1);

        List<String> warnings = result.diagnostics().warnings().stream().map(Diagnostic::toString).toList();
        assertThat(warnings).contains(
                "markdown-links.md:12:3: warning: the link to 'javascript:alert(601)' is left out: only http, https, "
                        + "mailto and relative URLs are published (its text is kept)",
                "markdown-links.md:25:1: warning: the image to 'javascript:alert(618)' is left out: only http, https, "
                        + "mailto and relative URLs are published (its text is kept)",
                "sources.bib:1:1: warning: source 'xssbib': the archived copy's URL 'JaVaScRiPt:alert(707)' is not linked: "
                        + "only http, https, mailto and relative URLs are published",
                "sources.json:3:1: warning: source 'cslevil': the archived copy's URL '&#1;javascript:alert(805)' is not "
                        + "linked: only http, https, mailto and relative URLs are published");
        List<String> removed = warnings.stream().filter(w -> w.contains("removed raw HTML")).toList();
        assertThat(removed).as("each at the line of the raw HTML it removed")
                .allSatisfy(w -> assertThat(w).matches("raw-html\\.md:[1-9]\\d*:[1-9]\\d*: warning: removed raw HTML .*"));
        assertThat(String.join("\n", removed))
                .contains("<script>", "img[onerror]", "<form>", "<animate>", "<base>", "<style>", "<iframe>", "a[href]");
    }

    @Test
    void framesFromAllowedHostsReachThePageAndItsPolicy() throws Exception {
        Path src = Files.createDirectories(dir.resolve("frames"));
        Files.writeString(src.resolve("video.md"), """
                ---
                title: Video
                ---
                <iframe src="https://www.youtube-nocookie.com/embed/abc" width="560"></iframe>

                <iframe src="https://evil.example/embed/abc"></iframe>
                """);
        SiteConfig config = SiteConfig.builder(src, dir.resolve("frames-out"))
                .allowedIframeHosts(List.of(" WWW.YouTube-NoCookie.com ")).build();
        assertThat(SiteBuilder.build(config).diagnostics().errors()).isEmpty();
        Document page = Jsoup.parse(dir.resolve("frames-out/video.html"));
        assertThat(page.select("iframe").eachAttr("src")).containsExactly("https://www.youtube-nocookie.com/embed/abc");
        assertThat(page.selectFirst("iframe").attr("sandbox")).isEqualTo("allow-scripts allow-same-origin allow-popups allow-presentation");
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .endsWith("; frame-src https://www.youtube-nocookie.com")
                .isEqualTo(ContentSecurityPolicy.of(List.of("www.youtube-nocookie.com")));
    }

    private record Pages(Path path, String html) {}

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
