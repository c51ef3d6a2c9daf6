package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page variable's ranges: protected where an end is not a number, and the same string when none is. */
class LibraryItemsPagesTest {

    private static final String[] PIECES = {"1", "12", "115", "٣", "xii", "xv", "A", "S3", "e", "-", "--", "–", " ", "\t", ",", "&",
        ", ", " - ", "n.", "/"};

    @Test
    void everyPageStringGetsWhatTheRangePatternAloneGave() {
        Random random = new Random(7);
        int protectedOnes = 0;
        int same = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder page = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                page.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = page.toString();
            String expected = byPattern(LibraryItems.guardedPages(text));
            String actual = LibraryItems.pages(text);
            assertThat(actual).as("'%s'", text).isEqualTo(expected);
            if (expected.equals(text)) {
                assertThat(actual).as("'%s' is kept as it is", text).isSameAs(text);
                same++;
            } else {
                protectedOnes++;
            }
        }
        assertThat(protectedOnes).isGreaterThan(1_000);
        assertThat(same).isGreaterThan(1_000);
    }

    @Test
    void aPartTheParserWouldChangeGoesInLettersAndComesBackAsWritten() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder page = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                page.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "0" : "");
            }
            String text = page.toString();
            String guarded = LibraryItems.guardedPages(text);
            assertThat(LibraryItems.pagesAsWritten(guarded)).as("'%s'", text).isEqualTo(text);
            // what reaches citeproc-java's page parser: numbers without a leading zero, letters, separators and marked letters
            assertThat(guarded).as("'%s'", text).matches("([A-Za-z]*([1-9][0-9]*|0)?|[\\s,&\\-–]|\uE010[a-p]+\uE010)*");
        }
        assertThat(LibraryItems.guardedPages("055012")).isEqualTo("\uE010aadaaadfaadfaadaaadbaadc\uE010");
        assertThat(LibraryItems.guardedPages("867-882.e5")).startsWith("867-\uE010");
        assertThat(LibraryItems.pagesAsWritten(LibraryItems.guardedPages("1<b>"))).isEqualTo("1&lt;b&gt;");
    }

    @Test
    void aRangeOfRomanNumeralsIsProtectedAndOneOfNumbersIsNot() {
        assertThat(LibraryItems.pages("xii-xv")).isEqualTo("xii" + LibraryItems.PAGE_DASH + "-" + LibraryItems.PAGE_DASH + "xv");
        assertThat(LibraryItems.pages("115--135, 140–142")).isEqualTo("115--135, 140–142");
    }

    /** What the page variable became before numbers-only strings were let through unread. */
    private static String byPattern(String page) {
        if (!page.contains("-") && !page.contains("–")) {
            return page;
        }
        Matcher m = Pattern.compile("([^\\s,&\\-–]+)\\s*[-–]+\\s*([^\\s,&\\-–]+)").matcher(page);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            boolean arabic = m.group(1).chars().allMatch(Character::isDigit) && m.group(2).chars().allMatch(Character::isDigit);
            changed |= !arabic;
            m.appendReplacement(out, Matcher.quoteReplacement(arabic ? m.group()
                    : m.group(1) + LibraryItems.PAGE_DASH + "-" + LibraryItems.PAGE_DASH + m.group(2)));
        }
        m.appendTail(out);
        return changed ? out.toString() : page;
    }
}
