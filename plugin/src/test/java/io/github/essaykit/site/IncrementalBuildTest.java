package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import io.github.essaykit.cache.CacheEntries;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.cite.SortKeys;
import io.github.essaykit.links.LinkChecker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A build that takes unchanged pages from the cache writes the same bytes as a clean build, after
 * each kind of edit a page depends on: the essay itself, a source it cites (here one whose year
 * takes the year suffix off a citation in another essay), a heading another essay links to (its
 * preview), a source whose author moves it to the front of the bibliography (the other sources'
 * sort keys come from the cache), a deleted essay, a template, the style file. Each edited build is compared file by file with a clean
 * build of the same sources, so a dependency the cache key missed shows as a stale page. Run
 * with the cache in a folder (essay:build) and in memory (essay:serve).
 */
class IncrementalBuildTest {

    private static final String BIB = """
            @book{smith2020a, author = {Smith, Ann}, title = {First Book}, publisher = {Press}, year = {2020}}
            @book{smith2020b, author = {Smith, Ann}, title = {Second Book}, publisher = {Press}, year = {2020}}
            @book{jones2019, author = {Jones, Bo}, title = {Other Book}, publisher = {Press}, year = {2019}, url = {https://example.org/jones}}
            """;

    @TempDir
    Path dir;

    private Path essays;
    private Path templates;
    private int cleanBuilds;

