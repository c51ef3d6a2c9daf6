package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essaykit.bench.Corpus;
import io.github.essaykit.cache.Blob;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.parallel.EssayPool;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.write.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's checked links read back from the cache are the page that was stored, and the site check
 * finds the same problems, one page after another or in parallel.
 */
class StoredPageTest {

    @TempDir
    Path dir;

    private static LinkCheck.Page again(LinkCheck.Page page, Addresses kept) {
        Blob.Reader in = new Blob.Reader(stored(page));
        LinkCheck.Page read = StoredPage.read(in, page.path(), kept);
        in.end();
        return read;
    }

    /**
     * Every page of the demo site, of a hostile corpus and of the benchmark's essays, plus pages
     * that break links in each way, each with some of its addresses placed in an essay (as an
     * author wrote them) and the rest a template's.
     */
    @Test
    void everyPageReadsBackAsWrittenAndChecksAlike() throws IOException {
        Path bench = Files.createDirectories(dir.resolve("bench"));
        Corpus.writeEssaykit(bench, 12, 200);
        Map<String, String> html = new LinkedHashMap<>();
        Set<String> files = new HashSet<>();
        for (Path src : List.of(Path.of("../content/src/essays"), Path.of("src/test/resources/hostile-corpus"), bench)) {
            BuildResult result = SiteBuilder.compile(SiteConfig.defaults(src, dir.resolve("out")));
            assertThat(result.ok()).as(src.toString()).isTrue();
            String site = src.getFileName() + "/";
            result.files().all().forEach((path, content) -> {
                if (path.endsWith(".html") && content instanceof SiteFiles.Bytes bytes) {
                    html.put(site + path, new String(bytes.bytes(), StandardCharsets.UTF_8));
                } else {
                    files.add(site + path);
                }
            });
        }
        html.put("broken/a.html", "<p id=x>1</p><p id=x>2</p><a href='b.html#nothing'>b</a><a href='gone.html'>g</a>"
                + "<a href='/root.html'>r</a><a href='#y'>y</a><a href='http://[bad'>v</a><img src='b.html'>");
        html.put("broken/b.html", "<h1 id=top>b</h1><a href='a.html#x'>a</a><a href='a.html#x'>again</a>");
        Random random = new Random(20261204);
        Addresses kept = new Addresses();
        List<LinkCheck.Page> pages = new ArrayList<>();
        List<LinkCheck.Page> read = new ArrayList<>();
        int found = 0;
        int placed = 0;
        int template = 0;
        for (Map.Entry<String, String> page : html.entrySet()) {
            LinkCheck.Scan scan = LinkCheck.scan(page.getKey(), page.getValue());
            Map<String, List<LinkCheck.Place>> origins = new LinkedHashMap<>();
            for (String link : scan.links()) {
                if (random.nextInt(3) == 0) {
                    origins.put(link, List.of(new LinkCheck.Place("essays/" + page.getKey() + ".md", random.nextInt(90), random.nextInt(40)),
                            new LinkCheck.Place("sources.bib", random.nextInt(500), 1, "source 'k': ")));
                }
            }
            LinkCheck.Page made = LinkCheck.page(page.getKey(), scan, origins, kept);
            LinkCheck.Page back = again(made, kept);
            assertThat(back).as(page.getKey()).isEqualTo(made);
            assertThat(back.ids().hashes()).as(page.getKey()).containsExactly(made.ids().hashes());
            assertThat(scan.ids()).as(page.getKey()).allMatch(back.ids()::contains);
            found += (int) made.steps().stream().filter(s -> s.found() != null).count();
            placed += (int) made.steps().stream().filter(s -> s.at() != null).count();
            template += made.templateLinks().size();
            pages.add(made);
            read.add(back);
        }
        assertThat(html).as("pages: the site-wide check runs them in two tasks or more").hasSizeGreaterThan(150);
        assertThat(found).as("problems the page alone shows").isGreaterThanOrEqualTo(3);
        assertThat(placed).as("links an author wrote into other pages").isGreaterThan(100);
        assertThat(template).as("links a template wrote into other pages").isGreaterThan(100);
        List<Diagnostic> problems = LinkCheck.check(pages, files);
        assertThat(problems).as("the broken pages' problems").hasSizeGreaterThan(4);
        assertThat(LinkCheck.check(read, files)).containsExactlyElementsOf(problems);
        try (EssayPool pool = EssayPool.create(4)) { // in parallel, the same problems in the same order
            assertThat(LinkCheck.check(read, files, LinkCheck.Memo.NONE, pool::map)).containsExactlyElementsOf(problems);
            LinkCheck.Memo memo = LinkCheck.Memo.create();
            assertThat(LinkCheck.check(read, files, memo, pool::map)).containsExactlyElementsOf(problems);
            assertThat(LinkCheck.check(read, files, memo, pool::map)).as("kept").containsExactlyElementsOf(problems);
        }
    }

