package io.github.essaykit.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path dir;

    Path source;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        source = Files.createDirectories(dir.resolve("src"));
        out = dir.resolve("site");
    }

    private static SiteFiles oldSite() {
        return new SiteFiles().text("index.html", "old index").text("a.html", "old a").text("gone/b.html", "old b")
                .text("assets/x.css", "old css");
    }

    private static SiteFiles newSite() {
        return new SiteFiles().text("index.html", "new index").text("a.html", "new a").text("c.html", "new c")
                .text("assets/x.css", "new css");
    }

    /** Every file under {@code root} with its text, hidden ones included. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        files.remove(SiteWriter.MARKER);
        return files;
    }

    @Test
    void replacesTheOldSiteWholeAndLeavesNoStaging() throws Exception {
        SiteWriter.write(source, out, oldSite());
        SiteWriter.write(source, out, newSite());
        assertThat(tree(out)).containsExactlyEntriesOf(new TreeMap<>(Map.of("index.html", "new index", "a.html", "new a",
                "c.html", "new c", "assets/x.css", "new css")));
        assertThat(out.resolve("gone")).doesNotExist();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("src", "site");
        }
        assertThat(out.resolve(SiteWriter.MARKER)).content().contains("index.html\n").doesNotContain("gone/b.html");
    }

    /** The stamp made from a committed site's digests is the folder's stamp, and stays what it was when a file changes after. */
    @Test
    void theStampOfACommittedSiteIsTheStampOfItsFolder() throws Exception {
        SiteWriter.write(source, out, oldSite());
        StagedSite site = SiteWriter.open(source, out);
        // pages as a build puts them, known by their digest, and a text
        List.of("index.html", "a.html", "c.html").forEach(path -> site.put(path,
                SiteFiles.Known.of(("new " + path).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        site.text("assets/x.css", "new css");
        site.commit();
        site.close();
        OutputStamp fromDigests = OutputStamp.of(out, site.digests());
        assertThat(site.digests().sizeAndTime("c.html")).as("the committed files are known").isNotNull();
        assertThat(site.digests().sizeAndTime("assets/x.css")).as("bytes put as they are, known by their digest too").isNotNull();
        assertThat(fromDigests).isNotNull();
        assertThat(fromDigests.print()).isEqualTo(OutputStamp.of(out).print());
        assertThat(fromDigests.files()).containsExactlyInAnyOrder("index.html", "a.html", "c.html", "assets/x.css");

        Path page = out.resolve("a.html");
        Files.writeString(page, "edited");
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 1000));
        assertThat(OutputStamp.of(out).print()).as("the folder, looked at").isNotEqualTo(fromDigests.print());
        assertThat(OutputStamp.of(out, site.digests()).print()).as("as committed").isEqualTo(fromDigests.print());
    }

    @Test
    void refusesToWriteIntoAFolderItDidNotWrite() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("precious.txt"), "keep me");
        assertThatThrownBy(() -> SiteWriter.write(source, out, new SiteFiles().text("index.html", "x")))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("was not written by essaykit");
        assertThat(tree(out)).containsExactlyEntriesOf(Map.of("precious.txt", "keep me"));
    }

    @Test
    void keepsFilesItDidNotWriteAndNamesThoseInTheWay() throws Exception {
        SiteWriter.write(source, out, oldSite());
        Files.writeString(out.resolve("CNAME"), "essays.example.org\n");
        Files.createDirectories(out.resolve(".well-known"));
        Files.writeString(out.resolve(".well-known/security.txt"), "Contact: mailto:a@example.org\n");
        Files.writeString(out.resolve("gone/mine.txt"), "the author's own file in a folder of the site");

        SiteWriter.write(source, out, newSite());
        assertThat(tree(out)).containsEntry("CNAME", "essays.example.org\n")
                .containsEntry(".well-known/security.txt", "Contact: mailto:a@example.org\n")
                .containsEntry("gone/mine.txt", "the author's own file in a folder of the site")
                .containsEntry("c.html", "new c")
                .doesNotContainKey("gone/b.html");

        Files.writeString(out.resolve("d.html"), "written by hand");
        assertThatThrownBy(() -> SiteWriter.write(source, out, newSite().text("d.html", "generated")))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("holds files essaykit did not write where the site needs to write: d.html");
        assertThat(out.resolve("d.html")).hasContent("written by hand");
        assertThat(out.resolve("index.html")).hasContent("new index");
    }

    @Test
    void theOutputPathIsNeverMissingAndEveryFileIsWholeDuringTheSwap() throws Exception {
        SiteWriter.write(source, out, oldSite());
        List<String> seen = new ArrayList<>();
        SiteWriter.Disk watching = beforeEachMove(to -> {
            assertThat(out).isDirectory();
            seen.add(Files.readString(out.resolve("index.html")) + "|" + Files.readString(out.resolve("assets/x.css")));
        });
        SiteWriter.write(source, out, newSite(), watching);
        // assets go first, pages last: a new page never links to an asset not yet there
        assertThat(seen).containsExactly("old index|old css", "old index|new css", "old index|new css", "old index|new css");
        assertThat(out.resolve("index.html")).hasContent("new index");
    }

    /** A folder the output folder lacks goes in with one rename; in a folder it has, each file is moved. */
    @Test
    void aFolderNewToTheSiteIsMovedInWhole() throws Exception {
        SiteWriter.write(source, out, oldSite());
        List<String> moves = new ArrayList<>();
        SiteWriter.Disk counting = beforeEachMove(to -> moves.add(out.relativize(to).toString().replace('\\', '/')));
        SiteFiles site = newSite().text("sources/x.html", "x").text("sources/deep/y.bib", "y").text("assets/fonts/z.woff", "z")
                .text("gone/new.html", "new in an old folder");
        SiteWriter.write(source, out, site, counting);
        assertThat(moves).containsExactly("assets/fonts", "assets/x.css", "sources", "a.html", "c.html", "gone/new.html",
                "index.html");
        assertThat(tree(out)).containsExactlyEntriesOf(new TreeMap<>(Map.of("index.html", "new index", "a.html", "new a",
                "c.html", "new c", "assets/x.css", "new css", "assets/fonts/z.woff", "z", "sources/x.html", "x",
                "sources/deep/y.bib", "y", "gone/new.html", "new in an old folder")));
        assertThat(out.resolve(SiteWriter.MARKER)).content().contains("sources/deep/y.bib\n", "assets/fonts/z.woff\n");

        // a file of that name in the way: refused as before, nothing replaced
        SiteWriter.write(source, out, oldSite());
        Files.writeString(out.resolve("extra"), "the author's own file");
        assertThatThrownBy(() -> SiteWriter.write(source, out, oldSite().text("extra/page.html", "page")))
                .isInstanceOf(OutputFolderException.class);
        assertThat(out.resolve("extra")).hasContent("the author's own file");
    }

    @Test
    void anInterruptedSwapLeavesAServableSiteThatTheNextBuildCompletes() throws Exception {
        SiteWriter.write(source, out, oldSite());
        SiteWriter.Disk killedAfterTwoMoves = failing(Integer.MAX_VALUE, 2);
        assertThatThrownBy(() -> SiteWriter.write(source, out, newSite(), killedAfterTwoMoves))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("partly updated; the next build completes it");
        assertThat(out.resolve("index.html")).hasContent("old index");
        assertThat(out.resolve("assets/x.css")).hasContent("new css");

        SiteWriter.write(source, out, newSite());
        assertThat(tree(out)).containsExactlyEntriesOf(new TreeMap<>(Map.of("index.html", "new index", "a.html", "new a",
                "c.html", "new c", "assets/x.css", "new css")));
    }

    @Test
    void aStagingFolderLeftByAKilledBuildNeverBlocksTheNext() throws Exception {
        // a build killed while staging its very first site: only the staging folder is there
        Files.createDirectories(out.resolve(".essaykit-staging/deep"));
        Files.writeString(out.resolve(".essaykit-staging/deep/half.html"), "<p>half");
        SiteWriter.write(source, out, oldSite());
        assertThat(out.resolve(".essaykit-staging")).doesNotExist();

        Files.createDirectories(out.resolve(".essaykit-staging"));
        Files.writeString(out.resolve(".essaykit-staging/index.html"), "half");
        SiteWriter.write(source, out, newSite());
        assertThat(out.resolve(".essaykit-staging")).doesNotExist();
        assertThat(out.resolve("index.html")).hasContent("new index");
    }

    @Test
    void aFullDiskLeavesTheOldSiteAndNoStagingFolder() throws Exception {
        SiteWriter.write(source, out, oldSite());
        Map<String, String> before = tree(out);
        String marker = Files.readString(out.resolve(SiteWriter.MARKER));
        assertThatThrownBy(() -> SiteWriter.write(source, out, newSite(), failing(3, Integer.MAX_VALUE)))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("Cannot write the site to " + out.toRealPath())
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("still the previous one");
        assertThat(tree(out)).isEqualTo(before);
        assertThat(out.resolve(SiteWriter.MARKER)).hasContent(marker);
        assertThat(out.resolve(".essaykit-staging")).doesNotExist();
    }

    @Test
    void aDeniedWriteSaysPermissionDeniedAndTouchesNothing() throws Exception {
        SiteWriter.write(source, out, oldSite());
        Map<String, String> before = tree(out);
        SiteWriter.Disk denied = new SiteWriter.Disk() {
            @Override
            public void write(Path target, SiteFiles.Content content) throws IOException {
                throw new AccessDeniedException(target.toString());
            }

            @Override
            public void move(Path from, Path to) {
                throw new AssertionError("nothing is moved after a failed write");
            }
        };
        assertThatThrownBy(() -> SiteWriter.write(source, out, newSite(), denied))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("Permission denied");
        assertThat(tree(out)).isEqualTo(before);
    }

    @Test
    void aReadOnlyOutputFolderFailsBeforeAnythingIsTouched() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into read-only folders");
        SiteWriter.write(source, out, oldSite());
        Map<String, String> before = tree(out);
        for (Path folder : List.of(out, out.resolve("assets"))) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                assertThatThrownBy(() -> SiteWriter.write(source, out, newSite()))
                        .isInstanceOf(OutputFolderException.class)
                        .hasMessageContaining("Permission denied (" + folder.toRealPath());
                assertThat(tree(out)).isEqualTo(before);
            } finally {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @Test
    void aLinkedOutputFolderIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("www/essays"));
        Files.createSymbolicLink(out, real);
        SiteWriter.write(source, out, oldSite());
        SiteWriter.write(source, out, newSite());
        assertThat(Files.isSymbolicLink(out)).isTrue();
        assertThat(real.resolve("c.html")).hasContent("new c");
        assertThat(real.resolve("gone")).doesNotExist();

        Path dangling = dir.resolve("dangling");
        Files.createSymbolicLink(dangling, dir.resolve("nowhere"));
        assertThatThrownBy(() -> SiteWriter.write(source, dangling, newSite()))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("is a link to a folder that does not exist");
        assertThat(dir.resolve("nowhere")).doesNotExist();

        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> SiteWriter.write(source, file, newSite()))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("is a file, not a folder");
        assertThat(file).hasContent("mine");
    }

    @Test
    void theMarkerIsWrittenOnlyWhenTheSitesFileNamesChange() throws Exception {
        SiteWriter.write(source, out, oldSite());
        Path marker = out.resolve(SiteWriter.MARKER);
        Object first = Files.readAttributes(marker, BasicFileAttributes.class).fileKey();
        SiteFiles edited = new SiteFiles().text("index.html", "edited index").text("a.html", "old a").text("gone/b.html", "old b")
                .text("assets/x.css", "old css");

        assertThat(SiteWriter.write(source, out, edited)).isEqualTo(1);
        assertThat(out.resolve("index.html")).hasContent("edited index");
        assertThat(Files.readAttributes(marker, BasicFileAttributes.class).fileKey()).as("the same file, not replaced").isEqualTo(first);

        SiteWriter.write(source, out, newSite()); // gone/b.html goes, c.html comes
        assertThat(Files.readAttributes(marker, BasicFileAttributes.class).fileKey()).isNotEqualTo(first);
        assertThat(marker).content().contains("c.html\n").doesNotContain("gone/b.html");
        assertThat(tree(out).keySet()).containsExactlyInAnyOrder("a.html", "assets/x.css", "c.html", "index.html");
    }

    @Test
    void aMarkerNamingFilesOutsideTheFolderDeletesNone() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "not the site's");
        SiteWriter.write(source, out, oldSite());
        Files.writeString(out.resolve(SiteWriter.MARKER), Files.readString(out.resolve(SiteWriter.MARKER))
                + "../outside.txt\n" + outside + "\n" + out.resolve("../outside.txt") + "\n");
        SiteWriter.write(source, out, newSite());
        assertThat(outside).hasContent("not the site's");
    }

    @Test
    void neverWritesIntoTheSourceFolder() throws Exception {
        Files.writeString(source.resolve("essay.md"), "# mine");
        for (Path target : List.of(source, source.resolve("site"), dir)) {
            assertThatThrownBy(() -> SiteWriter.write(source, target, newSite()))
                    .isInstanceOf(OutputFolderException.class).hasMessageContaining(source.toRealPath().toString());
        }
        assertThat(tree(dir)).containsExactlyEntriesOf(Map.of("src/essay.md", "# mine"));
    }

    @Test
    void copiesFilesAndRefusesPathsOutsideTheSite() throws Exception {
        Path picture = Files.writeString(source.resolve("pic.svg"), "<svg/>");
        SiteWriter.write(source, out, new SiteFiles().copy("img/pic.svg", picture));
        assertThat(out.resolve("img/pic.svg")).hasContent("<svg/>");
        assertThatThrownBy(() -> SiteWriter.write(source, out, new SiteFiles().text("../escape.html", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("escape.html")).doesNotExist();
        assertThat(out.resolve("img/pic.svg")).exists();
    }

    @Test
    void neverCopiesThroughALink() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOKEN=hunter2");
        Path link = Files.createSymbolicLink(source.resolve("pic.svg"), secret);
        assertThatThrownBy(() -> SiteWriter.write(source, out, new SiteFiles().copy("pic.svg", link)))
                .isInstanceOf(OutputFolderException.class);
        assertThat(out.resolve("pic.svg")).doesNotExist();
    }

    /** What a test does before each move of the real disk, given where the file goes. */
    private interface Move {
        void before(Path to) throws IOException;
    }

    private static SiteWriter.Disk beforeEachMove(Move move) {
        return new SiteWriter.Disk() {
            @Override
            public void write(Path target, SiteFiles.Content content) throws IOException {
                SiteWriter.REAL.write(target, content);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                move.before(to);
                SiteWriter.REAL.move(from, to);
            }
        };
    }

    /** The real disk, failing with a full disk at the {@code writes}-th write and stopping at the {@code moves}-th move. */
    private static SiteWriter.Disk failing(int writes, int moves) {
        return new SiteWriter.Disk() {
            int written;
            int moved;

            @Override
            public void write(Path target, SiteFiles.Content content) throws IOException {
                if (++written >= writes) {
                    throw new FileSystemException(target.toString(), null, "No space left on device");
                }
                SiteWriter.REAL.write(target, content);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (++moved > moves) {
                    throw new FileSystemException(to.toString(), null, "Killed");
                }
                SiteWriter.REAL.move(from, to);
            }
        };
    }
}
