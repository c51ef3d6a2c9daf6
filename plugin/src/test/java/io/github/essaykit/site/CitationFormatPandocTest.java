package io.github.essaykit.site;

import static io.github.essaykit.site.ReaderTexts.entryTexts;
import static io.github.essaykit.site.ReaderTexts.notes;
import static io.github.essaykit.site.ReaderTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Citation formats where citeproc-java 3.5.2 and pandoc differed, against pandoc 2.17: builds
 * src/test/resources/cases/citation-format/essays in four styles, and cases/citation-collapse
 * (year suffixes the style does not place, year-suffix collapsing) in the styles that ask for
 * them, and cases/citation-locale (a style's default-locale; an essay's lang; quotes in titles) in four styles (each
 * case's regenerate.sh makes expected/&lt;style&gt;.html), and compares what readers see: each citation (author-date), each
 * paragraph with its note markers and each note (note style), each Sources entry. Every
 * difference left is listed in known-differences.tsv with its reason and asserted exactly; an
 * entry that no longer occurs fails the test. Texts as {@link ReaderTexts} normalises them.
 */
class CitationFormatPandocTest {

    static final Path CASES = Path.of("src/test/resources/cases");

    @TempDir
    Path out;

    @ParameterizedTest
    @CsvSource({"citation-format, format, apa", "citation-format, format, chicago-author-date",
        "citation-format, format, chicago-notes-bibliography", "citation-format, format, modern-language-association",
        "citation-collapse, collapse, american-meteorological-society", "citation-collapse, collapse, annual-reviews-author-date",
        "citation-collapse, collapse, nature", "citation-locale, default-locale, barbara-budrich",
        "citation-locale, french, chicago-author-date", "citation-locale, german, apa",
        "citation-locale, english, modern-language-association"})
    void readsLikePandoc(String name, String essay, String style) throws Exception {
        Path dir = CASES.resolve(name);
        SiteConfig config = SiteConfig.builder(dir.resolve("essays"), out).style(style).build();
        BuildResult result = SiteBuilder.build(config);
        assertThat(result.diagnostics().all()).isEmpty();
        Document pandoc = Jsoup.parse(Files.readString(dir.resolve("expected/" + style + ".html")));
        Document ours = Jsoup.parse(out.resolve(essay + ".html"));
        Map<String, String> known = known(dir, style);
        Set<String> seen = new LinkedHashSet<>();
        SoftAssertions soft = new SoftAssertions();
        if (style.contains("notes")) {
            compare(soft, known, seen, "p", texts(pandoc.select("body > p")), texts(ours.select("article p:not(section p, li p, .byline)")));
            compare(soft, known, seen, "note", notes(pandoc.select("section.footnotes li")), notes(ours.select("section.footnotes li")));
        } else {
            compare(soft, known, seen, "cite", texts(pandoc.select("span.citation")), texts(ours.select("article span.citation")));
        }
        compare(soft, known, seen, "entry", entryTexts(pandoc.select("div.csl-entry")), entryTexts(ours.select("section#sources div.csl-entry")));
        soft.assertThat(seen).as("known differences that still occur").containsExactlyInAnyOrderElementsOf(known.keySet());
        soft.assertAll();
    }

    private static void compare(SoftAssertions soft, Map<String, String> known, Set<String> seen, String what, List<String> expected,
            List<String> actual) {
        soft.assertThat(actual).as("%s count", what).hasSameSizeAs(expected);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            String key = what + "\t" + expected.get(i);
            if (!expected.get(i).equals(actual.get(i)) && known.containsKey(key)) {
                seen.add(key);
                soft.assertThat(actual.get(i)).as("%s %d (known difference)", what, i + 1).isEqualTo(known.get(key));
            } else {
                soft.assertThat(actual.get(i)).as("%s %d", what, i + 1).isEqualTo(expected.get(i));
            }
        }
    }

    /** known-differences.tsv rows of this style: "what\tpandoc's text" → our text. */
    private static Map<String, String> known(Path dir, String style) throws Exception {
        Map<String, String> known = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("known-differences.tsv"))) {
            String[] cells = line.split("\t");
            if (!line.startsWith("#") && cells[0].equals(style)) {
                assertThat(cells).as("a reason for %s", line).hasSize(5);
                assertThat(cells[4]).as("the reason for %s", line).isNotBlank();
                known.put(cells[1] + "\t" + cells[2], cells[3]);
            }
        }
        return known;
    }
}
