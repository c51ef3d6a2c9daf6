package io.github.essaykit.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A heading's slug: ASCII in one pass, the same as the patterns that read any text give. */
class SlugTest {

    private static final String ASCII = "aZq09 _-\t\n\u000b\f\r.,:;!?'\"()[]{}#&\u001c\u0001~";

    @Test
    void asciiInOnePassIsWhatThePatternsGive() {
        Random random = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(ASCII.charAt(random.nextInt(ASCII.length())));
            }
            assertThat(Labels.asciiSlug(text.toString())).as("'%s'", text).isEqualTo(Labels.slugByPatterns(text.toString()));
        }
    }

    @Test
    void examples() {
        assertThat(Labels.slug("The 1962 Crisis: What Kennedy Heard")).isEqualTo("the-1962-crisis-what-kennedy-heard");
        assertThat(Labels.slug("1. Introduction")).isEqualTo("introduction");
        assertThat(Labels.slug("snake_case and -dashes- ")).isEqualTo("snake-case-and-dashes-");
        assertThat(Labels.slug("Über Café")).isEqualTo("uber-cafe");
        assertThat(Labels.slug("2024")).isEqualTo("section");
    }
}
