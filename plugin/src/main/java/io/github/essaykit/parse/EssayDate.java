package io.github.essaykit.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An essay's date as precise as the author wrote it: a day, a month ("January 2021") or a year;
 * or, for a text essaykit cannot read as a date ("7 11 2021"), the text as written, shown as
 * pandoc shows it and ordered as undated. {@link #start()} orders essays; {@link #iso()} is a
 * valid HTML {@code <time datetime>} value, empty for a text as written.
 */
public record EssayDate(LocalDate start, Precision precision, String written) {

    public enum Precision { YEAR, MONTH, DAY, AS_WRITTEN }

    /** Each locale's formatters, made once (a page and its index card each write a date): immutable values. */
    private static final Map<Locale, DateTimeFormatter> DAYS = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> MONTHS = new ConcurrentHashMap<>();

    public EssayDate(LocalDate start, Precision precision) {
        this(start, precision, "");
    }

    public static EssayDate day(LocalDate date) {
        return new EssayDate(date, Precision.DAY);
    }

    public static EssayDate asWritten(String text) {
        return new EssayDate(LocalDate.MIN, Precision.AS_WRITTEN, text);
    }

    /** "2021", "2021-01" or "2021-01-29". */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", start.getYear());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
            case AS_WRITTEN -> "";
        };
    }

    /** As the locale writes it: "January 29, 2021" (en-US), "29 January 2021" (en-GB), "January 2021", "2021". */
    public String text(Locale locale) {
        return switch (precision) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> MONTHS.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern("MMMM yyyy", l)).format(start);
            case DAY -> DAYS.computeIfAbsent(locale, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l)).format(start);
            case AS_WRITTEN -> written;
        };
    }
}
