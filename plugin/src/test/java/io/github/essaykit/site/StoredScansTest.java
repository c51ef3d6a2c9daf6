package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.polish.LinkCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored scan is the scan of the very page it was made from: other HTML or another path is scanned afresh, a damaged entry too. */
class StoredScansTest {

    private static final String PAGE = "<html><body><p id=\"a\">x</p><p id=\"a\">y</p><a href=\"one.html#b\">one</a></body></html>";

    @TempDir
    Path dir;

    @Test
    void aChangedPageOrPathIsScannedAfreshAndADamagedEntryIsIgnored() throws IOException {
        Path folder = dir.resolve("cache");
        LinkCheck.Scan first = StoredScans.scan(ResultCache.inFolder(folder), LinkCheck.Memo.NONE, "index.html", PAGE);
        assertThat(first).isEqualTo(LinkCheck.scan("index.html", PAGE));
        assertThat(entries(folder)).hasSize(1);
        // read back in a new cache (a new JVM): the same value
        assertThat(StoredScans.scan(ResultCache.inFolder(folder), LinkCheck.Memo.NONE, "index.html", PAGE)).isEqualTo(first);

        String edited = PAGE.replace("one.html#b", "two.html");
        assertThat(StoredScans.scan(ResultCache.inFolder(folder), LinkCheck.Memo.NONE, "index.html", edited).links())
                .containsExactly("two.html");
        // the duplicate id is reported against the page it is in
        assertThat(StoredScans.scan(ResultCache.inFolder(folder), LinkCheck.Memo.NONE, "bibliography.html", PAGE).duplicates())
                .isEqualTo(LinkCheck.scan("bibliography.html", PAGE).duplicates()).singleElement()
                .satisfies(d -> assertThat(d.file()).isEqualTo("bibliography.html"));

        for (Path entry : entries(folder)) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length - 3] ^= 1;
            Files.write(entry, bytes);
        }
        assertThat(StoredScans.scan(ResultCache.inFolder(folder), LinkCheck.Memo.NONE, "index.html", PAGE)).isEqualTo(first);
    }

    @Test
    void withoutAFolderTheMemoScans() {
        LinkCheck.Scan scan = StoredScans.scan(ResultCache.NONE, LinkCheck.Memo.create(), "index.html", PAGE);
        assertThat(scan.ids()).containsExactly("a");
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".entry")).toList();
        }
    }
}
