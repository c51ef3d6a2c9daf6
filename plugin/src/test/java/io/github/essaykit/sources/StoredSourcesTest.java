package io.github.essaykit.sources;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import io.github.essaykit.cache.CacheEntries;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources loaded from the cache (as a new JVM's essay:build does) are those parsing gives: the
 * same items, keys, order and lines, the same problems with their places, the same duplicates;
 * a changed text or name, or an entry that does not read back, is parsed again.
 */
class StoredSourcesTest {

    private static final Path RESOURCES = Path.of("src/test/resources");

    @TempDir
    Path dir;

    @Test
    void aCachedLoadEqualsAFreshParse() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.bib"), """
                @book{good1, author = {Smith, Ann and {Acme, Inc.}}, title = {A {DNA} Book}, year = {2020}, file = {texts/good1.txt}}
                @article{bad, title = {Never closed
                @misc{good2, author = {van der Berg, Jan}, title = {Site}, url = {https://example.org}, urldate = {2024-01-02},
                  archiveurl = {https://archive.org/x}, archivedate = {2024-02-03}}
                @book{dupe, title = {First}}
                """);
        Path odd = Files.writeString(dir.resolve("odd.json"), """
                [{"id": "j1", "type": "not-a-type", "title": "Odd", "issued": {"date-parts": [[2019, 5]]}},
                 {"title": "no id"},
                 {"id": "dupe", "type": "book", "title": "Second"}]
                """);
        Path yaml = Files.writeString(dir.resolve("odd.yaml"), """
                - id: y1
                  type: webpage
                  title: Yaml item
                  author: [{family: Doe, given: Jo}]
                - title: no id either
                """);
        Path empty = Files.writeString(dir.resolve("empty.bib"), "  \n");
        Path unknown = Files.writeString(dir.resolve("sources.txt"), "@book{x, title = {X}}");
        LoadedSources loaded = assertSameFromCache(dir, List.of(broken, odd, yaml, empty, unknown));
        assertThat(loaded.library().keys()).containsExactly("good1", "good2", "dupe", "j1", "y1");
        assertThat(loaded.diagnostics().all()).extracting(Diagnostic::toString).anySatisfy(d -> assertThat(d).startsWith("broken.bib:2:1: error: malformed"))
                .anySatisfy(d -> assertThat(d).startsWith("odd.json:1:1: warning: item 'j1' has type 'not-a-type'"))
                .anySatisfy(d -> assertThat(d).contains("a CSL item without an 'id'"))
                .anySatisfy(d -> assertThat(d).startsWith("odd.json:3:1: error: source key 'dupe' is defined twice: here and at broken.bib:5"))
                .anySatisfy(d -> assertThat(d).startsWith("odd.yaml:5:"))
                .anySatisfy(d -> assertThat(d).startsWith("empty.bib: warning: the file is empty"))
                .anySatisfy(d -> assertThat(d).startsWith("sources.txt: error: unknown source file type"));
        assertThat(loaded.library().expect("good1").textFile()).isEqualTo("texts/good1.txt");
        assertThat(loaded.library().expect("good2").archiveUrl()).isEqualTo("https://archive.org/x");

        assertSameFromCache(RESOURCES, List.of(RESOURCES.resolve("bibtex/corpus.bib")));
        assertSameFromCache(RESOURCES, List.of(RESOURCES.resolve("bibtex/tricky.bib")));
        assertSameFromCache(RESOURCES, List.of(RESOURCES.resolve("csl-notes/zotero.json"), RESOURCES.resolve("csl-notes/zotero.yaml")));
        assertSameFromCache(RESOURCES, List.of(RESOURCES.resolve("hostile-corpus/sources.bib"), RESOURCES.resolve("hostile-corpus/sources.json")));
        Path site = RESOURCES.resolve("cases/citations-site/essays");
        assertSameFromCache(site, List.of(site.resolve("sources.bib"), site.resolve("local.json")));
    }

    @Test
    void aChangedTextOrNameIsParsedAgainAndEachTextIsParsedOnce() {
        ResultCache cache = ResultCache.inFolder(dir.resolve("cache"));
        AtomicInteger parses = new AtomicInteger();
        StoredSources.Parser parser = (text, name, problems) -> {
            parses.incrementAndGet();
            return SourceLoader.parse(text, name, problems);
        };
        String bib = "@book{a, title = {A}, year = {2001}}\n@book{b, title = {B}\n";
        List<Diagnostic> problems = new ArrayList<>();
        List<Source> first = StoredSources.load(cache, bib, "one.bib", problems, parser);
        assertThat(first).extracting(Source::key).containsExactly("a");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).startsWith("one.bib:3:1: error: malformed BibTeX"));

        List<Diagnostic> again = new ArrayList<>();
        assertThat(StoredSources.load(ResultCache.inFolder(dir.resolve("cache")), bib, "one.bib", again, parser)).isEqualTo(first);
        assertThat(again).isEqualTo(problems);
        assertThat(parses).hasValue(1);

        List<Diagnostic> renamed = new ArrayList<>();
        List<Source> other = StoredSources.load(cache, bib, "two.bib", renamed, parser);
        assertThat(parses).hasValue(2);
        assertThat(other).singleElement().satisfies(s -> assertThat(s.where()).isEqualTo("two.bib:1"));
        assertThat(renamed).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("two.bib"));

        List<Source> edited = StoredSources.load(cache, bib.replace("{A}", "{A2}"), "one.bib", new ArrayList<>(), parser);
        assertThat(parses).hasValue(3);
        assertThat(edited.get(0).item().getTitle()).isEqualTo("A2");

        StoredSources.load(ResultCache.NONE, bib, "one.bib", new ArrayList<>(), parser);
        assertThat(parses).as("without a cache, always parsed").hasValue(4);
    }

    @Test
    void anEntryThatDoesNotReadBackIsParsedAgain() throws IOException {
        Path cache = dir.resolve("cache");
        Path bib = Files.writeString(dir.resolve("sources.bib"), "@book{a, author = {Smith, Ann}, title = {A}, year = {2001}}\n");
        LoadedSources fresh = SourceLoader.create(dir).load(List.of(bib));
        SourceLoader.create(dir, ResultCache.inFolder(cache)).load(List.of(bib));
        Map.Entry<String, byte[]> entry = onlyEntry(cache);
        String key = entry.getKey();
        byte[] stored = entry.getValue();

        List<byte[]> damaged = List.of(
                Arrays.copyOf(stored, stored.length - 9), // ends early
                Arrays.copyOf(stored, stored.length + 4), // bytes after the end
                new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).replace("source file 2", "source file 0")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), // another format
                new byte[] {0, 0, 0, 1}); // nothing like it
        for (byte[] bytes : damaged) {
            CacheEntries.put(cache, key, bytes); // under the right key, with a sound checksum
            LoadedSources loaded = SourceLoader.create(dir, ResultCache.inFolder(cache)).load(List.of(bib));
            assertSame(loaded, fresh);
            assertThat(onlyEntry(cache).getValue()).as("stored again").isEqualTo(stored);
        }
        CacheEntries.damage(cache, key); // a bit flipped in the pack: its checksum fails
        assertSame(SourceLoader.create(dir, ResultCache.inFolder(cache)).load(List.of(bib)), fresh);
        assertThat(onlyEntry(cache).getValue()).as("stored again").isEqualTo(stored);
    }

    /** Loads the files without a cache, into one, and from it; the three are the same. */
    private LoadedSources assertSameFromCache(Path root, List<Path> files) throws IOException {
        LoadedSources fresh = SourceLoader.create(root).load(files);
        Path cache = Files.createTempDirectory(dir, "cache");
        LoadedSources stored = SourceLoader.create(root, ResultCache.inFolder(cache)).load(files);
        assertThat(CacheEntries.read(cache)).as("an entry for each file parsed").isNotEmpty();
        LoadedSources cached = SourceLoader.create(root, ResultCache.inFolder(cache)).load(files);
        assertSame(stored, fresh);
        assertSame(cached, fresh);
        return cached;
    }

    private static void assertSame(LoadedSources actual, LoadedSources expected) {
        assertThat(actual.library().keys()).containsExactlyElementsOf(expected.library().keys());
        assertThat(List.copyOf(actual.library().sources())).isEqualTo(List.copyOf(expected.library().sources()));
        assertThat(actual.library().sources()).extracting(s -> s.item().toJson(new StringJsonBuilderFactory().createJsonBuilder()))
                .containsExactlyElementsOf(expected.library().sources().stream()
                        .map(s -> s.item().toJson(new StringJsonBuilderFactory().createJsonBuilder())).toList());
        assertThat(actual.diagnostics()).isEqualTo(expected.diagnostics());
    }

    private static Map.Entry<String, byte[]> onlyEntry(Path cache) {
        Map<String, byte[]> entries = CacheEntries.read(cache);
        assertThat(entries).as("one entry").hasSize(1);
        return entries.entrySet().iterator().next();
    }
}
