package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.parse.ParsedEssay;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reading-time rule: words of the text, notes included, code and citations not; 238 a minute, rounded up. */
class ReadingTimeTest {
    private static final EssayParser PARSER = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8);

    private static ParsedEssay essay(String markdown) {
        return PARSER.parse(new SourceFile("e.md", Path.of("e.md")), markdown.getBytes(StandardCharsets.UTF_8)).essay();
    }

    private static String words(int n) {
        return "word ".repeat(n).strip();
    }

    @Test
    void countsTheWordsOfHeadingsParagraphsTablesAndNotes() {
        ParsedEssay e = essay("---\ntitle: Not counted at all\n---\n## Two words\n\nOne more — and *this*[^n] too^[inline note here]. [@key]\n\n"
                + "| a b | c |\n|---|---|\n| d | e |\n\n```\nnot counted either\n```\n\n[^n]: Four words in here.\n");
        // 2 + 5 ("—" is no word, the citation none) + 3 (inline note) + 5 (cells) + 4 (note)
        assertThat(ReadingTime.words(e)).isEqualTo(19);
    }

    @Test
    void twoHundredAndThirtyEightWordsAreOneMinuteAndOneMoreIsTwo() {
        assertThat(ReadingTime.text(ReadingTime.words(essay(words(238))))).isEqualTo("1 min read");
        assertThat(ReadingTime.text(ReadingTime.words(essay(words(239))))).isEqualTo("2 min read");
        assertThat(ReadingTime.text(ReadingTime.words(essay(words(120) + "\n\n" + words(119))))).as("paragraphs do not merge words")
                .isEqualTo("2 min read");
        assertThat(ReadingTime.text(ReadingTime.words(essay("")))).isEqualTo("1 min read");
    }

    @Test
    void countsAsSplittingOnWhitespaceWould() {
        // the rule as first written, a regex split: the fast count must agree on any text
        java.util.function.ToIntFunction<String> rule = text -> (int) java.util.Arrays.stream(text.split("\\s+"))
                .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).count();
        String[] pieces = {" ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2009", "a", "Z", "9", "—", "-", "é", "\uD835\uDC00",
            "\uD83D\uDE00", "'", "..."};
        java.util.Random random = new java.util.Random(13);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(ReadingTime.count(text.toString())).as("%s", text).isEqualTo(rule.applyAsInt(text.toString()));
        }
    }
}
