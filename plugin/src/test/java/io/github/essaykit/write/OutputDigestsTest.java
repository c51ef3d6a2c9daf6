package io.github.essaykit.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essaykit.cache.Blob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is taken as holding the bytes of a digest only while its size and time are those it had when recorded. */
class OutputDigestsTest {

    @TempDir
    Path out;

    private static SiteFiles.Known known(String text) {
        return SiteFiles.Known.of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void holdsWhileTheFileIsAsRecordedAndNotOnceItChanged() throws IOException {
        Path page = Files.writeString(out.resolve("a.html"), "<p>one</p>");
        Files.createDirectories(out.resolve("bibliography"));
        Files.writeString(out.resolve("bibliography/b.html"), "<p>b</p>");
        OutputDigests digests = OutputDigests.read(OutputDigests.of(out, Map.of("a.html", known("<p>one</p>").digest(),
                "bibliography/b.html", known("<p>b</p>").digest(), "gone.html", known("x").digest())).bytes());

        assertThat(digests.holds("a.html", attributes(page), known("<p>one</p>"))).isTrue();
        assertThat(digests.holds("bibliography/b.html", attributes(out.resolve("bibliography/b.html")), known("<p>b</p>"))).isTrue();
        assertThat(digests.holds("a.html", attributes(page), known("<p>two</p>"))).as("other bytes wanted").isFalse();
        assertThat(digests.holds("gone.html", attributes(out.resolve("gone.html")), known("x"))).as("never there").isFalse();
        assertThat(digests.holds("c.html", attributes(out.resolve("c.html")), known("<p>one</p>"))).as("not recorded").isFalse();

        // edited by hand to other bytes of the same size: its time tells
        Files.writeString(page, "<p>uno</p>");
        Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 1000));
        assertThat(digests.holds("a.html", attributes(page), known("<p>one</p>"))).isFalse();
        // a file swapped for a folder or deleted
        Files.delete(out.resolve("bibliography/b.html"));
        assertThat(digests.holds("bibliography/b.html", attributes(out.resolve("bibliography/b.html")), known("<p>b</p>"))).isFalse();
    }

    @Test
    void theNextDigestsKeepWhatWasHeldUnreadAndLookAtTheRest() throws IOException {
        Path a = Files.writeString(out.resolve("a.html"), "<p>one</p>");
        Path b = Files.writeString(out.resolve("b.html"), "<p>b</p>");
        OutputDigests first = OutputDigests.of(out, Map.of("a.html", known("<p>one</p>").digest(), "b.html", known("<p>b</p>").digest()));
        assertThat(first.holds("a.html", attributes(a), known("<p>one</p>"))).isTrue();
        // b.html written again by this build, to other bytes and a later time; a.html held and not looked at again
        Files.writeString(b, "<p>bee</p>");
        Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 1000));
        FileTime held = Files.getLastModifiedTime(a);
        Files.setLastModifiedTime(a, FileTime.fromMillis(held.toMillis() + 1000));
        OutputDigests next = first.next(out, Map.of("a.html", known("<p>one</p>").digest(), "b.html", known("<p>bee</p>").digest()),
                Set.of("a.html"));

        assertThat(next.holds("b.html", attributes(b), known("<p>bee</p>"))).as("looked at: its new time").isTrue();
        assertThat(next.holds("a.html", attributes(a), known("<p>one</p>"))).as("the held entry, with the time it was held at")
                .isFalse();
        Files.setLastModifiedTime(a, held);
        assertThat(next.holds("a.html", attributes(a), known("<p>one</p>"))).isTrue();
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    @Test
    void damagedBytesAreRefused() {
        byte[] bytes = OutputDigests.of(out, Map.of()).bytes();
        assertThatThrownBy(() -> OutputDigests.read(Arrays.copyOf(bytes, bytes.length - 1))).isInstanceOf(Blob.Corrupt.class);
        assertThatThrownBy(() -> OutputDigests.read(new Blob.Writer().string("something else").bytes())).isInstanceOf(Blob.Corrupt.class);
    }

    @Test
    void theSameFilesGiveTheSameBytesWhateverTheOrderTheyWereFoundIn() throws IOException {
        Map<String, String> written = new java.util.LinkedHashMap<>();
        Map<String, String> reversed = new java.util.LinkedHashMap<>();
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = "downloads/sources/essay-" + i + ".bib";
            Files.createDirectories(out.resolve(path).getParent());
            Files.writeString(out.resolve(path), "@book{" + i + "}");
            paths.add(path);
        }
        paths.forEach(path -> written.put(path, known(path).digest()));
        java.util.Collections.reverse(paths);
        paths.forEach(path -> reversed.put(path, known(path).digest()));
        byte[] bytes = OutputDigests.of(out, written).bytes();
        assertThat(OutputDigests.of(out, reversed).bytes()).isEqualTo(bytes);
        assertThat(OutputDigests.read(bytes).bytes()).isEqualTo(bytes);
    }
}
