package io.github.essaykit.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void listsItsFilesInTheirNaturalOrderWhateverOrderTheyCameIn() throws Exception {
        Manifest manifest = new Manifest(Set.of("z.html", "downloads/b.bib", "a.html", "downloads/a.bib"));
        assertThat(manifest.files()).containsExactly("a.html", "downloads/a.bib", "downloads/b.bib", "z.html");

        Manifest more = manifest.plus(List.of("b.html", "a.html", "zz/c.css"));
        assertThat(more.files()).containsExactly("a.html", "b.html", "downloads/a.bib", "downloads/b.bib", "z.html", "zz/c.css");
        assertThat(more.contains("b.html")).isTrue();
        assertThat(more.contains("c.html")).isFalse();
    }

    @Test
    void readsAMarkerListingFilesOutOfOrderSorted() throws Exception {
        Path out = Files.createDirectories(dir.resolve("site"));
        Files.writeString(out.resolve(SiteWriter.MARKER), "# edited by hand\nz.html\na.html\n../escape.html\nm/n.html\na.html\n");

        Manifest read = Manifest.read(out);

        assertThat(read.files()).containsExactly("a.html", "m/n.html", "z.html");
        read.write(out, Files.createDirectories(dir.resolve("staging")));
        assertThat(Files.readAllLines(out.resolve(SiteWriter.MARKER))).endsWith("a.html", "m/n.html", "z.html");
    }
}
