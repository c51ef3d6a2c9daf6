package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reused citation renderings ({@link RenderedCitations}) against citeproc-java rendering every one:
 * generated essays (every cite form, locators with labels, prefixes, suffixes, repeats for ibid and
 * subsequent cites, several cites in one note) over sources sharing authors and years (year
 * suffixes, added given names), formatted one after the other by one formatter, as a build does.
 */
class RenderedCitationsTest {

    private static final String[] FAMILIES = {"Brown", "Okafor", "Müller", "Brown", "Ranger", "van der Berg"};
    private static final String[] GIVEN = {"Charles", "Ngozi", "Anna", "Dorothy", "Terence", "Jan"};
    private static final String[] LOCATORS = {"", "", "12", "12-15", "iv", "3", "xii-xv", "101"};
    private static final String[] LABELS = {"", "", "page", "chapter", "section", "volume", "figure", "paragraph"};
    private static final String[] PREFIXES = {"", "", "", "see", "e.g.,", "cf. also"};
    private static final String[] SUFFIXES = {"", "", "", ", emphasis added", "and passim"};
    private static final int SOURCES = 24;

    @TempDir
    static Path dir;

    private static SourceLibrary library;

    private static SourceLibrary library() throws Exception {
        if (library == null) {
            StringBuilder bib = new StringBuilder();
            Random random = new Random(7);
            for (int k = 0; k < SOURCES; k++) {
                int a = random.nextInt(FAMILIES.length);
                String author = "author = {" + FAMILIES[a] + ", " + GIVEN[a] + (k % 5 == 0 ? " and Okafor, Ngozi" : "") + "}";
                String year = "year = {" + (2000 + random.nextInt(3)) + "}";
                String title = "title = {The " + (k % 3 == 0 ? "Rain" : "Maps") + " of Part " + k + "}";
                bib.append(switch (k % 4) {
                    case 0 -> "@book{k" + k + ", " + author + ", " + title + ", publisher = {Press}, address = {Lagos}, " + year + "}\n";
                    case 1 -> "@article{k" + k + ", " + author + ", " + title + ", journal = {Journal of Gauges}, volume = {"
                            + (1 + k) + "}, pages = {" + (10 + k) + "-" + (30 + k) + "}, " + year + "}\n";
                    case 2 -> "@incollection{k" + k + ", " + author + ", " + title + ", booktitle = {A Book}, editor = {Ranger, Terence},"
                            + " translator = {Ranger, Terence}, publisher = {Press}, pages = {xii-xv}, " + year + "}\n";
                    default -> "@book{k" + k + ", editor = {" + FAMILIES[a] + ", " + GIVEN[a] + "}, " + title
                            + ", publisher = {Press}, " + year + "}\n";
                });
            }
            Path file = Files.writeString(dir.resolve("sources.bib"), bib);
            library = SourceLoader.create(dir).load(List.of(file)).library();
        }
        return library;
    }

    /** An essay's citations: random cites, a third of them repeating the cite before (ibid). */
    private static List<CitationRequest> essay(Random random) {
        List<CitationRequest> citations = new ArrayList<>();
        int note = 0;
        String last = "k0";
        for (int c = 0, n = 4 + random.nextInt(10); c < n; c++) {
            boolean sameNote = random.nextInt(5) == 0;
            note += sameNote ? 0 : 1;
            List<CiteItem> items = new ArrayList<>();
            for (int i = 0, m = random.nextInt(6) == 0 ? 2 + random.nextInt(2) : 1; i < m; i++) {
                String key = random.nextInt(3) == 0 ? last : "k" + random.nextInt(SOURCES);
                String locator = LOCATORS[random.nextInt(LOCATORS.length)];
                String label = locator.isEmpty() ? "" : LABELS[random.nextInt(LABELS.length)];
                CiteItem.Mode mode = i == 0 && random.nextInt(6) == 0 ? CiteItem.Mode.AUTHOR_IN_TEXT
                        : random.nextInt(7) == 0 ? CiteItem.Mode.SUPPRESS_AUTHOR : CiteItem.Mode.NORMAL;
                items.add(new CiteItem(key, PREFIXES[random.nextInt(PREFIXES.length)], label, locator,
                        SUFFIXES[random.nextInt(SUFFIXES.length)], mode));
                last = key;
            }
            citations.add(new CitationRequest(items, note, sameNote && random.nextBoolean()));
        }
        return citations;
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicago-author-date", "apa", "ieee", "modern-language-association", "chicago-notes-bibliography",
            "chicago-notes-bibliography-subsequent-ibid", "chicago-notes"})
    void reusedRenderingsAreWhatCiteprocRendersEachTime(String name) throws Exception {
        CitationStyle style = CitationStyle.load(name, "en-US", dir).style();
        SourceLibrary library = library();
        CitationFormatter reusing = CitationFormatter.create(style, library).ordered(library.keys());
        CitationFormatter rendering = CitationFormatter.rendering(style, library).ordered(library.keys());
        Random random = new Random(name.hashCode());
        for (int e = 0; e < 30; e++) {
            List<CitationRequest> citations = essay(random);
            List<String> nocite = e % 10 == 9 ? List.of("k" + random.nextInt(SOURCES)) : List.of();
            assertThat(reusing.formatEssay(citations, nocite)).as("essay %d: %s", e, citations)
                    .isEqualTo(rendering.formatEssay(citations, nocite));
        }
        assertThat(reusing.bibliography(library.keys())).isEqualTo(rendering.bibliography(library.keys()));
        // the comparison means something only if renderings were reused, within essays and across them; IEEE's
        // numbers are each essay's own and its citations print no names (no author part rendered), so few repeat
        assertThat(reusing.reusedCitations()).isGreaterThan(name.equals("ieee") ? 1 : 20);
        assertThat(rendering.reusedCitations()).isZero();
    }
}
