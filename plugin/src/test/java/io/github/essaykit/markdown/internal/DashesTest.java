package io.github.essaykit.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dashes and ellipses as pandoc reads them, left to right, whatever runs of hyphens and dots a text holds. */
class DashesTest {

    @Test
    void theSameAsReadingCharacterByCharacter() {
        String[] pieces = {"-", "--", "---", ".", "..", "...", "a", " ", "é", "—", "x-y"};
        Random random = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String raw = text.toString();
            assertThat(SmartPunctuationPostProcessor.dashes(raw)).as("'%s'", raw).isEqualTo(byCharacter(raw));
        }
        assertThat(SmartPunctuationPostProcessor.dashes("a-----b...c....")).isEqualTo("a—–b…c….");
    }

    @Test
    void textWithNeitherIsTheSameString() {
        String text = "One. Two - three.";
        assertThat(SmartPunctuationPostProcessor.dashes(text)).isSameAs(text);
    }

    /** The reading before dashes were found by searching: a character at a time. */
    private static String byCharacter(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (text.startsWith("--", i)) {
                out.append('–');
                i += 2;
            } else if (text.startsWith("...", i)) {
                out.append('…');
                i += 3;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }
}
