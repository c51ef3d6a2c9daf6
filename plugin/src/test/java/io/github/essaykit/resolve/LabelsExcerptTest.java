package io.github.essaykit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A section's excerpt: white space squeezed to single spaces, none left before closing marks. */
class LabelsExcerptTest {

    private static final String[] PIECES = {"a", "noise", "é", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", ".",
        ",", ";", ":", "!", "?", ")", "]", "(", "[", "…"};

    @Test
    void squeezedAsTheTwoPatternsDid() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String raw = text.toString();
            String expected = raw.replaceAll("\\s+", " ").replaceAll(" +([.,;:!?)\\]])", "$1");
            assertThat(Labels.squeezed(raw)).as("'%s'", raw).isEqualTo(expected);
        }
    }

    @Test
    void aCitationLeavesNoSpaceBeforeTheFullStop() {
        assertThat(Labels.squeezed("masked by\n  noise .")).isEqualTo("masked by noise.");
    }
}
