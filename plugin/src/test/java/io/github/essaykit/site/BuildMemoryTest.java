package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What essay:serve keeps between builds never changes the output: each build equals a fresh one. */
class BuildMemoryTest {

    @TempDir
    Path dir;

    @Test
    void buildsWithMemoryEqualFreshBuildsAcrossEdits() throws Exception {
        Path src = CrossReferenceSiteTest.copy(Path.of("src/test/resources/cases/citations-site/essays"), dir.resolve("src"));
        BuildMemory memory = BuildMemory.create();
        assertSameAsFresh(src, memory, "first build");

        Path first = src.resolve("first.md");
        String original = Files.readString(first);
        // a second 1997 work by Fursenko and Naftali: both become 1997a/1997b
        Files.writeString(src.resolve("sources.bib"), Files.readString(src.resolve("sources.bib")) + """

                @book{fursenko1997b,
                  author = {Fursenko, Aleksandr and Naftali, Timothy},
                  title = {A Second Book},
                  publisher = {Norton},
                  year = {1997}
                }
                """);
        Files.writeString(first, original + "\nAnother [@fursenko1997b, 3].\n");
        assertSameAsFresh(src, memory, "after adding a same-year work");
        assertThat(Files.readString(dir.resolve("remembered/first.html"))).contains("1997a").contains("1997b");

        Files.writeString(first, original.replace("Narrative @fursenko1997 says so.", "Narrative @fursenko1997b says so."));
        assertSameAsFresh(src, memory, "after changing a citation");

        Files.writeString(first, original);
        Files.writeString(src.resolve("sources.bib"), Files.readString(src.resolve("sources.bib")).replace("fursenko1997b", "unused2"));
        assertSameAsFresh(src, memory, "after reverting");
        assertThat(Files.readString(dir.resolve("remembered/first.html"))).doesNotContain("1997a");
    }

    private void assertSameAsFresh(Path src, BuildMemory memory, String when) throws Exception {
        BuildResult remembered = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("remembered")), memory);
        BuildResult fresh = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("fresh")));
        assertThat(remembered.diagnostics()).as(when).isEqualTo(fresh.diagnostics());
        assertThat(fresh.diagnostics().hasErrors()).as(when + ": " + fresh.diagnostics().all()).isFalse();
        assertThat(contents(dir.resolve("remembered"))).as(when).isEqualTo(contents(dir.resolve("fresh")));
    }

    private static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
