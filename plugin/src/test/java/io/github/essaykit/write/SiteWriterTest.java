package io.github.essaykit.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheOldSiteWholeAndLeavesNoStaging() throws Exception {
        Path out = dir.resolve("site");
        SiteWriter.write(out, new SiteFiles().text("index.html", "one").text("old.html", "gone soon"));
        SiteWriter.write(out, new SiteFiles().text("index.html", "two").text("a/b.html", "deep"));
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
        assertThat(out.resolve("a/b.html")).hasContent("deep");
        assertThat(out.resolve("old.html")).doesNotExist();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws Exception {
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("precious.txt"), "keep me");
        assertThatThrownBy(() -> SiteWriter.write(out, new SiteFiles().text("index.html", "x")))
                .isInstanceOf(SiteWriter.ForeignOutputException.class)
                .hasMessageContaining("was not written by essaykit");
        assertThat(out.resolve("precious.txt")).hasContent("keep me");
    }

    @Test
    void copiesFilesAndRefusesPathsOutsideTheSite() throws Exception {
        Path source = Files.writeString(dir.resolve("pic.svg"), "<svg/>");
        Path out = dir.resolve("out");
        SiteWriter.write(out, new SiteFiles().copy("img/pic.svg", source));
        assertThat(out.resolve("img/pic.svg")).hasContent("<svg/>");
        assertThatThrownBy(() -> SiteWriter.write(out, new SiteFiles().text("../escape.html", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("escape.html")).doesNotExist();
        assertThat(out.resolve("img/pic.svg")).exists();
    }
}
