package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link HtmlCleanup}: the plain-text shortcut gives what the markup steps give. */
class HtmlCleanupTest {

    /** Letters of several scripts, digits, the plain punctuation, and what is not plain: markup, entities, quotes, spaces. */
    private static final String ALPHABET = "aZüłΩ新ß9 .,;:()[]-–—/?!+*#%=<>&\"'“”‘’\u00a0\n\t\u0301©é";

    @Test
    void plainTextIsWhatTheMarkupStepsGiveBack() {
        Random random = new Random(11);
        int plain = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, length = 1 + random.nextInt(30); i < length; i++) {
                // mostly plain characters, so that a good share of the texts are plain
                int range = random.nextInt(4) == 0 ? ALPHABET.length() : ALPHABET.indexOf('<');
                text.append(ALPHABET.charAt(random.nextInt(range)));
            }
            String stripped = text.toString().strip();
            if (HtmlCleanup.plain(stripped)) {
                plain++;
                assertThat(stripped).isEqualTo(HtmlCleanup.markup(stripped));
            }
        }
        assertThat(plain).isGreaterThan(10_000);
    }

    @Test
    void markupQuotesAndEntitiesAreNotPlain() {
        assertThat(HtmlCleanup.plain("(Okafor 2015, 12–15)")).isTrue();
        assertThat(HtmlCleanup.plain("Okafor & Brown 2015")).isFalse();
        assertThat(HtmlCleanup.plain("<i>Maps</i>")).isFalse();
        assertThat(HtmlCleanup.plain("Okafor, “Maps”")).isFalse();
        assertThat(HtmlCleanup.plain("p.\u00a012")).isFalse();
        assertThat(HtmlCleanup.clean("(Okafor 2015, 12)")).isEqualTo("(Okafor 2015, 12)");
    }
}
