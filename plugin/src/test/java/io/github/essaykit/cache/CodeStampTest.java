package io.github.essaykit.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The libraries the plugin runs with count in the code's stamp: another version of one is another stamp. */
class CodeStampTest {

    @TempDir
    Path dir;

    @Test
    void anotherVersionOfALibraryIsAnotherStamp() throws IOException {
        Path v1 = Files.createDirectories(dir.resolve("repository/de/undercouch/citeproc-java/3.5.2"));
        Path v2 = Files.createDirectories(dir.resolve("repository/de/undercouch/citeproc-java/3.5.3"));
        Path jar1 = Files.writeString(v1.resolve("citeproc-java.jar"), "one");
        Path jar2 = Files.writeString(v2.resolve("citeproc-java.jar"), "one");
        Path styles = Files.writeString(dir.resolve("styles.jar"), "styles");
        Files.setLastModifiedTime(jar1, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(jar2, FileTime.fromMillis(1_000_000));

        String stamp = CodeStamp.libraries(List.of(jar1, styles));
        assertThat(CodeStamp.libraries(List.of(styles, jar1))).as("the class path's order").isEqualTo(stamp);
        assertThat(CodeStamp.libraries(List.of(jar2, styles))).as("another version's path").isNotEqualTo(stamp);

        Files.writeString(jar1, "two"); // rebuilt in place: same path, same size
        Files.setLastModifiedTime(jar1, FileTime.fromMillis(2_000_000));
        assertThat(CodeStamp.libraries(List.of(jar1, styles))).as("another time").isNotEqualTo(stamp);
        Files.setLastModifiedTime(jar1, FileTime.fromMillis(1_000_000));
        Files.writeString(jar1, "three!");
        Files.setLastModifiedTime(jar1, FileTime.fromMillis(1_000_000));
        assertThat(CodeStamp.libraries(List.of(jar1, styles))).as("another size").isNotEqualTo(stamp);
        String present = CodeStamp.libraries(List.of(jar1, styles));
        Files.delete(styles);
        assertThat(CodeStamp.libraries(List.of(jar1, styles))).as("a jar gone").isNotEqualTo(present);
    }

    @Test
    void aJarCountsByTheBytesOfEachFileItHolds() throws IOException {
        Path jar = dir.resolve("plugin.jar");
        jar(jar, "essay.mustache", "<p>{{title}}</p>");
        String stamp = CodeStamp.jarFiles(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        assertThat(CodeStamp.jarFiles(jar)).as("only its time changed").isEqualTo(stamp);

        jar(jar, "essay.mustache", "<p>{{TITLE}}</p>"); // the same size, one file's bytes changed
        assertThat(CodeStamp.jarFiles(jar)).isNotEqualTo(stamp);
        jar(jar, "other.mustache", "<p>{{title}}</p>");
        assertThat(CodeStamp.jarFiles(jar)).as("another name").isNotEqualTo(stamp);
    }

    private static void jar(Path jar, String name, String text) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry(name));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    @Test
    void isTheSameForTheLifeOfTheClassLoader() {
        assertThat(CodeStamp.current()).hasSize(32).isEqualTo(CodeStamp.current());
    }
}
