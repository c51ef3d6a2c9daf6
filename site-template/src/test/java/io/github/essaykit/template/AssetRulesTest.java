package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules for the reader-side files that a browser test would only catch by accident. */
class AssetRulesTest {
    static final String JS = FixtureSite.text("/essaykit/assets/essaykit.js");
    static final String CSS = FixtureSite.text("/essaykit/assets/essaykit.css");

    @Test
    void scriptNeverParsesStringsAsHtmlOrCode() {
        assertThat(JS).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                "eval(", "new Function", "setAttribute('style'", "import ");
        assertThat(Pattern.compile("setTimeout\\(\\s*['\"]").matcher(JS).find()).isFalse();
    }

    /** The performance budget: each file under 10 KB after gzip -9 (what a server sends). */
    @Test
    void scriptAndStylesheetStayUnderTenKilobytesGzipped() throws IOException {
        for (String file : List.of("essaykit.js", "essaykit.css")) {
            byte[] plain = FixtureSite.text("/essaykit/assets/" + file).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out) {
                { def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION); }
            }) {
                gzip.write(plain);
            }
            assertThat(out.size()).as(file + " gzipped").isLessThan(10 * 1024);
        }
    }

    @Test
    void stylesheetLoadsNothingFromTheNetwork() {
        assertThat(CSS).doesNotContain("@import", "url(", "@font-face");
    }

    @Test
    void fixturePagesHaveNoInlineScriptOrStyle() throws IOException {
        try (Stream<Path> files = Files.list(FixtureSite.resource("/fixture"))) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".html")).toList();
            assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
            for (Path page : pages) {
                String html = Files.readString(page);
                assertThat(html).as(page.toString()).doesNotContain("<style", " style=");
                assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find()).as(page.toString()).isFalse();
                assertThat(Pattern.compile("\\son[a-z]+=").matcher(html).find()).as(page.toString()).isFalse();
            }
        }
    }
}
