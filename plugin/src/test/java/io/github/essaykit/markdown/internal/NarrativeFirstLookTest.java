package io.github.essaykit.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A narrative citation is read a few characters first and in full only when those do not decide
 * it ({@link NarrativeCitationParser#decided}): whatever follows a prefix it calls decided, the
 * key and the locator bracket read from the whole text are those read from the prefix.
 */
class NarrativeFirstLookTest {

    private static final String PIECES = "abcXYZ019_:./-#$%&+?<>~{}[]^;()\\ \t\n@,é";

    @Test
    void aDecidedFirstLookParsesAsTheWholeText() {
        Random random = new Random(20261205);
        int decided = 0;
        int withKey = 0;
        for (int n = 0; n < 200_000; n++) {
            String whole = "@" + randomText(random, 1 + random.nextInt(NarrativeCitationParser.LOOKAHEAD - 1));
            if (whole.length() <= NarrativeCitationParser.FIRST_LOOK) {
                continue;
            }
            String first = whole.substring(0, NarrativeCitationParser.FIRST_LOOK);
            if (!NarrativeCitationParser.decided(first)) {
                continue;
            }
            decided++;
            CiteSyntax.Key key = CiteSyntax.keyAt(whole, 0);
            assertThat(CiteSyntax.keyAt(first, 0)).as(whole).isEqualTo(key);
            if (key != null) {
                withKey++;
                assertThat(NarrativeCitationParser.bracketAfter(first, key.end())).as(whole)
                        .isEqualTo(NarrativeCitationParser.bracketAfter(whole, key.end())).isEqualTo(-1);
            }
        }
        assertThat(decided).as("prefixes decided").isGreaterThan(10_000);
        assertThat(withKey).as("of which with a key").isGreaterThan(5_000);
    }

    @Test
    void aKeyFollowedByABracketOrRunningToTheEndIsReadInFull() {
        String key = "@" + "k".repeat(NarrativeCitationParser.FIRST_LOOK - 3);
        assertThat(NarrativeCitationParser.decided(key + " [")).isFalse();
        assertThat(NarrativeCitationParser.decided(key + "  ")).isFalse();
        assertThat(NarrativeCitationParser.decided("@" + "k".repeat(NarrativeCitationParser.FIRST_LOOK - 1))).isFalse();
        assertThat(NarrativeCitationParser.decided("@{" + "k".repeat(NarrativeCitationParser.FIRST_LOOK - 2))).isFalse();
        assertThat(NarrativeCitationParser.decided("@kaplan2001 says" + " ".repeat(48))).isTrue();
        assertThat(NarrativeCitationParser.decided("@kaplan2001 [^1]" + " ".repeat(48))).isTrue();
        assertThat(NarrativeCitationParser.decided("@ not a key" + " ".repeat(53))).isTrue();
    }

    /** Runs of letters (keys), of one piece of punctuation, and whole words, so keys, brackets and line breaks meet often. */
    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(4);
            if (kind == 0) {
                text.append("key".repeat(1 + random.nextInt(8)));
            } else if (kind == 1) {
                text.append(" [p. 12]");
            } else {
                text.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
        }
        return text.substring(0, length);
    }
}
