package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.helper.StringHelper;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import org.junit.jupiter.api.Test;

/** A stop word after an opening quote inside a title stays lower case in title case (CSL 1.0.2), as pandoc prints it. */
class QuotedStopWordsTest {

    private static String titleCase(String title) {
        return StringHelper.toTitleCase(QuotedStopWords.mark(title)).replace(BibTeXReader.KEEP_CASE, "");
    }

    @Test
    void aStopWordAfterAQuoteMidTitleStaysLowerCase() {
        assertThat(StringHelper.toTitleCase("waiting for “the last tide”")).isEqualTo("Waiting for “The Last Tide”");
        assertThat(titleCase("waiting for “the last tide”")).isEqualTo("Waiting for “the Last Tide”");
        assertThat(titleCase("notes on ‘a ledger’ and its keepers")).isEqualTo("Notes on ‘a Ledger’ and Its Keepers");
    }

    @Test
    void theFirstWordAWordAfterAColonAndOtherWordsAreNotMarked() {
        assertThat(QuotedStopWords.mark("“the ledger” of ports")).isEqualTo("“the ledger” of ports");
        assertThat(QuotedStopWords.mark("ports: “the ledger”")).isEqualTo("ports: “the ledger”");
        assertThat(QuotedStopWords.mark("ports and “tides of salt”")).isEqualTo("ports and “tides of salt”");
        assertThat(titleCase("ports: “the ledger”")).isEqualTo("Ports: “The Ledger”");
        assertThat(QuotedStopWords.mark("ports and “the ledger”"))
                .isEqualTo("ports and “" + BibTeXReader.KEEP_CASE + "the ledger”");
    }
}
