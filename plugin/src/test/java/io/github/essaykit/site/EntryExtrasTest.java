package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.template.Views;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A source's preview names at most five other essays citing it, in index order, and links the
 * rest, counted, to the source's own page, which lists them all; a page's key follows only what
 * its previews show.
 */
class EntryExtrasTest {

    private static final EssayParser PARSER = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);

    private final List<ParsedEssay> essays = new ArrayList<>();
    private final Map<String, Set<String>> cited = new HashMap<>();

    private ParsedEssay essay(String relative, String title, String... keys) {
        byte[] text = ("---\ntitle: " + title + "\n---\nText.\n").getBytes(StandardCharsets.UTF_8);
        ParsedEssay essay = PARSER.frontMatter(new SourceFile(relative, Path.of(relative)), text);
        essays.add(essay);
        cited.put(essay.slug(), Set.of(keys));
        return essay;
    }

    private EntryExtras extras() {
        return new EntryExtras(essays, e -> cited.get(e.slug()), (e, key) -> "");
    }

    /** The preview of {@code key} in {@code essay}, cited there {@code times} times. */
    private static Views.EntryMore preview(EntryExtras extras, ParsedEssay essay, String key, int times) {
        List<String> at = new ArrayList<>();
        for (int i = 1; i <= times; i++) at.add("cite-" + i);
        return extras.of(essay, new RenderedEssay.RenderedSource(key, "<i>entry</i>", at));
    }

    /** {@code others} other essays (in index order "Essay 1" …), then the one previewed, all citing "pier". */
    private ParsedEssay siteWithOthers(int others) {
        for (int i = 1; i <= others; i++) essay("e" + i + ".md", "Essay " + i, "pier");
        return essay("notes/here.md", "Here", "pier");
    }

    @ParameterizedTest(name = "{0} other essays")
    @CsvSource(delimiter = '|', textBlock = """
            0  | 0 |            |
            1  | 1 |            |
            5  | 5 |            |
            6  | 5 | and 1 more | and 1 more essay, listed on the source's page
            12 | 5 | and 7 more | and 7 more essays, listed on the source's page
            """)
    void atMostFiveOtherEssaysAreNamedAndTheRestCountedWithALinkToTheSourcesPage(int others, int named, String text, String label) {
        ParsedEssay here = siteWithOthers(others);
        Views.EntryMore more = preview(extras(), here, "pier", 2);
        assertThat(more.uses()).isEqualTo("Cited 2 times in this essay");
        assertThat(more.hasAlso()).isEqualTo(others > 0);
        assertThat(more.also()).extracting(Views.CitedIn::title)
                .containsExactlyElementsOf(List.of("Essay 1", "Essay 2", "Essay 3", "Essay 4", "Essay 5").subList(0, named));
        // hrefs are relative to the page, notes/here.html, so that the site works from disk too
        assertThat(more.also()).extracting(Views.CitedIn::href).allSatisfy(href -> assertThat(href).matches("\\.\\./e\\d\\.html#ref-pier"));
        assertThat(more.also()).extracting(Views.CitedIn::last).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, named).mapToObj(i -> i == named - 1).toList());
        if (text == null) {
            assertThat(more.rest()).isNull();
        } else {
            assertThat(more.rest()).isEqualTo(new Views.MoreEssays("../bibliography/pier.html#cited-in", text, label));
            assertThat(more.rest().label()).as("the accessible name holds the visible text").startsWith(more.rest().text());
        }
    }

    @Test
    void theEssayPreviewedIsNeverAmongItsOwnOthersWhereverItStandsInTheIndex() {
        essay("a.md", "A", "pier");
        essay("b.md", "B", "pier");
        ParsedEssay here = essay("c d.md", "C", "pier");
        for (String name : List.of("e", "f", "g", "h")) essay(name + ".md", name.toUpperCase(), "pier");
        Views.EntryMore more = preview(extras(), here, "pier", 1);
        assertThat(more.uses()).isEqualTo("Cited once in this essay");
        assertThat(more.also()).extracting(Views.CitedIn::title).containsExactly("A", "B", "E", "F", "G");
        assertThat(more.rest().text()).isEqualTo("and 1 more");
        assertThat(more.rest().href()).as("a page at the root").isEqualTo("bibliography/pier.html#cited-in");
    }

    @Test
    void anEssayThatOnlyListsASourceCountsEveryEssayCitingIt() {
        ParsedEssay here = essay("here.md", "Here"); // nocite: listed in its sources, cited nowhere in it
        for (int i = 1; i <= 6; i++) essay("e" + i + ".md", "Essay " + i, "pier");
        Views.EntryMore more = preview(extras(), here, "pier", 0);
        assertThat(more.uses()).isEqualTo("Listed, not cited, in this essay");
        assertThat(more.also()).hasSize(5);
        assertThat(more.rest().text()).isEqualTo("and 1 more");
    }

    @Test
    void aSourceKeyWithSpacesLinksToItsEntryIdAndItsPage() {
        ParsedEssay here = essay("here.md", "Here", "odd key");
        for (int i = 1; i <= 7; i++) essay("e" + i + ".md", "Essay " + i, "odd key");
        Views.EntryMore more = preview(extras(), here, "odd key", 1);
        assertThat(more.also().get(0).href()).isEqualTo("e1.html#ref-odd_key");
        assertThat(more.rest().href()).matches("bibliography/odd-key-[0-9a-f]{8}\\.html#cited-in");
        assertThat(more.rest().text()).isEqualTo("and 2 more");
    }

    @Test
    void aPagesKeyFollowsTheEssaysItNamesAndTheCountOfTheRestOnly() {
        ParsedEssay here = siteWithOthers(8);
        Object before = extras().fingerprint(here, List.of("pier"));
        // an essay counted, not named, takes another title: the page shows nothing new
        essays.set(6, essay("e7.md", "Essay seven", "pier"));
        essays.remove(essays.size() - 1);
        assertThat(extras().fingerprint(here, List.of("pier"))).isEqualTo(before);
        // one more essay citing the source: "and 3 more" becomes "and 4 more"
        essay("e9.md", "Essay 9", "pier");
        Object nine = extras().fingerprint(here, List.of("pier"));
        assertThat(nine).isNotEqualTo(before);
        // a named essay takes another title
        essays.set(0, essay("e1.md", "Essay one", "pier"));
        essays.remove(essays.size() - 1);
        assertThat(extras().fingerprint(here, List.of("pier"))).isNotEqualTo(nine);
    }

    @Test
    void aPagesKeyTellsItsSourcesApart() {
        ParsedEssay here = essay("here.md", "Here", "a", "b");
        essay("x.md", "X", "a");
        assertThat(extras().fingerprint(here, List.of("a", "b"))).isNotEqualTo(extras().fingerprint(here, List.of("b", "a")));
        assertThat(extras().fingerprint(here, List.of("a"))).isNotEqualTo(extras().fingerprint(here, List.of("b")));
    }

    @Test
    void aPagesKeyFollowsTheSixthEssayOnlyWhereThePreviewNamesIt() {
        List<ParsedEssay> first = new ArrayList<>();
        for (int i = 1; i <= 8; i++) first.add(essay("e" + i + ".md", "Essay " + i, "pier"));
        ParsedEssay named = first.get(2); // its preview names e1, e2, e4, e5, e6
        ParsedEssay counted = first.get(7); // its preview names e1 to e5
        Object namedBefore = extras().fingerprint(named, List.of("pier"));
        Object countedBefore = extras().fingerprint(counted, List.of("pier"));

        essays.set(5, essay("e6.md", "Essay six", "pier")); // the sixth essay retitled
        essays.remove(essays.size() - 1);
        assertThat(preview(extras(), named, "pier", 1).also()).extracting(Views.CitedIn::title).contains("Essay six");
        assertThat(extras().fingerprint(named, List.of("pier"))).isNotEqualTo(namedBefore);
        assertThat(extras().fingerprint(counted, List.of("pier"))).isEqualTo(countedBefore);
    }
}
