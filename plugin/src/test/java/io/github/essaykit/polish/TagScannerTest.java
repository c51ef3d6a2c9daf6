package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.bench.Corpus;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.write.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tag scanner finds in a page what jsoup's parser finds: the same ids and the same links, in order. */
class TagScannerTest {

    @TempDir
    Path dir;

    /** Every page of the demo site, of a hostile corpus (XSS vectors, raw HTML cleaned) and of the benchmark's essays. */
    @Test
    void readsEveryPageWeWriteAsTheParserDoes() throws IOException {
        Path bench = Files.createDirectories(dir.resolve("bench"));
        Corpus.writeEssaykit(bench, 12, 200);
        int pages = 0;
        for (Path src : List.of(Path.of("../content/src/essays"), Path.of("src/test/resources/hostile-corpus"), bench)) {
            BuildResult result = SiteBuilder.compile(SiteConfig.defaults(src, dir.resolve("out")));
            assertThat(result.ok()).as(src.toString()).isTrue();
            for (Map.Entry<String, SiteFiles.Content> file : result.files().all().entrySet()) {
                if (!file.getKey().endsWith(".html") || !(file.getValue() instanceof SiteFiles.Bytes bytes)) {
                    continue;
                }
                String html = new String(bytes.bytes(), StandardCharsets.UTF_8);
                assertThat(TagScanner.scan(html)).as(file.getKey() + " read without the parser").isNotNull();
                assertThat(LinkCheck.scan(file.getKey(), html)).as(file.getKey()).isEqualTo(LinkCheck.parsed(file.getKey(), html));
                pages++;
            }
        }
        assertThat(pages).isGreaterThan(40);
    }

    /** Elements that hold blocks, elements that hold text and inline elements, elements that hold nothing. */
    private static final List<String> BLOCKS = List.of("div", "DIV", "section", "figure", "template", "noscript", "blockquote", "p");
    private static final List<String> INLINE = List.of("a", "A", "span", "sup", "b", "em");
    private static final List<String> EMPTY = List.of("img", "IMG", "image", "br", "svg", "math");
    private static final List<String> RAW = List.of("script", "style", "textarea", "title", "SCRIPT", "iframe", "xmp");
    private static final List<String> VALUES = List.of("x", "#fn1", "a b", "a&amp;b", "&quot;q&quot;", "&#x41;&#66;", "&notin",
            "&not;x", "&copy=1", "é", "", "a>b", "a'b", "javascript:alert(1)", "../b.html#c", "&lt;/script&gt;", "&amp");

    /**
     * Random pages of the constructs a page may hold, well nested as our templates and jsoup's
     * cleaning write them (no block in a paragraph or a link, no link in a link, which a parser
     * mends by moving or copying elements): whatever the scanner reads, it reads as the parser does.
     */
    @Test
    void readsRandomPagesAsTheParserDoes() {
        Random random = new Random(20261203);
        int read = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder html = new StringBuilder(random.nextBoolean() ? "<!DOCTYPE html><html><head><title>t <a id=no></title>" : "");
            block(html, random, 3);
            String page = html.toString();
            if (TagScanner.scan(page) == null) {
                continue;
            }
            read++;
            assertThat(LinkCheck.scan("p.html", page)).as(page).isEqualTo(LinkCheck.parsed("p.html", page));
        }
        assertThat(read).isGreaterThan(2500);
    }

    private static void block(StringBuilder html, Random random, int depth) {
        for (int i = random.nextInt(4); i >= 0; i--) {
            switch (random.nextInt(6)) {
                case 0 -> other(html, random);
                case 1 -> raw(html, random);
                case 2, 3 -> {
                    String tag = pick(random, BLOCKS);
                    html.append('<').append(tag).append(attributes(random)).append('>');
                    if (depth > 0 && tag.equals("p")) {
                        inline(html, random, depth - 1, false);
                    } else if (depth > 0) {
                        block(html, random, depth - 1);
                    }
                    html.append("</").append(tag).append('>');
                }
                default -> inline(html, random, depth, false);
            }
        }
    }

    private static void inline(StringBuilder html, Random random, int depth, boolean inLink) {
        for (int i = random.nextInt(3); i >= 0; i--) {
            switch (random.nextInt(5)) {
                case 0 -> other(html, random);
                case 1 -> {
                    String tag = pick(random, EMPTY);
                    html.append('<').append(tag).append(attributes(random)).append('>');
                    if (tag.equals("svg") || tag.equals("math")) {
                        html.append("</").append(tag).append('>');
                    }
                }
                default -> {
                    String tag = pick(random, INLINE);
                    if (inLink && tag.equalsIgnoreCase("a")) {
                        tag = "span";
                    }
                    html.append('<').append(tag).append(attributes(random)).append('>');
                    if (depth > 0) {
                        inline(html, random, depth - 1, inLink || tag.equalsIgnoreCase("a"));
                    }
                    html.append("</").append(tag).append('>');
                }
            }
        }
    }

    private static void other(StringBuilder html, Random random) {
        html.append(pick(random, List.of("text ", "a < b ", "1<2 ", "&amp; ", "x &lt;y&gt; ", "<3 ", "</ >", "<!-- <a id=c href=d> -->",
                "<!---->", "<!-- x -- y -->", "<?pi x?>")));
    }

    private static void raw(StringBuilder html, Random random) {
        String raw = pick(random, RAW);
        html.append('<').append(raw).append(attributes(random)).append('>')
                .append(pick(random, List.of("<a id=r href=s>", "x</scrip>", "<!-- ", "", "</" + raw.toLowerCase() + "x>")))
                .append("</").append(raw).append('>');
    }

    private static String attributes(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            String name = pick(random, List.of("id", "ID", "href", "HREF", "src", "class", "title", "data-x", "id"));
            String value = pick(random, VALUES);
            out.append(pick(random, List.of(" ", "\n", "  ", "\t")));
            switch (random.nextInt(5)) {
                case 0 -> out.append(name);
                case 1 -> out.append(name).append("='").append(value.replace("'", "")).append('\'');
                case 2 -> out.append(name).append('=').append(value.replaceAll("[\\s>'\"]", "").isEmpty() ? "v" : value.replaceAll("[\\s>'\"]", ""));
                case 3 -> out.append(name).append(" = \"").append(value.replace("\"", "")).append('"');
                default -> out.append(name).append("=\"").append(value.replace("\"", "")).append('"');
            }
        }
        return out.toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    @Test
    void leavesToTheParserWhatItDoesNotRead() {
        assertThat(TagScanner.scan("<p><![CDATA[<a href=x>]]></p>")).isNull();
        assertThat(TagScanner.scan("<plaintext><a href=x>")).isNull();
        assertThat(TagScanner.scan("<a href=\"x")).isNull();
        assertThat(TagScanner.scan("<script>never closed")).isNull();
        assertThat(new ArrayList<>(TagScanner.scan("<p id=a><a href='#a' HREF=b src=c>x</a><img src=d></p>").links()))
                .containsExactly("#a", "d");
    }
}
