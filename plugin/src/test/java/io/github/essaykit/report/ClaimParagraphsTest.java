package io.github.essaykit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.markdown.EssayMarkdown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which paragraphs count as sourced, and which unsourced ones make a claim. */
class ClaimParagraphsTest {

    @Test
    void citationsLinksAndNotesThatCiteSourceAParagraph() {
        List<ClaimParagraphs.Sorted> sorted = ClaimParagraphs.of(EssayMarkdown.parser().parse("""
                Ferries stopped in 1998 [@okafor2020].

                The timetable is [online](https://example.org/ferries).

                The pier closed in 2004.[^cited]

                The harbour froze in 1963.[^aside]

                Okafor said “the sea keeps its own calendar”.

                Then Marsh moved to the island.

                A quiet morning on the water. It rained.

                [^cited]: As @okafor2020 tells it.
                [^aside]: A story the old men tell.
                """));
        assertThat(sorted).extracting(ClaimParagraphs.Sorted::sourced)
                .containsExactly(true, true, true, false, false, false, false);
        assertThat(sorted).extracting(ClaimParagraphs.Sorted::claim)
                .containsExactly("", "", "", "a number", "a quotation", "a name", "");
    }
}
