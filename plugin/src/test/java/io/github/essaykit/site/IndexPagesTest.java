package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The index in pages of fifty essays: index.html first, then page/2.html and on. */
class IndexPagesTest {

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "50, 1", "51, 2", "100, 2", "101, 3", "100000, 2000"})
    void fiftyEssaysAPageAndOnePageEvenForNone(int essays, int pages) {
        assertThat(IndexPages.count(essays)).isEqualTo(pages);
    }

    @Test
    void theFirstPageIsTheIndexAndTheOthersAreNumbered() {
        assertThat(IndexPages.path(1)).isEqualTo("index.html");
        assertThat(IndexPages.path(2)).isEqualTo("page/2.html");
        assertThat(IndexPages.path(2000)).isEqualTo("page/2000.html");
    }
}
