package io.github.essaykit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EssayDateTest {

    @Test
    void eachLocaleWritesTheDateItsOwnWayWhicheverAskedFirst() {
        EssayDate day = EssayDate.day(LocalDate.of(2021, 1, 29));
        EssayDate month = new EssayDate(LocalDate.of(2021, 1, 1), EssayDate.Precision.MONTH);
        for (int round = 0; round < 2; round++) { // the second round reads the formatters made in the first
            assertThat(day.text(Locale.US)).isEqualTo("January 29, 2021");
            assertThat(day.text(Locale.UK)).isEqualTo("29 January 2021");
            assertThat(day.text(Locale.FRENCH)).isEqualTo("29 janvier 2021");
            assertThat(month.text(Locale.US)).isEqualTo("January 2021");
            assertThat(month.text(Locale.GERMAN)).isEqualTo("Januar 2021");
        }
        assertThat(new EssayDate(LocalDate.of(2021, 1, 1), EssayDate.Precision.YEAR).text(Locale.US)).isEqualTo("2021");
        assertThat(EssayDate.asWritten("7 11 2021").text(Locale.US)).isEqualTo("7 11 2021");
    }
}
