package io.github.essaykit.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheClosestName() {
        assertThat(Suggestions.didYouMean("smith2020", List.of("smith2021", "jones2020x", "kaplan2001")))
                .isEqualTo(" (did you mean 'smith2021'?)");
    }

    @Test
    void aSwapOfTwoLettersIsOneEdit() {
        // "cite" is two edits from "titel" as "title" would be without counting a swap as one; the swap must win
        assertThat(Suggestions.distance("titel", "title")).isEqualTo(1);
        assertThat(Suggestions.didYouMean("titel", List.of("cite", "title", "sources"))).isEqualTo(" (did you mean 'title'?)");
    }

    @Test
    void saysNothingWhenNothingIsClose() {
        assertThat(Suggestions.didYouMean("zzz", List.of("kaplan2001"))).isEmpty();
    }
}
