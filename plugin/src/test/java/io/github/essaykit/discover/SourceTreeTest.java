package io.github.essaykit.discover;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeTest {

    @TempDir
    Path dir;

    @Test
    void linksLeavingTheSourceFolderAreSkippedWithAWarning() throws Exception {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        Files.createDirectories(essays.resolve("img"));
        Path secret = Files.writeString(dir.resolve("secrets.env"), "TOKEN=hunter2");
        Files.createDirectories(dir.resolve("private"));
        Files.writeString(essays.resolve("a.md"), "# A");
        Files.writeString(essays.resolve("img/real.png"), "png");
        Files.createSymbolicLink(essays.resolve("env.txt"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(essays.resolve("img/secret.png"), secret);
        Files.createSymbolicLink(essays.resolve("private"), dir.resolve("private"));
        Files.createSymbolicLink(essays.resolve("gone.md"), dir.resolve("nowhere.md"));
        Files.createSymbolicLink(essays.resolve("alias.png"), Path.of("img/real.png"));

        SourceTree tree = SourceTree.scan(essays, List.of());
        String secretAt = secret.toRealPath().toString();
        String privateAt = dir.resolve("private").toRealPath().toString();

        assertThat(tree.essays()).extracting(SourceFile::relative).containsExactly("a.md");
        assertThat(tree.others()).extracting(SourceFile::relative).containsExactly("alias.png", "img/real.png");
        // a link inside the folder is read at its real path, so no later read follows a link
        assertThat(tree.others().get(0).path()).isEqualTo(essays.resolve("img/real.png").toRealPath());
        assertThat(tree.diagnostics().all()).allMatch(d -> !d.isError()).extracting(Diagnostic::toString)
                .anyMatch(s -> s.startsWith("env.txt: warning: skipped: a symbolic link to /proc/") && s.contains("outside the source folder"))
                .anyMatch(s -> s.startsWith("img/secret.png: warning: skipped: a symbolic link to " + secretAt))
                .anyMatch(s -> s.startsWith("private: warning: skipped: a symbolic link to " + privateAt))
                .anyMatch(s -> s.startsWith("gone.md: warning: skipped: a symbolic link to nothing"))
                .hasSize(4);
    }

    @Test
    void unsafeNamesAreErrorsAndNotListed() throws Exception {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(essays.resolve("what?.md"), "# ?");
        Files.writeString(essays.resolve("my essay.md"), "# fine");
        SourceTree tree = SourceTree.scan(essays, List.of());
        assertThat(tree.essays()).extracting(SourceFile::relative).containsExactly("my essay.md");
        assertThat(tree.diagnostics().errors()).extracting(Diagnostic::toString).containsExactly(
                "what?.md: error: the name 'what?.md' has '?', which cannot be in a page address on every host; "
                        + "rename it, using letters, digits, spaces, '-', '_' or '.'");
    }

    @Test
    void hiddenFilesAndFoldersAreSkippedAndTheRestListedInPathOrder() throws Exception {
        Path essays = Files.createDirectories(dir.resolve("essays"));
        for (String name : new String[] {"b.md", "a-b.md", "a/b.md", "a.md", "a/.draft.md", ".git/HEAD", ".git/notes.md",
                "img/.cache/x.png", "img/z.png", ".DS_Store", "img/y.PNG"}) {
            Files.createDirectories(essays.resolve(name).getParent());
            Files.writeString(essays.resolve(name), "# " + name);
        }
        SourceTree tree = SourceTree.scan(essays, List.of());
        // as the paths sort ('-' before '.' before '/'), whatever order the folder lists them in
        assertThat(tree.essays()).extracting(SourceFile::relative).containsExactly("a-b.md", "a.md", "a/b.md", "b.md");
        assertThat(tree.others()).extracting(SourceFile::relative).containsExactly("img/y.PNG", "img/z.png");
        assertThat(tree.diagnostics().all()).isEmpty();
    }

    @Test
    void skippedFoldersAreNotEnteredWhereverTheRootIsReachedFrom() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        for (String name : new String[] {"article.md", "refs.bib", "target/essaykit-cache/k.entry", "target/site/index.html",
                "notes/target/kept.md", "out/x.html"}) {
            Files.createDirectories(project.resolve(name).getParent());
            Files.writeString(project.resolve(name), "# " + name);
        }
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), project);
        // Maven's target/ named through the link, an output folder not made yet, and a folder outside the tree
        List<Path> skipped = List.of(alias.resolve("target"), project.resolve("out"), project.resolve("missing"), dir);
        for (Path root : List.of(project, alias)) {
            SourceTree tree = SourceTree.scan(root, skipped);
            assertThat(tree.essays()).extracting(SourceFile::relative).containsExactly("article.md", "notes/target/kept.md");
            assertThat(tree.others()).extracting(SourceFile::relative).containsExactly("refs.bib");
            assertThat(tree.diagnostics().all()).isEmpty();
        }
    }
}
