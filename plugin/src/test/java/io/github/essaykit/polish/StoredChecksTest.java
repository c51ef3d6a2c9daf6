package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CacheEntries;
import io.github.essaykit.cache.EntryParts;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredChecksTest {

    @TempDir
    Path dir;

    private final String digest = new PackedIds(Set.of("sec-a", "fig-1")).digest();
    private final Map<String, Object> targets = Map.of("a.html", digest, "b.html", digest, "timeline.svg", PageProblems.FILE);
    private final PageProblems checked = new PageProblems(null, "key-a", Set.of("b.html", "missing.html", "timeline.svg"),
            List.of(Diagnostic.error("a.md", 3, 7, "link 'b.html#gone' names no element of b.html")));

    /** Written as a build writes them: the table and targets, then each part of the pages. */
    private static StoredChecks.Checks roundTrip(Map<String, Object> targets, Map<String, PageProblems> pages) {
        StoredChecks.Table table = StoredChecks.table(targets, pages, null, Set.of());
        return StoredChecks.read(StoredChecks.writeTargets(table, targets), parts(table, pages));
    }

    private static List<byte[]> parts(StoredChecks.Table table, Map<String, PageProblems> pages) {
        List<Map<String, PageProblems>> parts = new ArrayList<>();
        for (int part = 0; part < EntryParts.COUNT; part++) {
            parts.add(new HashMap<>());
        }
        pages.forEach((path, page) -> parts.get(StoredChecks.part(path)).put(path, page));
        return parts.stream().map(part -> StoredChecks.writePart(table, part)).toList();
    }

    @Test
    void aCheckReadsBackAsWritten() {
        StoredChecks.Checks read = roundTrip(targets, Map.of("a.html", checked));

        assertThat(read.targets()).isEqualTo(targets); // a file read back as FILE itself
        assertThat(read.problems()).containsOnlyKeys("a.html");
        PageProblems back = read.problems().get("a.html");
        assertThat(back.key()).isEqualTo("key-a");
        assertThat(back.targets()).isEqualTo(checked.targets());
        assertThat(back.problems()).isEqualTo(checked.problems());
        assertThat(read.table().paths()).as("the site's paths, then those only a link named").containsExactly("a.html", "b.html",
                "timeline.svg", "missing.html");
    }

    @Test
    void aPageKnownByNoKeyIsNotKept() {
        PageProblems unkeyed = new PageProblems(null, null, Set.of(), List.of());
        assertThat(roundTrip(targets, Map.of("a.html", checked, "b.html", unkeyed)).problems()).containsOnlyKeys("a.html");
    }

    @Test
    void theSameChecksGiveTheSameBytes() {
        StoredChecks.Table one = StoredChecks.table(new HashMap<>(targets), Map.of("a.html", checked), null, Set.of());
        StoredChecks.Table other = StoredChecks.table(new java.util.TreeMap<>(targets), Map.of("a.html", checked), null, Set.of());
        assertThat(StoredChecks.writeTargets(one, new HashMap<>(targets))).isEqualTo(StoredChecks.writeTargets(other, new java.util.TreeMap<>(targets)));
        assertThat(StoredChecks.writePart(one, Map.of("a.html", checked))).isEqualTo(StoredChecks.writePart(other, Map.of("a.html", checked)));
    }

    /** Many pages, each leading into others, to files and to paths that are neither, some pages no target: each read back. */
    @Test
    void aSiteOfPagesReadsBackAsWritten() {
        java.util.Random random = new java.util.Random(7);
        Map<String, Object> site = new HashMap<>();
        Map<String, PageProblems> pages = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            site.put("essay-" + i + ".html", new PackedIds(Set.of("sec-" + i)).digest());
            site.put("downloads/essay-" + i + ".bib", PageProblems.FILE);
        }
        for (int i = 0; i < 2_100; i++) { // the last hundred are pages the targets do not hold
            Set<String> led = new java.util.HashSet<>();
            for (int k = random.nextInt(30); k > 0; k--) {
                int n = random.nextInt(2_500);
                led.add(random.nextBoolean() ? "essay-" + n + ".html" : "downloads/essay-" + n + ".bib");
            }
            pages.put("essay-" + i + ".html", new PageProblems(null, "key-" + i, led, List.of()));
        }

        StoredChecks.Checks read = roundTrip(site, pages);
        // the parts read on two threads: the same checks
        StoredChecks.Table table = StoredChecks.table(site, pages, null, Set.of());
        try (io.github.essaykit.parallel.EssayPool pool = io.github.essaykit.parallel.EssayPool.create(2)) {
            StoredChecks.Checks onTwo = StoredChecks.read(StoredChecks.writeTargets(table, site), parts(table, pages), pool);
            assertThat(onTwo.problems().keySet()).isEqualTo(read.problems().keySet());
            onTwo.problems().forEach((path, page) -> assertThat(page.targets()).isEqualTo(read.problems().get(path).targets()));
        }

        assertThat(read.targets()).isEqualTo(site);
        assertThat(read.problems()).hasSameSizeAs(pages);
        pages.forEach((path, page) -> {
            assertThat(read.problems().get(path).targets()).as(path).isEqualTo(page.targets());
            assertThat(read.problems().get(path).key()).isEqualTo(page.key());
        });
    }

    @Test
    void damagedBytesAreRefusedAndADamagedPartHoldsNoPage() {
        StoredChecks.Table table = StoredChecks.table(targets, Map.of("a.html", checked), null, Set.of());
        byte[] bytes = StoredChecks.writeTargets(table, targets);
        for (int length : new int[] {0, 10, bytes.length / 2, bytes.length - 1}) {
            assertThatThrownBy(() -> StoredChecks.read(Arrays.copyOf(bytes, length), List.of())).isInstanceOf(Blob.Corrupt.class);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> StoredChecks.read(longer, List.of())).isInstanceOf(Blob.Corrupt.class);
        assertThatThrownBy(() -> StoredChecks.read(new Blob.Writer().string("link checks 1").bytes(), List.of()))
                .isInstanceOf(Blob.Corrupt.class);
        // a path number beyond the table
        byte[] beyond = new Blob.Writer().string(StoredChecks.FORMAT).string(table.print()).strings(List.of("a.html")).integer(1).integer(5)
                .string("").bytes();
        assertThatThrownBy(() -> StoredChecks.read(beyond, List.of())).isInstanceOf(Blob.Corrupt.class);

        // a part cut short, or numbered by another table: its pages are not known, the targets still are
        byte[] part = StoredChecks.writePart(table, Map.of("a.html", checked));
        assertThat(StoredChecks.read(bytes, List.of(part)).problems()).containsOnlyKeys("a.html");
        assertThat(StoredChecks.read(bytes, List.of(Arrays.copyOf(part, part.length - 1))).problems()).isEmpty();
        StoredChecks.Table other = StoredChecks.table(Map.of("a.html", digest), Map.of("a.html", checked), null, Set.of());
        StoredChecks.Checks mixed = StoredChecks.read(bytes, List.of(StoredChecks.writePart(other, Map.of("a.html", checked))));
        assertThat(mixed.problems()).isEmpty();
        assertThat(mixed.targets()).isEqualTo(targets);
    }

    private static LinkCheck.Page page(String path, String html, String key) {
        return LinkCheck.page(path, LinkCheck.scan(path, html), Map.of()).keyed(key);
    }

    /** 200 pages linking to each other, one of them made again with a broken link: the problems of a build without a memo. */
    private static List<LinkCheck.Page> site(String editedKey, String editedLink) {
        List<LinkCheck.Page> pages = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String link = i == 7 ? editedLink : "p" + ((i + 1) % 200) + ".html#top";
            pages.add(page("p" + i + ".html", "<html><body><h1 id=\"top\">" + i + "</h1><a href=\"" + link + "\">next</a></body></html>",
                    i == 7 ? editedKey : "key-" + i));
        }
        return pages;
    }

    /** A build that checked one page again writes back that page's part, and the next build reads what it wrote. */
    @Test
    void aBuildWritesBackOnlyThePartOfThePageItCheckedAgain() {
        Path folder = dir.resolve("cache");
        assertThat(LinkCheck.check(site("key-7", "p8.html#top"), Set.of(), LinkCheck.Memo.stored(ResultCache.inFolder(folder))))
                .isEmpty();
        Map<String, byte[]> first = CacheEntries.read(folder);
        assertThat(first).as("the table and targets, and every part").hasSize(1 + EntryParts.COUNT);

        List<LinkCheck.Page> edited = site("key-7b", "p8.html#gone");
        List<Diagnostic> problems = LinkCheck.check(edited, Set.of(), LinkCheck.Memo.stored(ResultCache.inFolder(folder)));
        assertThat(problems).isEqualTo(LinkCheck.check(edited, Set.of())).singleElement()
                .satisfies(d -> assertThat(d.file()).isEqualTo("p7.html"));
        Map<String, byte[]> second = CacheEntries.read(folder);
        assertThat(second.keySet().stream().filter(key -> !Arrays.equals(second.get(key), first.get(key))))
                .as("p7.html's part alone").hasSize(1);

        // read back: the stored problem of p7.html stands while its key does; a third build reports it again
        assertThat(LinkCheck.check(edited, Set.of(), LinkCheck.Memo.stored(ResultCache.inFolder(folder)))).isEqualTo(problems);
        // a link to a path no table named: the table is made again, every part with it
        List<LinkCheck.Page> elsewhere = site("key-7c", "nowhere.html");
        assertThat(LinkCheck.check(elsewhere, Set.of(), LinkCheck.Memo.stored(ResultCache.inFolder(folder))))
                .isEqualTo(LinkCheck.check(elsewhere, Set.of())).hasSize(1);
        Map<String, byte[]> third = CacheEntries.read(folder);
        assertThat(third.keySet().stream().filter(key -> !Arrays.equals(third.get(key), second.get(key)))).hasSize(1 + EntryParts.COUNT);
        assertThat(LinkCheck.check(elsewhere, Set.of(), LinkCheck.Memo.stored(ResultCache.inFolder(folder))))
                .isEqualTo(LinkCheck.check(elsewhere, Set.of()));
    }
}
