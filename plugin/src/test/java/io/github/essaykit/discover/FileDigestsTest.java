package io.github.essaykit.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestsTest {

    @TempDir
    Path dir;

    private final List<Path> reads = new ArrayList<>();
    private final FileDigests digests = new FileDigests(file -> {
        reads.add(file);
        return Files.readAllBytes(file);
    });

    @Test
    void aFileStillForLongEnoughIsHashedOnceWhileItsStampStaysTheSame() throws Exception {
        Path bib = Files.writeString(dir.resolve("sources.bib"), "@book{a, title = {A}}", StandardCharsets.UTF_8);
        Thread.sleep(FileStamp.STILL_MILLIS + 100); // the stamp vouches only for a file still that long

        String first = digests.of(bib);
        assertThat(digests.of(bib)).isEqualTo(first).isEqualTo(ContentDigest.of(Files.readAllBytes(bib)));
        assertThat(reads).hasSize(1);

        Files.writeString(bib, "@book{b, title = {B}}", StandardCharsets.UTF_8); // same size, a new status-change time
        assertThat(digests.of(bib)).isNotEqualTo(first).isEqualTo(ContentDigest.of(Files.readAllBytes(bib)));
        assertThat(reads).hasSize(2);
    }

    @Test
    void aFileJustWrittenIsReadEachTime() throws IOException {
        Path bib = Files.writeString(dir.resolve("sources.bib"), "@book{a, title = {A}}", StandardCharsets.UTF_8);

        assertThat(digests.of(bib)).isEqualTo(digests.of(bib));
        assertThat(reads).hasSize(2); // a second write in the same clock tick would leave the same stamp
    }
}
