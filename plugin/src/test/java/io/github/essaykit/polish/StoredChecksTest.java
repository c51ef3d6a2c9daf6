package io.github.essaykit.polish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.diagnostic.Diagnostic;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredChecksTest {

    private final String digest = new PackedIds(Set.of("sec-a", "fig-1")).digest();
    private final Map<String, Object> targets = Map.of("a.html", digest, "b.html", digest, "timeline.svg", PageProblems.FILE);
    private final PageProblems checked = new PageProblems(null, "key-a", Set.of("b.html", "missing.html", "timeline.svg"),
            List.of(Diagnostic.error("a.md", 3, 7, "link 'b.html#gone' names no element of b.html")));

    @Test
    void aCheckReadsBackAsWritten() {
        StoredChecks.Checks read = StoredChecks.read(StoredChecks.write(targets, Map.of("a.html", checked)));

        assertThat(read.targets()).isEqualTo(targets); // a file read back as FILE itself
        assertThat(read.problems()).containsOnlyKeys("a.html");
        PageProblems back = read.problems().get("a.html");
        assertThat(back.key()).isEqualTo("key-a");
        assertThat(back.targets()).isEqualTo(checked.targets());
        assertThat(back.problems()).isEqualTo(checked.problems());
    }

    @Test
    void aPageKnownByNoKeyIsNotKept() {
        PageProblems unkeyed = new PageProblems(null, null, Set.of(), List.of());
        assertThat(StoredChecks.read(StoredChecks.write(targets, Map.of("a.html", checked, "b.html", unkeyed))).problems())
                .containsOnlyKeys("a.html");
    }

    @Test
    void theSameChecksGiveTheSameBytes() {
        assertThat(StoredChecks.write(new java.util.HashMap<>(targets), Map.of("a.html", checked)))
                .isEqualTo(StoredChecks.write(new java.util.TreeMap<>(targets), Map.of("a.html", checked)));
    }

    /** Many pages, each leading into others, to files and to paths that are neither, some pages no target: each read back. */
    @Test
    void aSiteOfPagesReadsBackAsWritten() {
        java.util.Random random = new java.util.Random(7);
        Map<String, Object> site = new java.util.HashMap<>();
        Map<String, PageProblems> pages = new java.util.HashMap<>();
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

        StoredChecks.Checks read = StoredChecks.read(StoredChecks.write(site, pages));

        assertThat(read.targets()).isEqualTo(site);
        assertThat(read.problems()).hasSameSizeAs(pages);
        pages.forEach((path, page) -> {
            assertThat(read.problems().get(path).targets()).as(path).isEqualTo(page.targets());
            assertThat(read.problems().get(path).key()).isEqualTo(page.key());
        });
    }

    @Test
    void damagedBytesAreRefused() {
        byte[] bytes = StoredChecks.write(targets, Map.of("a.html", checked));
        for (int length : new int[] {0, 10, bytes.length / 2, bytes.length - 1}) {
            assertThatThrownBy(() -> StoredChecks.read(Arrays.copyOf(bytes, length))).isInstanceOf(Blob.Corrupt.class);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> StoredChecks.read(longer)).isInstanceOf(Blob.Corrupt.class);
        assertThatThrownBy(() -> StoredChecks.read(new Blob.Writer().string("link checks 0").bytes())).isInstanceOf(Blob.Corrupt.class);
        // a path number beyond the table
        byte[] beyond = new Blob.Writer().string(StoredChecks.FORMAT).strings(List.of("a.html")).integer(1).integer(5).string("").bytes();
        assertThatThrownBy(() -> StoredChecks.read(beyond)).isInstanceOf(Blob.Corrupt.class);
    }
}
