package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essaykit.write.OutputFolderException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder never is, contains or lies inside the source folder, compared by real paths. */
class SourceOutputOverlapTest {

    @TempDir
    Path dir;

    private Path essays(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("harbour.md"), "---\ntitle: The Harbour\n---\nCranes at dawn.\n");
        return folder;
    }

    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                all.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return all;
    }

    private static List<String> paths(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void theSourceFolderAsOutputIsRefusedEvenWhenEmptyAndTheEssaysStay() throws Exception {
        Path src = Files.createDirectories(dir.resolve("essays"));
        // empty at the first build: once written there, the next build would delete every essay added since
        assertThatThrownBy(() -> SiteBuilder.build(SiteConfig.defaults(src, src)))
                .isInstanceOf(OutputFolderException.class)
                .hasMessage("The output folder " + src.toRealPath() + " is the source folder " + src.toRealPath()
                        + "; writing the site there would replace or mix with the essays. Nothing was written. Choose an "
                        + "outputDirectory outside the source folder (-Dessay.outputDirectory=target/site/essays).");
        assertThat(files(src)).isEmpty();
        essays(src);
        assertThatThrownBy(() -> SiteBuilder.build(SiteConfig.defaults(src, src))).isInstanceOf(OutputFolderException.class);
        assertThat(files(src)).containsOnlyKeys("harbour.md");
    }

    @Test
    void anOutputLinkedToTheSourceFolderIsRefused() throws Exception {
        Path src = essays(dir.resolve("essays"));
        Path link = Files.createSymbolicLink(dir.resolve("site"), src);
        assertThatThrownBy(() -> SiteBuilder.build(SiteConfig.defaults(src, link)))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("is the source folder");
        assertThat(files(src)).containsOnlyKeys("harbour.md");
    }

    @Test
    void essaysMovedIntoABuiltSiteAreNeverDeleted() throws Exception {
        Path out = dir.resolve("site");
        Path first = essays(dir.resolve("essays"));
        assertThat(SiteBuilder.build(SiteConfig.defaults(first, out)).ok()).isTrue();
        Path moved = Files.move(first, out.resolve("essays"));
        assertThatThrownBy(() -> SiteBuilder.build(SiteConfig.defaults(moved, out)))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("The output folder " + out.toRealPath() + " contains the source folder " + moved.toRealPath());
        assertThat(moved.resolve("harbour.md")).content().contains("Cranes at dawn.");
        assertThat(out.resolve("harbour.html")).exists();
    }

    @Test
    void anOutputInsideTheSourceFolderIsRefusedAndNeverNests() throws Exception {
        Path src = essays(dir.resolve("essays"));
        for (int build = 0; build < 2; build++) {
            assertThatThrownBy(() -> SiteBuilder.build(SiteConfig.defaults(src, src.resolve("site"))))
                    .isInstanceOf(OutputFolderException.class)
                    .hasMessageContaining("lies inside the source folder " + src.toRealPath());
        }
        assertThat(src.resolve("site")).doesNotExist();
        assertThat(files(src)).containsOnlyKeys("harbour.md");
    }

    @Test
    void filesLinkedFromOutsideAreNeverPublished() throws Exception {
        Path src = essays(dir.resolve("essays"));
        Files.writeString(dir.resolve("secrets.env"), "TOKEN=hunter2");
        Files.createSymbolicLink(src.resolve("env.txt"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(src.resolve("keys.txt"), dir.resolve("secrets.env"));
        Path out = dir.resolve("site");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(result.ok()).isTrue();
        assertThat(result.diagnostics().warnings()).hasSize(2);
        assertThat(result.site().paths()).doesNotContain("env.txt", "keys.txt").contains("index.html");
        assertThat(out.resolve("env.txt")).doesNotExist();
        assertThat(out.resolve("keys.txt")).doesNotExist();
    }

    /**
     * A folder of documents built where it lies (essay:build -Dessay.sourceDirectory=.): the site
     * and the cache go into the project's target/, which the build never reads. A fresh output
     * folder with a warm cache once published the cache's own entries, and failed when the same
     * build pruned some of them mid-copy.
     */
    @Test
    void aSiteInsideTheBuildFolderIsAllowedAndNeitherItNorTheCacheIsRead() throws Exception {
        Path src = essays(dir.resolve("paper"));
        Files.writeString(src.resolve("figure.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Path target = src.resolve("target");
        Path cache = target.resolve("essaykit-cache");
        for (String output : List.of("site/essays", "site/essays", "again")) {
            Path out = target.resolve(output);
            SiteConfig config = SiteConfig.builder(src, out).skippedFolders(List.of(target, cache)).build();
            BuildResult result = SiteBuilder.build(config, BuildMemory.stored(cache));
            assertThat(result.ok()).as(result.diagnostics().toString()).isTrue();
            assertThat(paths(out)).contains("harbour.html", "figure.svg")
                    .noneMatch(path -> path.startsWith("target") || path.endsWith(".entry") || path.startsWith("site"));
        }
        assertThat(Files.list(cache)).isNotEmpty();
        // target/ is only skipped, not a licence: elsewhere in the source folder the output is refused
        assertThatThrownBy(() -> SiteBuilder.build(SiteConfig.builder(src, src.resolve("public")).skippedFolders(List.of(target)).build()))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("lies inside the source folder");
        assertThat(paths(src)).filteredOn(path -> !path.startsWith("target")).containsExactly("figure.svg", "harbour.md");
    }
}