    @BeforeEach
    void writeProject() throws IOException {
        essays = Files.createDirectories(dir.resolve("essays"));
        Files.writeString(essays.resolve("sources.bib"), BIB);
        Files.writeString(essays.resolve("one.md"), """
                ---
                title: One
                date: 2024-01-01
                ---
                Smith argues this [@smith2020a, 12]. See [the method](two.md#sec-method).
                """);
        Files.writeString(essays.resolve("two.md"), """
                ---
                title: Two
                date: 2024-01-02
                ---
                ## Method {#sec-method}

                We count things carefully [@jones2019].
                """);
        Files.writeString(essays.resolve("three.md"), """
                ---
                title: Three
                date: 2024-01-03
                ---
                A second work of the same year [@smith2020b].
                """);
        // warnings from the parse (no title: the heading's) and from the check (a div never closed)
        Files.writeString(essays.resolve("four.md"), """
                ---
                date: 2024-01-04
                ---
                # Four

                Plain text.

                ::: aside
                Never closed.
                """);
        templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("essay.mustache"), resource("essaykit/template/essay.mustache"));
        Files.writeString(dir.resolve("style.csl"), resource("chicago-author-date.csl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"folder", "memory"})
    void eachEditGivesTheBytesOfACleanBuild(String kept) throws IOException {
        BuildMemory memory = kept.equals("folder") ? BuildMemory.stored(dir.resolve("cache")) : BuildMemory.create();
        Supplier<BuildResult> incremental = () -> SiteBuilder.build(config(dir.resolve("out")), memory);

        BuildResult first = incremental.get();
        assertThat(first.work().rendered()).isEqualTo(5); // four essays and the site bibliography
        assertThat(first.diagnostics().warnings()).extracting(d -> d.file() + ":" + d.line())
                .containsExactly("four.md:4", "four.md:8"); // kept with each essay's facts: every build reports them
        assertThat(incremental.get().work()).isEqualTo(new BuildResult.Work(0, 5, 0));

        edit(essays.resolve("four.md"), "Plain text.", "Plainer text.");
        assertSameAsClean(incremental.get(), new BuildResult.Work(1, 4, 1));

        // four now cites a source: its downloads appear, the bibliography and the source's page link it, and two (citing it
        // too) says "also in four"
        edit(essays.resolve("four.md"), "Plainer text.", "Plainer text [@jones2019].");
        assertSameAsClean(incremental.get(), new BuildResult.Work(2, 3, 7));
        assertThat(read(dir.resolve("out/downloads/sources/four.ris"))).contains("ID  - jones2019");
        edit(essays.resolve("four.md"), "Plainer text [@jones2019].", "Plainer text.");
        assertSameAsClean(incremental.get(), new BuildResult.Work(2, 3, 4)); // the cache keeps one build: four and two again

        // one.md cites only smith2020a: "2020" (year suffixes are per essay, as pandoc gives them),
        // where the site bibliography, listing smith2020b too, says 2020a
        assertThat(read(dir.resolve("out/one.html"))).contains(">Smith 2020, 12</a>)"); // the cited item is its own link
        assertThat(read(dir.resolve("out/bibliography.html"))).contains("2020a");
        edit(essays.resolve("sources.bib"), "Second Book}, publisher = {Press}, year = {2020}", "Second Book}, publisher = {Press}, year = {2021}");
        BuildResult sourceEdited = incremental.get();
        // one, three, bibliography rendered (one.md reads the site's citation order); written: three's
        // page and the bibliography (one.html's bytes stay: it still says 2020), the pages of both
        // sources (2020a and 2020b are 2020 and 2021 now), and the downloads holding smith2020b
        // (three's .bib/.json/.ris and the site's)
        assertSameAsClean(sourceEdited, new BuildResult.Work(3, 2, 10));
        assertThat(read(dir.resolve("out/one.html"))).contains(">Smith 2020, 12</a>)");

        // one.md's link preview shows the heading it points at
        edit(essays.resolve("two.md"), "## Method {#sec-method}", "## Procedure {#sec-method}");
        assertSameAsClean(incremental.get(), new BuildResult.Work(2, 3, 2));
        assertThat(read(dir.resolve("out/one.html"))).contains("Procedure");

        // jones2019 now sorts first: its sort key is rendered afresh, the others' come from the cache
        edit(essays.resolve("sources.bib"), "author = {Jones, Bo}", "author = {Adams, Bo}");
        // two (citing it) and the bibliography; written: those, the source's page, two's downloads and the site's
        assertSameAsClean(incremental.get(), new BuildResult.Work(2, 3, 9));
        assertThat(read(dir.resolve("out/bibliography.html")).indexOf("Adams")).isLessThan(read(dir.resolve("out/bibliography.html")).indexOf("Smith"));

        Files.delete(essays.resolve("four.md")); // only the index changes (and four's files go)
        assertSameAsClean(incremental.get(), new BuildResult.Work(0, 4, 1));
        assertThat(dir.resolve("out/four.html")).doesNotExist();

        edit(templates.resolve("essay.mustache"), "{{/layout}}", "{{/layout}}\n<!-- edited template -->");
        assertSameAsClean(incremental.get(), new BuildResult.Work(4, 0, 3));

        edit(dir.resolve("style.csl"), "<layout delimiter=\"; \" prefix=\"(\" suffix=\")\">", "<layout delimiter=\"; \" prefix=\"[\" suffix=\"]\">");
        BuildResult styled = incremental.get();
        assertSameAsClean(styled, new BuildResult.Work(4, 0, 3)); // the bibliography page shows no citation: same bytes
        assertThat(read(dir.resolve("out/three.html"))).contains(">Smith 2021</a>]"); // the cited item is its own link
    }

    /**
     * Essays still for a while before a build are known by their stamps in the next
     * ({@link EssayStamps}), not read: an edited one is read, back to its old bytes too, and the
     * site is a clean build's.
     */
    @Test
    void essaysKnownByTheirStampsGiveTheBytesOfACleanBuild() throws Exception {
        Thread.sleep(2_100); // every file still for longer than a stamp needs to stand for its bytes
        Path cache = dir.resolve("cache");
        Supplier<BuildResult> incremental = () -> SiteBuilder.build(config(dir.resolve("out")), BuildMemory.stored(cache));
        incremental.get();
        List<String> stamps = CacheEntries.read(cache).values().stream().map(IncrementalBuildTest::latin1)
                .filter(text -> text.contains("essay stamps 1")).toList();
        assertThat(stamps).hasSize(1);
        assertThat(stamps.get(0)).contains("one.md", "two.md", "three.md", "four.md");

        edit(essays.resolve("two.md"), "## Method {#sec-method}", "## Procedure {#sec-method}");
        assertSameAsClean(incremental.get(), new BuildResult.Work(2, 3, 2));
        edit(essays.resolve("two.md"), "## Procedure {#sec-method}", "## Method {#sec-method}"); // the same size as before
        assertSameAsClean(incremental.get(), new BuildResult.Work(2, 3, 2));
    }

    private static String latin1(byte[] value) {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    /**
     * A page taken from the cache keeps its link check only while every page its links lead to
     * still has the ids they name: one's link into the site bibliography breaks when no essay
     * cites the source any more (one's own page unchanged), and is sound again when one does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"folder", "memory"})
    void aKeptPagesLinkIsCheckedAgainWhenThePageItLeadsToLosesOrRegainsTheId(String kept) throws IOException {
        BuildMemory memory = kept.equals("folder") ? BuildMemory.stored(dir.resolve("cache")) : BuildMemory.create();
        Supplier<BuildResult> incremental = () -> SiteBuilder.build(config(dir.resolve("out")), memory);
        // raw HTML: the essay's own links into pages that are no essay are checked only site-wide
        edit(essays.resolve("one.md"), "See [the method]", "See <a href=\"bibliography.html#ref-jones2019\">the list</a> and [the method]");
        assertThat(incremental.get().diagnostics().errors()).isEmpty();

        edit(essays.resolve("two.md"), " [@jones2019]", "");
        BuildResult broken = incremental.get();
        assertThat(broken.work().reused()).isPositive(); // one's page among them
        assertThat(broken.diagnostics().errors()).extracting(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.message())
                .containsExactly("one.md:5:51 link 'bibliography.html#ref-jones2019' names no element of bibliography.html");
        assertThat(broken.diagnostics()).isEqualTo(SiteBuilder.build(config(dir.resolve("clean-broken"))).diagnostics());

        edit(essays.resolve("three.md"), "[@smith2020b]", "[@smith2020b; @jones2019]");
        BuildResult mended = incremental.get();
        assertThat(mended.work().reused()).isPositive();
        assertSameAsClean(mended, mended.work());
    }

    /**
     * An edit that leaves an essay's citations alone takes them from the cache (here doctored to
     * show it), with no citeproc processor made; an edit of a citation formats them again.
     */
    @Test
    void anEssaysCitationsAreReadBackWhileAllTheyAreMadeFromIsTheSame() throws IOException {
        Path cache = dir.resolve("cache");
        SiteBuilder.build(config(dir.resolve("out")), BuildMemory.stored(cache));
        int doctored = 0;
        for (Map.Entry<String, byte[]> entry : CacheEntries.read(cache).entrySet()) {
            String text = new String(entry.getValue(), StandardCharsets.UTF_8);
            if (!text.contains("essay citations 1") || !text.contains("Smith 2020, 12")) {
                continue;
            }
            io.github.essaykit.cache.Blob.Reader in = new io.github.essaykit.cache.Blob.Reader(entry.getValue());
            String kind = in.string();
            String inputs = in.string();
            CacheEntries.put(cache, entry.getKey(), new io.github.essaykit.cache.Blob.Writer().string(kind).string(inputs)
                    .integer(1).string("(Doctored 2020, 12)").string("").integer(0)
                    .integer(1).string("smith2020a").string("Doctored entry.").bytes());
            doctored++;
        }
        assertThat(doctored).as("one.md's citations").isEqualTo(1);

        edit(essays.resolve("one.md"), "Smith argues this", "Smith argues that");
        SiteBuilder.build(config(dir.resolve("out")), BuildMemory.stored(cache));
        assertThat(read(dir.resolve("out/one.html"))).contains("(Doctored 2020, 12)").contains("Doctored entry.");

        edit(essays.resolve("one.md"), "[@smith2020a, 12]", "[@smith2020a, 13]");
        SiteBuilder.build(config(dir.resolve("out")), BuildMemory.stored(cache));
        assertThat(read(dir.resolve("out/one.html"))).contains(">Smith 2020, 13</a>)").doesNotContain("Doctored");
    }

    @Test
    void aDamagedOrForeignCacheIsIgnored() throws IOException {
        Path cache = dir.resolve("cache");
        SiteBuilder.build(config(dir.resolve("out")), BuildMemory.stored(cache));
        String sortKeys = SortKeys.in(ResultCache.inMemory(), CitationStyle.load(dir.resolve("style.csl").toString(), "en-US", essays)
                .style()).entryKey();
        Map<String, byte[]> stored = CacheEntries.read(cache);
        assertThat(stored).containsKey(sortKeys);
        List<String> entries = new java.util.ArrayList<>();
        List<String> downloads = new java.util.ArrayList<>(); // the downloads of a list of sources: digests by extension
        List<String> essayFacts = new java.util.ArrayList<>(); // each essay's front matter, and its facts
        List<String> bytes = new java.util.ArrayList<>(); // bytes by their digest: each page's HTML, each download
        List<String> places = new java.util.ArrayList<>(); // where the site bibliography's addresses were written
        List<String> sitePages = new java.util.ArrayList<>(); // the site-wide pages' digests and checked links
        List<String> records = new java.util.ArrayList<>(); // what the build read and wrote (UnchangedSite)
        List<String> orders = new java.util.ArrayList<>(); // the order the site's sources sorted in
        List<String> outputs = new java.util.ArrayList<>(); // the digests of the files in the output folder
        List<String> sourceFiles = new java.util.ArrayList<>(); // what each bibliography file defines (StoredSources)
        List<String> citations = new java.util.ArrayList<>(); // each essay's formatted citations (StoredCitations)
        List<String> citeThis = new java.util.ArrayList<>(); // each essay's "cite this essay"
        List<String> checks = new java.util.ArrayList<>(); // the site-wide link check of every page (StoredChecks)
        List<String> stamps = new java.util.ArrayList<>(); // essays' digests by their stamps: only essays written 2 s before a build
        List<String> styles = new java.util.ArrayList<>(); // what the build reads of the site's style besides its XML (StyleFacts)
        List<String> sourcePrints = new java.util.ArrayList<>(); // each source's print for page keys, by the library's (StoredSourcePrints)
        new TreeMap<>(stored).forEach((key, value) -> { // in key order: the same cache, the same entries damaged
            String text = latin1(value);
            if (!key.equals(sortKeys)) {
                (storedBytes(key, value) ? bytes : text.contains("link checks 2") ? checks : text.contains("essay stamps 1") ? stamps
                        : text.contains("\u0000\u0000\u0000\u0003ris") ? downloads
                        : text.contains("essay head 2") || text.contains("essay facts 1") ? essayFacts
                        : text.contains("bibliography places 1") ? places
                        : text.contains("site page 3") ? sitePages
                        : text.contains("unchanged site 1") ? records
                        : text.contains("sorted items 1") ? orders
                        : text.contains("output digests 2") ? outputs
                        : text.contains("source file 2") ? sourceFiles
                        : text.contains("essay citations 1") ? citations
                        : text.contains("essay citation text 1") ? citeThis
                        : text.contains("style facts 3") ? styles
                        : text.contains("source prints 1") ? sourcePrints : entries).add(key);
            }
        });
        assertThat(entries).hasSize(5); // the pages of four essays (their HTML apart) and the site bibliography
        assertThat(downloads).hasSize(4); // the downloads of the site bibliography and of each essay listing sources (four lists none)
        // no page's or download's bytes: the output folder holds them, and a file gone from it is made again
        assertThat(bytes).isEmpty();
        assertThat(essayFacts).hasSize(8);
        assertThat(places).hasSize(1);
        // the digest and checked links of the index, the site bibliography page and each source page, in parts by their keys
        assertThat(sitePages).hasSizeBetween(1, 16);
        assertThat(records).hasSize(1);
        assertThat(orders).hasSize(2); // the order by the items, and by their sort keys
        assertThat(citations).hasSize(3); // one, two and three cite sources
        assertThat(citeThis).hasSize(4);
        assertThat(outputs).hasSize(1);
        assertThat(sourceFiles).hasSize(1);
        assertThat(checks).hasSize(17); // the table and targets, and the pages in 16 parts
        assertThat(stamps).hasSizeLessThanOrEqualTo(1);
        assertThat(styles).hasSize(1);
        assertThat(sourcePrints).hasSize(1);
        // values cut short or replaced, each under its own key with a sound checksum: their readers must refuse them
        java.util.function.BiConsumer<String, Integer> cut = (key, length) -> CacheEntries.put(cache, key, Arrays.copyOf(stored.get(key), length));
        checks.forEach(entry -> cut.accept(entry, 40)); // every page checked again
        cut.accept(records.get(0), 30); // no short cut: built in full
        cut.accept(places.get(0), 90); // found again
        cut.accept(sourceFiles.get(0), 240); // parsed again
        cut.accept(sitePages.get(0), 140); // made again
        cut.accept(essayFacts.get(0), 60); // read afresh
        CacheEntries.put(cache, essayFacts.get(1), stored.get(essayFacts.get(2))); // another essay's under this key
        cut.accept(downloads.get(0), 40); // made afresh
        cut.accept(sortKeys, 140); // rendered afresh
        cut.accept(orders.get(0), 10); // sorted afresh
        cut.accept(outputs.get(0), 60); // files compared by bytes
        cut.accept(sourcePrints.get(0), 30); // printed again
        cut.accept(entries.get(0), 0); // empty
        CacheEntries.put(cache, entries.get(4), "essaykit-cache 0\nfrom an older version\n".getBytes(StandardCharsets.US_ASCII));
        // and in the pack itself, where only the checksum tells: read as absent, made again if needed
        CacheEntries.damage(cache, entries.get(1)); // one bit of the page changed
        CacheEntries.damage(cache, entries.get(2));
        Files.writeString(cache.resolve("notes.txt"), "not ours");

        BuildResult rebuilt = SiteBuilder.build(config(dir.resolve("out")), BuildMemory.stored(cache));
        assertThat(rebuilt.ok()).isTrue();
        assertThat(rebuilt.work().rendered()).isEqualTo(4); // the fourth entry is still sound
        assertSameAsClean(rebuilt, rebuilt.work());
        assertThat(read(cache.resolve("notes.txt"))).isEqualTo("not ours");

        Path notAFolder = Files.writeString(dir.resolve("cache-file"), "a file where the cache folder should be");
        BuildResult withoutCache = SiteBuilder.build(config(dir.resolve("out")), BuildMemory.stored(notAFolder));
        assertThat(withoutCache.ok()).isTrue();
        assertThat(withoutCache.work().rendered()).isEqualTo(5);
        assertThat(read(notAFolder)).startsWith("a file where");
    }

    @Test
    void aPageEditedByHandOrDeletedIsMadeAgain() throws IOException {
        Path cache = dir.resolve("cache");
        Supplier<BuildResult> build = () -> SiteBuilder.build(config(dir.resolve("out")), BuildMemory.stored(cache));
        build.get();
        assertThat(htmlEntries(cache)).as("the output folder holds the pages").isEmpty();
        Path page = dir.resolve("out/one.html");
        Files.writeString(page, Files.readString(page).replace("Smith", "Smyth")); // same length: only the digest tells
        assertSameAsClean(build.get(), new BuildResult.Work(0, 5, 1));

        Files.writeString(page, Files.readString(page) + "<!-- edited by hand -->");
        assertSameAsClean(build.get(), new BuildResult.Work(0, 5, 1));
        assertSameAsClean(build.get(), new BuildResult.Work(0, 5, 0));

        Files.delete(page);
        Files.delete(dir.resolve("out/downloads/sources/one.bib"));
        assertSameAsClean(build.get(), new BuildResult.Work(0, 5, 2));
        assertThat(htmlEntries(cache)).isEmpty();
    }

    @Test
    void settingsThatShapeNoPageReuseEveryPage() {
        Path cache = dir.resolve("cache");
        SiteConfig base = config(dir.resolve("out"));
        assertThat(SiteBuilder.build(base, BuildMemory.stored(cache)).work().rendered()).isEqualTo(5);

        SiteConfig others = config(dir.resolve("elsewhere")).toBuilder().threads(base.threads() + 3).verbose(true)
                .sourcingReport(true).linkCheck(LinkChecker.Options.DEFAULT).build();
        BuildResult reused = SiteBuilder.build(others, BuildMemory.stored(cache));
        assertThat(reused.diagnostics().errors()).isEmpty();
        assertThat(reused.work().reused()).isEqualTo(5);
        assertThat(reused.work().rendered()).isZero();

        // one that does shape pages: the site title is in every page's header
        BuildResult retitled = SiteBuilder.build(base.toBuilder().siteTitle("Other title").build(), BuildMemory.stored(cache));
        assertThat(retitled.work().rendered()).isEqualTo(5);
    }

    /** A new setting must be named either way, so that it can neither go stale nor needlessly re-render. */
    @Test
    void everySettingIsEitherInThePageKeyOrNamedAsShapingNoPage() {
        // skippedFolders only decide which files are in the tree, and the files are keyed
        Set<String> unkeyed = Set.of("outputDirectory", "verbose", "threads", "sourcingReport", "linkCheck", "skippedFolders");
        SiteConfig base = config(dir.resolve("out"));
        for (RecordComponent component : SiteConfig.class.getRecordComponents()) {
            assertThat(PageKeys.pageShaping(base)).as(component.getName())
                    .matches(s -> unkeyed.contains(component.getName()) != s.contains(keyName(component.getName()) + "="));
        }
        assertThat(PageKeys.pageShaping(base.toBuilder().encoding(StandardCharsets.ISO_8859_1).build()))
                .isNotEqualTo(PageKeys.pageShaping(base));
    }

    /** An entry of bytes stored by their digest: its key is made from the digest of what follows its three header lines. */
    private static boolean storedBytes(String key, byte[] value) {
        String digest = io.github.essaykit.discover.ContentDigest.of(value);
        return key.equals(Fingerprint.start("stored bytes").add(digest).hex());
    }

    private static List<String> htmlEntries(Path cache) {
        return CacheEntries.read(cache).entrySet().stream().filter(entry -> latin1(entry.getValue()).contains("<html"))
                .map(Map.Entry::getKey).toList();
    }

    private static String keyName(String component) {
        return Map.of("sourceDirectory", "source", "templateDirectory", "templates", "siteTitle", "title",
                "allowedIframeHosts", "iframes", "doiResolver", "doi", "fetchedSources", "fetched").getOrDefault(component, component);
    }

    private SiteConfig config(Path out) {
        return SiteConfig.builder(essays, out).templateDirectory(templates).style(dir.resolve("style.csl").toString()).build();
    }

    private void assertSameAsClean(BuildResult incremental, BuildResult.Work expected) {
        assertThat(incremental.diagnostics().errors()).isEmpty();
        assertThat(incremental.work()).isEqualTo(expected);
        Path clean = dir.resolve("clean-" + ++cleanBuilds);
        BuildResult result = SiteBuilder.build(config(clean));
        assertThat(result.work().reused()).isZero();
        assertThat(incremental.diagnostics()).isEqualTo(result.diagnostics());
        Map<String, String> expectedFiles = files(clean);
        Map<String, String> actualFiles = files(dir.resolve("out"));
        assertThat(actualFiles.keySet()).containsExactlyElementsOf(expectedFiles.keySet());
        expectedFiles.forEach((path, text) -> assertThat(actualFiles.get(path)).as(path).isEqualTo(text));
    }

    /** Each file under {@code root} by relative path, its bytes as Latin-1 text (any byte compared as itself). */
    static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = IncrementalBuildTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
