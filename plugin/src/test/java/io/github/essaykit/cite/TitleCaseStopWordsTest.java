package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.helper.StringHelper;
import org.junit.jupiter.api.Test;

/** citeproc-java's title case keeps lower case only CSL 1.0.2's stop words once we narrowed its list. */
class TitleCaseStopWordsTest {

    @Test
    void onlyTheSpecsStopWordsStayLowerCase() {
        TitleCaseStopWords.apply();
        assertThat(StringHelper.toTitleCase("seeing like a state")).isEqualTo("Seeing Like a State");
        assertThat(StringHelper.toTitleCase("first steps towards electronic research communication"))
                .isEqualTo("First Steps Towards Electronic Research Communication");
        assertThat(StringHelper.toTitleCase("measuring rainfall before the gauge and after it, during a war without end"))
                .isEqualTo("Measuring Rainfall Before the Gauge and After It, During a War Without End");
        // pandoc's citeproc also keeps "about" and the particles de, van, von, d', l' lower case
        assertThat(StringHelper.toTitleCase("a book about the voyages of von humboldt and de souza to l’égypte"))
                .isEqualTo("A Book about the Voyages of von Humboldt and de Souza to l’Égypte");
        // the spec's own words are still stop words
        assertThat(StringHelper.toTitleCase("the history of the world from the ice to the sea via the roads"))
                .isEqualTo("The History of the World from the Ice to the Sea via the Roads");
    }

    @Test
    void readsTheWordOfEachOfCiteprocsPatterns() {
        assertThat(TitleCaseStopWords.word(java.util.regex.Pattern.compile("^before[^\\p{L}]+"))).isEqualTo("before");
        assertThat(TitleCaseStopWords.word(java.util.regex.Pattern.compile("^according\\s+to[^\\p{L}]+"))).isEqualTo("according");
    }
}
