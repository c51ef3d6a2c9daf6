package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.cache.CacheEntries;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.polish.Addresses;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.write.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site-wide page is made again exactly when what it is made from is no longer equal; kept or made, it is the same page. */
class SitePagesTest {

    private static final String PAGE = "<html><body><p id=\"a\">x</p><p id=\"a\">y</p><a href=\"one.html#b\">one</a></body></html>";

    @TempDir
    Path dir;

    private final List<String> made = new ArrayList<>();

    private SitePages.Page page(SitePages pages, String path, Object key, String html) {
        return pages.page(path, () -> key, () -> {
            made.add(path);
            return html;
        }, Map.of(), LinkCheck.Memo.NONE, new Addresses());
    }

    /** The page's links as a build without a cache makes them. */
    private static LinkCheck.Page links(String path, String html) {
        return LinkCheck.page(path, LinkCheck.scan(path, html), Map.of());
    }

    private static String html(SitePages.Page page) {
        SiteFiles files = new SiteFiles();
        page.writeTo(files, "p.html");
        return new String(((SiteFiles.Bytes) files.all().get("p.html")).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void keepsAPageWhileItsInputsAreEqualAndMakesItAgainWhenOneChanges() {
        SitePages pages = SitePages.create();
        assertThat(html(page(pages, "index.html", List.of("site", List.of("a", 1)), "<p>1</p>"))).isEqualTo("<p>1</p>");
        // equal inputs, other objects (the next build's): kept, not made
        assertThat(html(page(pages, "index.html", List.of("site", List.of("a", 1)), "<p>2</p>"))).isEqualTo("<p>1</p>");
        assertThat(made).containsExactly("index.html");

        assertThat(html(page(pages, "index.html", List.of("site", List.of("a", 2)), "<p>3</p>"))).isEqualTo("<p>3</p>");
        assertThat(html(page(pages, "bibliography.html", List.of("site", List.of("a", 2)), "<p>b</p>"))).isEqualTo("<p>b</p>");
        assertThat(html(page(pages, "index.html", List.of("other site", List.of("a", 2)), "<p>4</p>"))).isEqualTo("<p>4</p>");
        assertThat(made).containsExactly("index.html", "index.html", "bibliography.html", "index.html");
    }

    @Test
    void withoutMemoryEveryPageIsMade() {
        page(SitePages.NONE, "index.html", "key", "<p>1</p>");
        assertThat(html(page(SitePages.NONE, "index.html", "key", "<p>2</p>"))).isEqualTo("<p>2</p>");
        assertThat(made).hasSize(2);
    }

    /** One build (essay:build, a new JVM each): its pages, then {@link SitePages#save}. */
    private SitePages.Page build(Path folder, String path, Object key, String html) {
        SitePages pages = SitePages.stored(ResultCache.inFolder(folder));
        SitePages.Page page = page(pages, path, key, html);
        pages.save();
        return page;
    }

    @Test
    void aStoredPageIsReadInANewJvmUntilItsInputsOrPathChange() throws IOException {
        Path folder = dir.resolve("cache");
        SitePages.Page first = build(folder, "index.html", List.of("site", 1), PAGE);
        assertThat(first.links()).isEqualTo(links("index.html", PAGE));
        assertThat(html(first)).isEqualTo(PAGE);
        assertThat(CacheEntries.read(folder)).as("one entry for the site's pages").hasSize(1);

        // the next build: neither made nor scanned, the same digest and links
        SitePages.Page again = build(folder, "index.html", List.of("site", 1), "other");
        assertThat(made).containsExactly("index.html");
        assertThat(again.links()).isEqualTo(first.links());
        assertThat(again.content().digest()).isEqualTo(first.content().digest());
        assertThat(again.content().size()).isEqualTo(first.content().size());

        // other inputs, another path: made (the duplicate id is reported against the page it is in)
        assertThat(html(build(folder, "index.html", List.of("site", 2), "<p>2</p>"))).isEqualTo("<p>2</p>");
        assertThat(LinkCheck.check(List.of(build(folder, "bibliography.html", List.of("site", 1), PAGE).links()), Set.of("one.html")))
                .singleElement().satisfies(d -> {
                    assertThat(d.file()).isEqualTo("bibliography.html");
                    assertThat(d.message()).contains("id 'a' is on more than one element");
                });
        assertThat(made).containsExactly("index.html", "index.html", "bibliography.html");
        // a build keeps only its own pages: index.html of inputs 1 was not among the last build's
        build(folder, "index.html", List.of("site", 1), PAGE);
        assertThat(made).hasSize(4);
    }

    /** A build that makes one of 300 pages afresh writes back the part that page is in, not all of them. */
    @Test
    void aBuildWritesBackOnlyThePartsWhosePagesChanged() throws IOException {
        Path folder = dir.resolve("cache");
        SitePages first = SitePages.stored(ResultCache.inFolder(folder));
        for (int i = 0; i < 300; i++) {
            page(first, "sources/s" + i + ".html", List.of("source", i), "<p>" + i + "</p>");
        }
        first.save();
        Map<String, byte[]> before = CacheEntries.read(folder);
        assertThat(before).as("every part holds some of 300 pages").hasSize(16);
        long packed = Files.size(folder.resolve("entries.pack"));

        SitePages second = SitePages.stored(ResultCache.inFolder(folder));
        for (int i = 0; i < 300; i++) {
            page(second, "sources/s" + i + ".html", List.of("source", i == 7 ? "edited" : i), "<p>" + i + "</p>");
        }
        second.save();
        assertThat(made).hasSize(301);
        Map<String, byte[]> after = CacheEntries.read(folder);
        List<String> rewritten = after.keySet().stream().filter(key -> !java.util.Arrays.equals(after.get(key), before.get(key))).toList();
        assertThat(rewritten).as("the parts of the old and the new page").hasSizeBetween(1, 2);
        assertThat(Files.size(folder.resolve("entries.pack")) - packed).as("appended").isLessThan(packed / 4);

        // and what was written back is read: a third build makes nothing
        SitePages third = SitePages.stored(ResultCache.inFolder(folder));
        for (int i = 0; i < 300; i++) {
            page(third, "sources/s" + i + ".html", List.of("source", i == 7 ? "edited" : i), "<p>" + i + "</p>");
        }
        assertThat(made).hasSize(301);
    }

    @Test
    void aDamagedEntryMakesThePagesAgainAndAPageNotInTheOutputIsMadeWhenWritten() throws IOException {
        Path folder = dir.resolve("cache");
        build(folder, "index.html", "key", PAGE);
        // its bytes are not kept: wanted (the output folder lacks the page), it is made again, the same
        assertThat(html(build(folder, "index.html", "key", PAGE))).isEqualTo(PAGE);
        assertThat(made).hasSize(2);

        for (String key : CacheEntries.read(folder).keySet()) {
            CacheEntries.damage(folder, key);
        }
        assertThat(build(folder, "index.html", "key", PAGE).links()).isEqualTo(links("index.html", PAGE));
        assertThat(made).hasSize(3);
    }

}