    /** A page with the ids "ab" and one link into another page, written at a.md:3:4. */
    private static final LinkCheck.Page SMALL = LinkCheck.page("a.html",
            LinkCheck.scan("a.html", "<p id=b>x</p><p id=a>y</p><a href='c.html#z'>c</a>"),
            Map.of("c.html#z", List.of(new LinkCheck.Place("a.md", 3, 4))));

    private static byte[] stored(LinkCheck.Page page) {
        Blob.Writer out = new Blob.Writer();
        StoredPage.write(out, page);
        return out.bytes();
    }

    @Test
    void aDamagedPageIsCorruptNotAnotherPage() {
        byte[] bytes = stored(SMALL);
        // the ids "a" and "b": a count, then two 8-byte hashes in ascending order. The second hash
        // equal to the first, or below it, or a count past the entry, is no page
        byte[] same = bytes.clone();
        System.arraycopy(bytes, 4, same, 12, 8);
        byte[] swapped = bytes.clone();
        System.arraycopy(bytes, 4, swapped, 12, 8);
        System.arraycopy(bytes, 12, swapped, 4, 8);
        byte[] counted = bytes.clone();
        counted[0] = 1;
        for (byte[] damaged : List.of(same, swapped, counted)) {
            assertThatThrownBy(() -> StoredPage.read(new Blob.Reader(damaged), "a.html", new Addresses())).isInstanceOf(Blob.Corrupt.class);
        }
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 2);
        assertThatThrownBy(() -> StoredPage.read(new Blob.Reader(cut), "a.html", new Addresses())).isInstanceOf(Blob.Corrupt.class);
    }

    @Test
    void aPagesLinksAreReadOnlyWhenFirstAskedFor() {
        byte[] damaged = stored(SMALL);
        // after the ids (4 + 2, 4, 2 × 8 bytes) and the links' length (4): the count of steps, made larger than the entry
        damaged[4 + 2 + 4 + 2 * 8 + 4] = 0x7f;

        LinkCheck.Page read = StoredPage.read(new Blob.Reader(damaged), "a.html", new Addresses());

        assertThat(read.ids()).isEqualTo(SMALL.ids()); // what the site check needs of a page whose check holds
        assertThatThrownBy(read::steps).isInstanceOf(Blob.Corrupt.class);
    }
    /**
     * Read with a way to give the page again (a folder cache read again), it keeps none of its
     * links' bytes: its links are that page's, asked for once and only when first needed.
     */
    @Test
    void aPageThatCanBeGivenAgainKeepsNoLinksAndTakesThatPagesWhenFirstAskedFor() {
        byte[] damaged = stored(SMALL);
        damaged[4 + 2 + 4 + 2 * 8 + 4] = 0x7f; // links that cannot be read: passed over, never read
        AtomicInteger asked = new AtomicInteger();
        Blob.Reader in = new Blob.Reader(damaged);

        LinkCheck.Page read = StoredPage.read(in, "a.html", new Addresses(), () -> {
            asked.incrementAndGet();
            return SMALL;
        });
        in.end(); // every byte of the entry passed

        assertThat(read.ids()).isEqualTo(SMALL.ids());
        assertThat(asked).hasValue(0);
        assertThat(read.steps()).isEqualTo(SMALL.steps());
        assertThat(read.templateLinks()).isEqualTo(SMALL.templateLinks());
        assertThat(asked).hasValue(1);
    }
}
