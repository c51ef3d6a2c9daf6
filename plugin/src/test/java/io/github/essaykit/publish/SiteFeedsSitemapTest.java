package io.github.essaykit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A sitemap file may hold at most 50,000 addresses (sitemaps.org): past that, sitemap.xml is an
 * index of parts of 50,000, which together list every address once, in the one-file order.
 */
class SiteFeedsSitemapTest {

    private static final SiteAddress ADDRESS = SiteAddress.of("https://example.org/essays/").orElseThrow();

    private static List<SiteFeeds.Item> essays(int count) {
        List<SiteFeeds.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String slug = String.format("e%06d", i);
            items.add(new SiteFeeds.Item(new EssayRecord(slug, "Essay " + i, List.of("A. Writer"), i % 2 == 0 ? "2024-05-01" : "2024",
                    "", "en", List.of(), ADDRESS.at(slug + ".html"), "Site"), slug + ".html"));
        }
        return items;
    }

    private static List<String> texts(String xml, String element) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = doc.getElementsByTagName(element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void upToFiftyThousandAddressesAreOneUrlSet() throws Exception {
        Map<String, String> files = SiteFeeds.sitemaps(ADDRESS, List.of("index.html", "bibliography.html"), essays(49_998));
        assertThat(files).containsOnlyKeys(SiteFeeds.SITEMAP);
        String sitemap = files.get(SiteFeeds.SITEMAP);
        assertThat(sitemap).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "  <url>\n    <loc>https://example.org/essays/index.html</loc>\n  </url>\n");
        assertThat(sitemap).contains("  <url>\n    <loc>https://example.org/essays/e000000.html</loc>\n    <lastmod>2024-05-01</lastmod>\n  </url>\n"
                + "  <url>\n    <loc>https://example.org/essays/e000001.html</loc>\n  </url>\n");
        assertThat(texts(sitemap, "loc")).hasSize(50_000);
    }

    @Test
    void moreAreAnIndexOfPartsOfFiftyThousand() throws Exception {
        List<String> pages = List.of("index.html", "bibliography.html");
        Map<String, String> files = SiteFeeds.sitemaps(ADDRESS, pages, essays(50_001));
        assertThat(files).containsOnlyKeys(SiteFeeds.SITEMAP, "sitemap-1.xml", "sitemap-2.xml");
        assertThat(files.get(SiteFeeds.SITEMAP)).contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        assertThat(texts(files.get(SiteFeeds.SITEMAP), "loc"))
                .containsExactly("https://example.org/essays/sitemap-1.xml", "https://example.org/essays/sitemap-2.xml");
        List<String> first = texts(files.get("sitemap-1.xml"), "loc");
        List<String> second = texts(files.get("sitemap-2.xml"), "loc");
        assertThat(first).hasSize(50_000);
        assertThat(second).containsExactly("https://example.org/essays/e049998.html", "https://example.org/essays/e049999.html",
                "https://example.org/essays/e050000.html");
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        List<String> expected = new ArrayList<>(List.of(ADDRESS.at("index.html"), ADDRESS.at("bibliography.html")));
        essays(50_001).forEach(item -> expected.add(ADDRESS.at(item.page())));
        assertThat(all).isEqualTo(expected);
        assertThat(texts(files.get("sitemap-2.xml"), "lastmod")).containsExactly("2024-05-01", "2024-05-01");
    }

    @Test
    void partsAreCountedByFiftyThousand() {
        assertThat(SiteFeeds.sitemapParts(50_000)).isZero();
        assertThat(SiteFeeds.sitemapParts(50_001)).isEqualTo(2);
        assertThat(SiteFeeds.sitemapParts(100_000)).isEqualTo(2);
        assertThat(SiteFeeds.sitemapParts(100_001)).isEqualTo(3);
    }
}
