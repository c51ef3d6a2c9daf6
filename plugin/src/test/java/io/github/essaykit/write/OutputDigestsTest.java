package io.github.essaykit.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essaykit.cache.Blob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
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

        assertThat(digests.holds("a.html", page, known("<p>one</p>"))).isTrue();
        assertThat(digests.holds("bibliography/b.html", out.resolve("bibliography/b.html"), known("<p>b</p>"))).isTrue();
        assertThat(digests.holds("a.html", page, known("<p>two</p>"))).as("other bytes wanted").isFalse();
        assertThat(digests.holds("gone.html", out.resolve("gone.html"), known("x"))).as("never there").isFalse();
        assertThat(digests.holds("c.html", out.resolve("c.html"), known("<p>one</p>"))).as("not recorded").isFalse();

        // edited by hand to other bytes of the same size: its time tells
        Files.writeString(page, "<p>uno</p>");
        Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 1000));
        assertThat(digests.holds("a.html", page, known("<p>one</p>"))).isFalse();
        // a file swapped for a folder or deleted
        Files.delete(out.resolve("bibliography/b.html"));
        assertThat(digests.holds("bibliography/b.html", out.resolve("bibliography/b.html"), known("<p>b</p>"))).isFalse();
    }

    @Test
    void damagedBytesAreRefused() {
        byte[] bytes = OutputDigests.of(out, Map.of()).bytes();
        assertThatThrownBy(() -> OutputDigests.read(Arrays.copyOf(bytes, bytes.length - 1))).isInstanceOf(Blob.Corrupt.class);
        assertThatThrownBy(() -> OutputDigests.read(new Blob.Writer().string("something else").bytes())).isInstanceOf(Blob.Corrupt.class);
    }
}
