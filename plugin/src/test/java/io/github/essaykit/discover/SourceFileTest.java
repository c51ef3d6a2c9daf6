package io.github.essaykit.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SourceFileTest {

    /** What slugs were before the fast path: the ending removed by the pattern. */
    private static final Pattern ENDING = Pattern.compile("(?i)\\.(md|markdown|qmd|rmd)$");

    @Test
    void aSlugIsTheNameWithoutItsEssayEnding() {
        assertThat(SourceFile.slugOf("notes/tapes.md")).isEqualTo("notes/tapes");
        assertThat(SourceFile.slugOf("a.b.Rmd")).isEqualTo("a.b");
        assertThat(SourceFile.slugOf("x.MARKDOWN")).isEqualTo("x");
        assertThat(SourceFile.slugOf("dir.md/file")).isEqualTo("dir.md/file");
        assertThat(SourceFile.slugOf("pic.png")).isEqualTo("pic.png");
        assertThat(SourceFile.slugOf("mar\u212Adown.mar\u212Adown")).as("the Kelvin sign is no k here")
                .isEqualTo("mar\u212Adown.mar\u212Adown");
    }

    @Test
    void theFastPathAgreesWithThePatternOnAnyName() {
        String[] parts = {"a", ".", "/", "md", "MD", "markdown", "qmd", "Rmd", "rmdx", "\n", "\u212A", "é", " ", "txt"};
        Random random = new Random(13);
        List<String> names = new ArrayList<>(List.of("", ".", ".md", "md", "a.md\n", "a.md\r\n"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                name.append(parts[random.nextInt(parts.length)]);
            }
            names.add(name.toString());
        }
        for (String name : names) {
            assertThat(SourceFile.slugOf(name)).as("%s", name).isEqualTo(ENDING.matcher(name).replaceFirst(""));
        }
    }
}
