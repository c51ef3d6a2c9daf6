package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every local href, src and #fragment of every page of the built demo resolves (no browser). */
class DemoLinksTest {
    @TempDir static Path tmp;
    static Path site;
    static List<Path> pages;
    static final Map<Path, Document> DOCS = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = DemoSite.build(tmp, null);
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Document doc(Path page) {
        return DOCS.computeIfAbsent(page.normalize(), p -> {
            try {
                return Jsoup.parse(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void theDemoHasTheExpectedPages() {
        assertThat(pages.stream().map(p -> site.relativize(p).toString())).contains(
                "index.html", "bibliography.html", "how-the-crisis-ended.html", "what-the-tapes-show.html");
    }

    @Test
    void everyLocalReferenceResolves() {
        List<String> broken = new ArrayList<>();
        int checked = 0, fragments = 0;
        for (Path page : pages) {
            Document d = doc(page);
            for (Element e : d.select("[href], [src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                String ref = e.attr(attr);
                if (ref.isEmpty()) {
                    broken.add(site.relativize(page) + ": empty " + attr + " on " + e.tagName());
                    continue;
                }
                URI uri = URI.create(ref);
                if (uri.getScheme() != null || ref.startsWith("//")) continue; // http(s), mailto: external
                checked++;
                Path target = uri.getPath() == null || uri.getPath().isEmpty()
                        ? page : page.getParent().resolve(uri.getPath()).normalize();
                String where = site.relativize(page) + ": " + attr + "=\"" + ref + "\"";
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(where + " (no file " + target + ")");
                    continue;
                }
                String fragment = uri.getFragment();
                if (fragment != null) {
                    fragments++;
                    if (!target.toString().endsWith(".html") || doc(target).getElementById(fragment) == null) {
                        broken.add(where + " (no id '" + fragment + "')");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(200);
        assertThat(fragments).isGreaterThan(150);
        System.out.printf("DemoLinksTest: %d pages, %d local references (%d with a fragment) resolve%n",
                pages.size(), checked, fragments);
    }

    @Test
    void everyPreviewIdIsOnThePageAndIdsAreUnique() {
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            Document d = doc(page);
            Map<String, Integer> ids = new HashMap<>();
            d.select("[id]").forEach(e -> ids.merge(e.id(), 1, Integer::sum));
            ids.forEach((id, n) -> { if (n > 1) problems.add(site.relativize(page) + ": id '" + id + "' ×" + n); });
            for (Element a : d.select("a[data-preview]")) {
                for (String id : a.attr("data-preview").trim().split("\\s+")) {
                    if (d.getElementById(id) == null) problems.add(site.relativize(page) + ": data-preview '" + id + "'");
                }
                if (a.hasClass("cite-link")) {
                    String first = a.attr("data-preview").trim().split("\\s+")[0];
                    if (!a.attr("href").equals("#" + first)) problems.add(site.relativize(page) + ": " + a.id() + " href " + a.attr("href"));
                }
            }
            for (Element a : d.select("a.essay-link")) {
                Element data = d.getElementById(a.attr("data-preview"));
                if (data == null || data.closest(".preview-data") == null) {
                    problems.add(site.relativize(page) + ": essay link " + a.attr("href") + " has no hidden preview data");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void previewTextsHaveNoGapWhereACitationWasLeftOut() {
        for (Path page : pages) {
            for (Element p : doc(page).select(".preview-data p")) {
                assertThat(p.text()).as(site.relativize(page) + " " + p.parent().id()).doesNotContainPattern(" [.,;:)]");
            }
        }
    }

    @Test
    void sourceEntriesMarkTheirUrlLinks() {
        for (Path page : pages) {
            for (Element a : doc(page).select(".csl-entry a[href^=http]")) {
                if (a.text().equals(a.attr("href"))) {
                    assertThat(a.hasClass("entry-link")).as(site.relativize(page) + " " + a.attr("href")).isTrue();
                }
            }
        }
    }
}
