package io.github.essaykit.site;

import static io.github.essaykit.site.IncrementalBuildTest.edit;
import static io.github.essaykit.site.IncrementalBuildTest.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.links.LinkChecker;
import io.github.essaykit.write.OutputFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-site short cut is taken only when nothing the last build read or wrote has changed:
 * each kind of input changed (an essay, a new file, the bibliography, a bibliography an essay
 * names outside the source folder, the template, the style file, a setting) and each kind of
 * output touched (a page edited by hand, a file deleted) makes the next build a full one, whose
 * files are those of a clean build; then the short cut is taken again, reporting what the full
 * build reported.
 */
class UnchangedSiteTest {

    @TempDir
    Path dir;

    private Path essays;
    private Path templates;
    private int cleanBuilds;

    @BeforeEach
    void writeProject() throws IOException {
        essays = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(essays.resolve("sources.bib"), """
                @book{smith2020, author = {Smith, Ann}, title = {First Book}, publisher = {Press}, year = {2020}}
                @book{jones2019, author = {Jones, Bo}, title = {Other Book}, publisher = {Press}, year = {2019}}
                """);
        Files.writeString(dir.resolve("outside.bib"), """
                @book{lee2018, author = {Lee, Cy}, title = {Far Book}, publisher = {Press}, year = {2018}}
                """);
        Files.writeString(essays.resolve("one.md"), """
                ---
                title: One
                date: 2024-01-01
                bibliography: ../outside.bib
                ---
                Smith argues this [@smith2020, 12] and Lee that [@lee2018].
                """);
        // a warning (a div never closed), which the short cut reports again
        Files.writeString(essays.resolve("two.md"), """
                ---
                title: Two
                date: 2024-01-02
                ---
                We count things [@jones2019].

                ::: aside
                Never closed.
                """);
        templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("essay.mustache"), resource("essaykit/template/essay.mustache"));
        Files.writeString(dir.resolve("style.csl"), resource("chicago-author-date.csl"));
    }

    @Test
    void anyChangedInputOrTouchedOutputBuildsInFull() throws IOException {
        Function<SiteConfig, SiteConfig> same = c -> c;
        BuildResult first = build(same);
        assertThat(first.diagnostics().warnings()).isNotEmpty();
        BuildResult shortCut = expectShortCut(same);
        assertThat(shortCut.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(shortCut.stats()).isEqualTo(first.stats());
        assertThat(shortCut.notes()).isEqualTo(first.notes());
        assertThat(shortCut.work()).isEqualTo(new BuildResult.Work(0, 3, 0));
        assertThat(shortCut.site().paths()).contains("one.html", "two.html", "index.html", "bibliography.html");

        changed(same, () -> edit(essays.resolve("one.md"), "argues this", "argues that"));
        Path one = essays.resolve("one.md");
        changed(same, () -> { // other bytes of the same length under the same time: only the bytes tell
            FileTime time = Files.getLastModifiedTime(one);
            edit(one, "argues that", "argues thus");
            Files.setLastModifiedTime(one, time);
        });
        changed(same, () -> Files.setLastModifiedTime(one, FileTime.fromMillis(Files.getLastModifiedTime(one).toMillis() - 60_000)));
        changed(same, () -> Files.writeString(essays.resolve("notes.txt"), "a file the site copies"));
        changed(same, () -> edit(essays.resolve("sources.bib"), "First Book", "First Books"));
        changed(same, () -> edit(dir.resolve("outside.bib"), "Far Book", "Farther Book"));
        changed(same, () -> edit(templates.resolve("essay.mustache"), "{{/layout}}", "{{/layout}}\n<!-- edited -->"));
        changed(same, () -> edit(dir.resolve("style.csl"), "<layout delimiter=\"; \" prefix=\"(\" suffix=\")\">",
                "<layout delimiter=\"; \" prefix=\"[\" suffix=\"]\">"));
        changed(c -> c.toBuilder().siteTitle("Another title").build(), () -> {});
        changed(c -> c.toBuilder().siteTitle("Another title").verbose(true).build(), () -> {});
        Path page = dir.resolve("out/one.html");
        changed(same, () -> { // same length, only the time tells
            Files.writeString(page, Files.readString(page).replace("Smith", "Smyth"));
            Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 5_000));
        });
        changed(same, () -> Files.delete(dir.resolve("out/two.html")));
    }

    @Test
    void anEditedLocaleFileBuildsInFull() throws IOException {
        // the locale given as a file was read by the build but not stamped: an edit to it left the last site in place
        Files.writeString(dir.resolve("house.xml"), resource("locales-en-US.xml"));
        Function<SiteConfig, SiteConfig> house = c -> c.toBuilder().locale(dir.resolve("house.xml").toString()).build();
        build(house);
        expectShortCut(house);
        changed(house, () -> edit(dir.resolve("house.xml"), "<term name=\"no date\" form=\"short\">n.d.</term>",
                "<term name=\"no date\" form=\"short\">o.\u00a0J.</term>"));
    }

    @Test
    void aSourceTextBesideABibliographyOutsideTheFolderIsAnInput() throws IOException {
        // outside.bib lies outside the source folder, so its sources/ folder of texts does too: the check read neither
        edit(essays.resolve("one.md"), "and Lee that [@lee2018].", "and Lee that \"the tide turned early\" [@lee2018].");
        Function<SiteConfig, SiteConfig> same = c -> c;
        build(same);
        expectShortCut(same);
        Path text = dir.resolve("sources").resolve("lee2018.txt");
        changed(same, () -> Files.writeString(Files.createDirectories(text.getParent()).resolve(text.getFileName()),
                "Lee wrote of other things.\n"));
        assertThat(build(same).diagnostics().warnings()).anySatisfy(d -> assertThat(d.message()).contains("not in the text of 'lee2018'"));
        changed(same, () -> Files.writeString(text, "Lee wrote that the tide turned early.\n"));
        assertThat(build(same).diagnostics().warnings()).noneSatisfy(d -> assertThat(d.message()).contains("lee2018"));
    }

    @Test
    void aDamagedRecordOrAnUnrecordableBuildIsNoShortCut() throws IOException {
        build(c -> c);
        Path cache = dir.resolve("cache");
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path entry : entries.toList()) {
                if (Files.readString(entry, StandardCharsets.ISO_8859_1).contains("unchanged site 1")) {
                    byte[] bytes = Files.readAllBytes(entry);
                    bytes[bytes.length - 5] ^= 1;
                    Files.write(entry, bytes);
                }
            }
        }
        assertThat(unchanged(c -> c).result()).isNull();
        build(c -> c); // recorded again
        expectShortCut(c -> c);
        // a sourcing report is an object the record does not hold, and the network check asks each time
        assertThat(unchanged(c -> c.toBuilder().sourcingReport(true).build()).result()).isNull();
        assertThat(unchanged(c -> c.toBuilder().linkCheck(LinkChecker.Options.DEFAULT).build()).result()).isNull();
        assertThat(UnchangedSite.of(config(c -> c), dir.resolve("out"), ResultCache.NONE).result()).isNull();
    }

    @Test
    void aFileChangedWhileTheSiteIsBuiltIsNotRecorded() throws IOException {
        BuildResult first = build(c -> c);
        UnchangedSite during = unchanged(c -> c); // what a build reads as it starts
        assertThat(during.result()).isNotNull();
        edit(essays.resolve("one.md"), "argues this", "argues that"); // while it builds
        during.record(first, new UnchangedSite.Read(java.util.List.of(), file -> null), io.github.essaykit.write.OutputDigests.NONE);
        // recorded, the edited essay would be taken as built: the record still names the bytes before the edit
        assertThat(unchanged(c -> c).result()).isNull();
        assertSameAsClean(c -> c, build(c -> c));
        expectShortCut(c -> c);
    }

    /** After {@code change}, a full build (the same files as a clean one), then the short cut again. */
    private void changed(Function<SiteConfig, SiteConfig> settings, IoAction change) throws IOException {
        change.run();
        assertThat(unchanged(settings).result()).as("short cut after a change").isNull();
        BuildResult full = build(settings);
        assertThat(full.work().reused() + full.work().rendered()).isEqualTo(3);
        assertSameAsClean(settings, full);
        assertThat(expectShortCut(settings).diagnostics()).isEqualTo(full.diagnostics());
    }

    private BuildResult expectShortCut(Function<SiteConfig, SiteConfig> settings) {
        BuildResult result = unchanged(settings).result();
        assertThat(result).as("short cut").isNotNull();
        return result;
    }

    private UnchangedSite unchanged(Function<SiteConfig, SiteConfig> settings) {
        SiteConfig config = config(settings);
        return UnchangedSite.of(config, OutputFolder.check(config.sourceDirectory(), config.outputDirectory(), config.skippedFolders()),
                ResultCache.inFolder(dir.resolve("cache")));
    }

    private BuildResult build(Function<SiteConfig, SiteConfig> settings) {
        BuildResult result = SiteBuilder.build(config(settings), BuildMemory.stored(dir.resolve("cache")));
        assertThat(result.diagnostics().errors()).isEmpty();
        return result;
    }

    private SiteConfig config(Function<SiteConfig, SiteConfig> settings) {
        return config(settings, dir.resolve("out"));
    }

    private SiteConfig config(Function<SiteConfig, SiteConfig> settings, Path out) {
        return settings.apply(SiteConfig.builder(essays, out).templateDirectory(templates)
                .style(dir.resolve("style.csl").toString()).build());
    }

    private void assertSameAsClean(Function<SiteConfig, SiteConfig> settings, BuildResult incremental) {
        Path clean = dir.resolve("clean-" + ++cleanBuilds);
        BuildResult result = SiteBuilder.build(config(settings, clean));
        assertThat(incremental.diagnostics()).isEqualTo(result.diagnostics());
        Map<String, String> expected = files(clean);
        Map<String, String> actual = files(dir.resolve("out"));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, text) -> assertThat(actual.get(path)).as(path).isEqualTo(text));
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UnchangedSiteTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
