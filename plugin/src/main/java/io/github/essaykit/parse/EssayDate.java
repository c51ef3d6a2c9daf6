package io.github.essaykit.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * An essay's date as precise as the author wrote it: a day, a month ("January 2021") or a year.
 * {@link #start()} orders essays; {@link #iso()} is a valid HTML {@code <time datetime>} value.
 */
public record EssayDate(LocalDate start, Precision precision) {

    public enum Precision { YEAR, MONTH, DAY }

    public static EssayDate day(LocalDate date) {
        return new EssayDate(date, Precision.DAY);
    }

    /** "2021", "2021-01" or "2021-01-29". */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", start.getYear());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
        };
    }

    /** As the locale writes it: "January 29, 2021" (en-US), "29 January 2021" (en-GB), "January 2021", "2021". */
    public String text(Locale locale) {
        return switch (precision) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(start);
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(start);
        };
    }
}
