package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
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

    /** The performance budget of issue 14: each file under 10 KB as a server sends it (gzip -9). */
    @Test
    void scriptAndStylesheetStayUnder10KilobytesGzipped() throws IOException {
        for (String file : List.of(JS, CSS)) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped) { { def.setLevel(Deflater.BEST_COMPRESSION); } }) {
                gz.write(file.getBytes(StandardCharsets.UTF_8));
            }
            assertThat(zipped.size()).as(file.substring(0, 40)).isBetween(1000, 10 * 1024);
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
