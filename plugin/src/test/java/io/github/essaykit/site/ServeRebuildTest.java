package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.write.SiteFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builds of one essay:serve session (one {@link BuildMemory}, the site kept in memory, as
 * {@code LiveSite} builds it) give after every edit the files and the diagnostics of a clean
 * build of the same sources: an essay edited, added and deleted, a link's target changed, an id
 * another essay links to renamed and restored, a linked file deleted and brought back (also
 * through raw HTML links, which only the link check follows, on a page that itself stays the
 * same). The memos (parses, facts, the link check's pages and problems) must see each of these.
 */
class ServeRebuildTest {

    @TempDir
    Path dir;

    private Path essays;
    private final BuildMemory memory = BuildMemory.create();

    @BeforeEach
    void writeProject() throws IOException {
        essays = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(essays.resolve("sources.bib"), """
                @book{smith2020, author = {Smith, Ann}, title = {First Book}, publisher = {Press}, year = {2020}}
                @book{jones2019, author = {Jones, Bo}, title = {Other Book}, publisher = {Press}, year = {2019}}
                """);
        write("one.md", "One", "Smith argues this [@smith2020, 12]. See [the method](two.md#sec-method).");
        write("two.md", "Two", "## Method {#sec-method}\n\nWe count things carefully [@jones2019; @smith2020].");
        write("three.md", "Three", "A picture: ![a dot](dot.png). Back to [one](one.md).");
        Files.write(essays.resolve("dot.png"), dot());
        Files.writeString(essays.resolve("notes.txt"), "notes\n");
    }

    @Test
    void everyRebuildOfASessionIsACleanBuild() throws IOException {
        assertSameAsClean(true);
        assertSameAsClean(true); // nothing changed

        edit("one.md", "Smith argues this", "Smith argues that");
        assertSameAsClean(true);

        // raw HTML links: only the link check, after the pages are made, sees where they lead
        write("four.md", "Four", "New, and linking to <a href=\"two.html#sec-method\">the method</a>, <a href=\"three.html\">three</a>"
                + " and <a href=\"notes.txt\">notes</a> [@jones2019].");
        assertSameAsClean(true);

        edit("one.md", "two.md#sec-method", "two.md#sec-nothing"); // a link's target changed to no id
        assertSameAsClean(false);
        edit("one.md", "two.md#sec-nothing", "three.md");
        assertSameAsClean(true);

        edit("two.md", "{#sec-method}", "{#sec-way}"); // four's page is the same, its link names no element now
        assertSameAsClean(false);
        edit("two.md", "{#sec-way}", "{#sec-method}");
        assertSameAsClean(true);

        Files.delete(essays.resolve("notes.txt")); // four's page is the same, its link leads to no file now
        assertSameAsClean(false);
        Files.writeString(essays.resolve("notes.txt"), "notes\n");
        assertSameAsClean(true);

        Files.delete(essays.resolve("dot.png")); // three's image is gone: a link to no file
        assertSameAsClean(false);
        Files.write(essays.resolve("dot.png"), dot());
        assertSameAsClean(true);

        Files.delete(essays.resolve("three.md")); // one and four link to it
        assertSameAsClean(false);
        write("three.md", "Three", "A picture: ![a dot](dot.png). Back to [one](one.md).");
        assertSameAsClean(true);

        edit("two.md", "title: Two", "title: Two, retitled"); // the bibliography page names the essays citing each source
        assertSameAsClean(true);
        edit("one.md", "date: 2024-01-03", "date: 2023-12-31"); // the index's order and dates
        assertSameAsClean(true);
        edit("one.md", "Smith argues that", "Smith argues that" + " and so on".repeat(400)); // the index's reading time
        assertSameAsClean(true);
        Files.delete(essays.resolve("four.md"));
        assertSameAsClean(true);
        edit("two.md", "[@jones2019; @smith2020]", "[@smith2020]"); // jones2019 now cited nowhere
        assertSameAsClean(true);

        // a source changed: every page and download listing it (their keys hold the source as loaded)
        edit("sources.bib", "title = {First Book}", "title = {First Book, Revised}");
        assertSameAsClean(true);
        edit("two.md", "[@smith2020]", "[@jones2019; @smith2020]");
        assertSameAsClean(true);
        // a second Smith 2020 cited: the site-wide order changes for pages whose bytes did not
        Files.writeString(essays.resolve("sources.bib"), Files.readString(essays.resolve("sources.bib"))
                + "@book{smith2020b, author = {Smith, Ann}, title = {Second Book}, publisher = {Press}, year = {2020}}\n");
        edit("three.md", "Back to [one](one.md).", "Back to [one](one.md) [@smith2020b].");
        assertSameAsClean(true);
    }

    /** Builds with the session's memory and clean, and compares files and diagnostics. */
    private void assertSameAsClean(boolean ok) throws IOException {
        SiteConfig config = SiteConfig.builder(essays, dir.resolve("out")).liveReload(true).build();
        BuildResult session = SiteBuilder.compile(config, memory);
        BuildResult clean = SiteBuilder.compile(config);
        assertThat(session.ok()).as("%s", session.diagnostics().all()).isEqualTo(ok);
        assertThat(text(session.diagnostics().all())).containsExactlyElementsOf(text(clean.diagnostics().all()));
        if (ok) {
            assertThat(contents(session.files())).isEqualTo(contents(clean.files()));
        }
    }

    private static List<String> text(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).toList();
    }

    private static Map<String, String> contents(SiteFiles files) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (Map.Entry<String, SiteFiles.Content> file : files.all().entrySet()) {
            byte[] bytes;
            if (file.getValue() instanceof SiteFiles.Bytes b) {
                bytes = b.bytes();
            } else {
                try (InputStream in = ((SiteFiles.Copy) file.getValue()).open()) {
                    bytes = in.readAllBytes();
                }
            }
            contents.put(file.getKey(), new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return contents;
    }

    private void write(String name, String title, String body) throws IOException {
        Files.writeString(essays.resolve(name), "---\ntitle: " + title + "\ndate: 2024-01-0" + title.length() + "\n---\n" + body + "\n");
    }

    private void edit(String name, String from, String to) throws IOException {
        String text = Files.readString(essays.resolve(name));
        assertThat(text).contains(from);
        Files.writeString(essays.resolve(name), text.replace(from, to));
    }

    private static byte[] dot() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }
}
