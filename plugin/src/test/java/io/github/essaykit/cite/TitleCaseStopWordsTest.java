package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.helper.StringHelper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** What the narrowed list gave, pattern by pattern, before its words went into two patterns. */
    private static final String[][] TRICKY = {
            {"the end of the affair",
                    "The End of the Affair"},
            {"nothing to write home about",
                    "Nothing to Write Home About"},
            {"war and peace: a novel",
                    "War and Peace: A Novel"},
            {"a history of the twentieth century: from the war to the wall",
                    "A History of the Twentieth Century: From the War to the Wall"},
            {"the out-of-the-way places of the world",
                    "The Out-of-the-Way Places of the World"},
            {"a well-to-do family in an up-to-date town",
                    "A Well-to-Do Family in an Up-to-Date Town"},
            {"a so-called theory of the in-between",
                    "A So-Called Theory of the In-Between"},
            {"the d'artagnan romances of l'île de france",
                    "The d'Artagnan Romances of l'Île de France"},
            {"histoire de l'art et d'aujourd'hui",
                    "Histoire de l'Art Et d'Aujourd'hui"},
            {"a book about books",
                    "A Book about Books"},
            {"about a boy",
                    "About a Boy"},
            {"stories about",
                    "Stories About"},
            {"the works of ludwig van beethoven and von neumann",
                    "The Works of Ludwig van Beethoven and von Neumann"},
            {"la république de platon, de la nature des choses",
                    "La République de Platon, de La Nature Des Choses"},
            {"\"the raven\" and other poems by poe",
                    "\"The Raven\" and Other Poems by Poe"},
            {"the “great game” in central asia: on the road to kabul",
                    "The “Great Game” in Central Asia: On the Road to Kabul"},
            {"‘the hollow men’ and the waste land",
                    "‘The Hollow Men’ and the Waste Land"},
            {"the children's book of the year's best",
                    "The Children's Book of the Year's Best"},
            {"as regards the law of the sea",
                    "As Regards the Law of the Sea"},
            {"as a matter of fact, as it were",
                    "As a Matter of Fact, as It Were"},
            {"of-the-moment stories",
                    "Of-the-Moment Stories"},
            {"up and down the city road",
                    "Up and down the City Road"},
            {"into the wild; onto the plains; over the hills; till the end; via the roads",
                    "Into the Wild; onto the Plains; over the Hills; till the End; via the Roads"},
            {"the ORIGIN OF SPECIES",
                    "The ORIGIN OF SPECIES"},
            {"A TALE OF TWO CITIES",
                    "A Tale of Two Cities"},
            {"gone with the wind -- and back again",
                    "Gone with the Wind -- and Back Again"},
            {"the one - and only - guide to the galaxy",
                    "The One - and Only - Guide to the Galaxy"},
            {"the 1960s: a decade of change in the u.s.a.",
                    "The 1960s: A Decade of Change in the U.S.A."},
            {"the yet-to-be-named species of the an-ancient-river",
                    "The Yet-to-Be-Named Species of the An-Ancient-River"},
            {"nor any drop to drink, nor a ship at sea, yet a sailor's tale",
                    "Nor Any Drop to Drink, nor a Ship at Sea, yet a Sailor's Tale"},
            {"the law as regards-policy of the state",
                    "The Law as Regards-Policy of the State"},
            {"the war of -isms and the art of --words", // "of -", "of --" end in '-': upper case
                    "The War Of -Isms and the Art Of --Words"},
            {"the law as-regards policy",
                    "The Law As-Regards Policy"},
    };

    @Test
    void combinedPatternsGiveWhatThePatternsOneByOneGave() {
        TitleCaseStopWords.apply();
        for (String[] row : TRICKY) {
            assertThat(StringHelper.toTitleCase(row[0])).as(row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void citeprocTriesOnlyTheTwoCombinedPatterns() throws ReflectiveOperationException {
        TitleCaseStopWords.apply();
        java.lang.reflect.Field field = StringHelper.class.getDeclaredField("TITLECASE_STOPWORD_PATTERNS");
        field.setAccessible(true);
        assertThat((Pattern[]) field.get(null)).hasSize(2);
    }

    @Test
    void combinedPatternsEndWhereTheLoopOverThePatternsEnds() {
        String rest = "[^\\p{L}\\d_:'\"‘’“”]+";
        List<Pattern> patterns = new ArrayList<>();
        for (String word : List.of("as\\s+regards", "about", "into", "and", "an", "as", "of", "so", "to", "a")) {
            patterns.add(Pattern.compile("^" + word + rest, Pattern.CASE_INSENSITIVE));
        }
        patterns.add(Pattern.compile("^d['’](?=\\p{L})"));
        patterns.add(Pattern.compile("^up" + rest)); // case-sensitive, as our own "about" is
        List<Pattern> combined = List.of(TitleCaseStopWords.combine(patterns));
        String[] parts = {"as", "regards", "About", "about", "into", "and", "an", "a", "of", "So", "to", "d'", "up", "UP", "x", "1"};
        String[] seps = {" ", "-", " -", " - ", "--", ": ", "\"", "’", ", ", ""};
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder title = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) {
                title.append(parts[random.nextInt(parts.length)]).append(seps[random.nextInt(seps.length)]);
            }
            char previous = random.nextBoolean() ? '-' : ' ';
            assertThat(stopWordEnd(combined, title.toString(), previous)).as("%s after '%s'", title, previous)
                    .isEqualTo(stopWordEnd(patterns, title.toString(), previous));
        }
    }

    /** citeproc-java 3.5.2's StringHelper.toTitleCase: where a stop word at the start of the rest ends, or -1. */
    private static int stopWordEnd(List<Pattern> patterns, String rest, char previous) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(rest);
            if (m.find() && (rest.charAt(m.end() - 1) != '-' || previous == '-')) {
                return m.end();
            }
        }
        return -1;
    }

    @Test
    void readsTheWordOfEachOfCiteprocsPatterns() {
        assertThat(TitleCaseStopWords.word(java.util.regex.Pattern.compile("^before[^\\p{L}]+"))).isEqualTo("before");
        assertThat(TitleCaseStopWords.word(java.util.regex.Pattern.compile("^according\\s+to[^\\p{L}]+"))).isEqualTo("according");
    }
}
