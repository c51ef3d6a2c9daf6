package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.cache.ResultCache;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A style's facts kept in the build cache are the facts its XML gives, and a style loaded with them parses its XML only when asked for a variant. */
class StyleFactsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"chicago-author-date, en-US", "chicago-notes-bibliography, en-US", "apa, en-GB", "american-medical-association, en-US",
            "modern-language-association, de-DE", "harvard-cite-them-right, en-US", "ieee, en-US"})
    void keptFactsAreTheParsedOnesAndTheXmlWaitsUntilAsked(String name, String locale) {
        ResultCache cache = ResultCache.inFolder(folder.resolve("cache"));
        CitationStyle.Loaded loaded = CitationStyle.load(name, locale, folder, cache);
        assertThat(loaded.diagnostics().all()).isEmpty();
        CitationStyle parsed = loaded.style();
        assertThat(parsed.parsedYet()).isTrue();

        CitationStyle kept = CitationStyle.load(name, locale, folder, cache).style();
        assertThat(kept.parsedYet()).as("facts from the cache").isFalse();
        assertThat(kept.facts()).isEqualTo(parsed.facts())
                .isEqualTo(StyleFacts.read(parsed.facts().bytes()));
        assertThat(kept.isNoteStyle()).isEqualTo(parsed.isNoteStyle());
        assertThat(kept.punctuationInQuote()).isEqualTo(parsed.punctuationInQuote());
        assertThat(kept.parsedYet()).as("no variant asked for yet").isFalse();

        CitationStyle.Variant first = kept.variant(Position.FIRST, "page", true);
        assertThat(kept.xml(first)).isEqualTo(parsed.xml(parsed.variant(Position.FIRST, "page", true)));
        assertThat(kept.parsedYet()).isTrue();

        CitationStyle elsewhere = CitationStyle.load(name, locale.equals("en-US") ? "en-GB" : "en-US", folder, cache).style();
        assertThat(elsewhere.parsedYet()).as("another locale, other facts").isTrue();
    }

    @org.junit.jupiter.api.Test
    void whatANumberedStyleSaysOfOrderNamesAndUntypedSources() {
        StyleFacts ieee = CitationStyle.load("ieee", "en-US", folder).style().facts();
        StyleFacts chicago = CitationStyle.load("chicago-author-date", "en-US", folder).style().facts();
        StyleFacts amaAlphabetical = CitationStyle.load("american-medical-association-alphabetical", "en-US", folder).style().facts();
        assertThat(ieee.listsInCitationOrder()).isTrue(); // no bibliography sort
        assertThat(chicago.listsInCitationOrder()).isFalse();
        assertThat(amaAlphabetical.listsInCitationOrder()).as("numbered, but sorted by author").isFalse();
        assertThat(ieee.citationPrintsNames()).isFalse();
        assertThat(amaAlphabetical.pageRangeDelimiter()).as("AMA's own locale").isEqualTo("-");
        assertThat(chicago.pageRangeDelimiter()).as("the en-US locale's").isEqualTo("\u2013");
        assertThat(chicago.citationPrintsNames()).isTrue();
        // a source without a type takes a type the style tests nowhere: IEEE prints "standard" as a book
        for (String name : List.of("ieee", "chicago-author-date")) {
            CitationStyle style = CitationStyle.load(name, "en-US", folder).style();
            String xml = style.xml(style.variant(Position.FIRST, "", false));
            String type = style.facts().untestedType();
            assertThat(java.util.regex.Pattern.compile("type=\"([^\"]* )?" + type + "[ \"]").matcher(xml).find()).as(name + ": " + type).isFalse();
        }
        assertThat(ieee.untestedType()).isEqualTo("pamphlet");
        assertThat(chicago.untestedType()).isEqualTo("figure");
        // APA tests every type: the rarest, which its generic branches print as pandoc prints a source of type ""
        assertThat(CitationStyle.load("apa", "en-US", folder).style().facts().untestedType()).isEqualTo("standard");
    }
}
