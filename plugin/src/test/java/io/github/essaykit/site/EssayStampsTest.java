package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.discover.FileStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EssayStampsTest {

    @TempDir
    Path dir;

    /** A read long after the file's last write: its stamp stands for its bytes. */
    private final long later = System.currentTimeMillis() + 60_000;

    @Test
    void anEssayKeepsItsDigestWhileItsStampIsTheSame() throws IOException {
        Path essay = Files.writeString(dir.resolve("a.md"), "# A\n");
        ResultCache cache = ResultCache.inFolder(dir.resolve("cache"));
        EssayStamps first = EssayStamps.in(cache, dir);
        assertThat(first.digest(essay, FileStamp.of(essay))).isNull();
        first.read(essay, FileStamp.of(essay), later, "digest of a");
        first.save();

        EssayStamps second = EssayStamps.in(cache, dir);
        assertThat(second.digest(essay, FileStamp.of(essay))).isEqualTo("digest of a");
        second.save(); // known by its stamp: kept for the next run too
        assertThat(EssayStamps.in(cache, dir).digest(essay, FileStamp.of(essay))).isEqualTo("digest of a");
    }

    @Test
    void aFileWrittenAgainIsReadAgainEvenWithItsSizeAndTimeSetBack() throws IOException {
        Path essay = Files.writeString(dir.resolve("a.md"), "# A\n");
        FileTime time = Files.getLastModifiedTime(essay);
        ResultCache cache = ResultCache.inFolder(dir.resolve("cache"));
        EssayStamps first = EssayStamps.in(cache, dir);
        first.read(essay, FileStamp.of(essay), later, "digest of a");
        first.save();

        Files.writeString(essay, "# B\n"); // the same size
        Files.setLastModifiedTime(essay, time); // and time: its status-change time still tells
        assertThat(EssayStamps.in(cache, dir).digest(essay, FileStamp.of(essay))).isNull();
    }

    @Test
    void aStampTakenTooSoonAfterAWriteIsNotKept() throws IOException {
        Path essay = Files.writeString(dir.resolve("a.md"), "# A\n");
        ResultCache cache = ResultCache.inFolder(dir.resolve("cache"));
        EssayStamps first = EssayStamps.in(cache, dir);
        first.read(essay, FileStamp.of(essay), System.currentTimeMillis(), "digest of a"); // written a moment ago
        first.save();
        assertThat(EssayStamps.in(cache, dir).digest(essay, FileStamp.of(essay))).isNull();
    }

    @Test
    void aDamagedEntryIsNoEntry() throws IOException {
        Path essay = Files.writeString(dir.resolve("a.md"), "# A\n");
        Path folder = dir.resolve("cache");
        EssayStamps first = EssayStamps.in(ResultCache.inFolder(folder), dir);
        first.read(essay, FileStamp.of(essay), later, "digest of a");
        first.save();
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                byte[] bytes = Files.readAllBytes(entry);
                Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 3));
            }
        }
        assertThat(EssayStamps.in(ResultCache.inFolder(folder), dir).digest(essay, FileStamp.of(essay))).isNull();
    }
}
