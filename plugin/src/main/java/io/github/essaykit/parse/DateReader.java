package io.github.essaykit.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a front-matter {@code date} in the forms pandoc, Quarto and R Markdown authors write:
 * ISO ({@code 2021-01-29}, with or without a time after it), {@code 2021-01}, {@code 2021},
 * {@code 2021/01/29}, "29 January 2021", "January 29, 2021", "Jan 29 2021", "January 2021".
 * {@code 10-26-2024} or {@code 10/26/2024} month first, as Quarto reads them ({@link #ambiguous}
 * tells when the other order would also be a date). English month names only, as Quarto's.
 */
final class DateReader {

    /** Quarto's values that depend on the day of the build or on git: not read (see {@link #isMoving}). */
    static final List<String> MOVING = List.of("today", "now", "last-modified");

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}.*)?");
    /** Quarto's US order, 10-26-2024 or 10/26/2024: month first. */
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + "\\.?\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})");

    private DateReader() {}

    /** today, now, last-modified, or R Markdown's inline code such as "`r Sys.Date()`". */
    static boolean isMoving(String text) {
        String s = text.strip();
        return MOVING.contains(s.toLowerCase(Locale.ROOT)) || s.startsWith("`r ");
    }

    /** Whether a month-first date such as 11-6-2023 would also be a date read day first. */
    static boolean ambiguous(String text) {
        Matcher m = MONTH_FIRST.matcher(text.strip());
        return m.matches() && num(m, 1) != num(m, 2) && num(m, 1) <= 12 && num(m, 2) <= 12;
    }

    /** Whether the text has the shape of an accepted form (then a failure to read it is a day that does not exist). */
    static boolean looksLikeADate(String text) {
        String s = text.strip();
        for (Pattern p : List.of(ISO, MONTH_FIRST, YEAR_MONTH, YEAR)) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        for (Pattern p : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR)) {
            Matcher m = p.matcher(s);
            if (m.matches() && MONTHS.containsKey(lower(m.group(p == DAY_MONTH_YEAR ? 2 : 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The date, or empty when the text is none of the accepted forms or names no real day. */
    static Optional<EssayDate> read(String text) {
        String s = text.strip();
        try {
            Matcher m;
            if ((m = ISO.matcher(s)).matches()) {
                return day(num(m, 1), num(m, 2), num(m, 3));
            }
            if ((m = MONTH_FIRST.matcher(s)).matches()) {
                return day(num(m, 3), num(m, 1), num(m, 2));
            }
            if ((m = YEAR_MONTH.matcher(s)).matches()) {
                return Optional.of(new EssayDate(LocalDate.of(num(m, 1), num(m, 2), 1), EssayDate.Precision.MONTH));
            }
            if ((m = YEAR.matcher(s)).matches()) {
                return Optional.of(new EssayDate(LocalDate.of(num(m, 1), 1, 1), EssayDate.Precision.YEAR));
            }
            if ((m = DAY_MONTH_YEAR.matcher(s)).matches() && MONTHS.containsKey(lower(m.group(2)))) {
                return day(num(m, 3), MONTHS.get(lower(m.group(2))), num(m, 1));
            }
            if ((m = MONTH_DAY_YEAR.matcher(s)).matches() && MONTHS.containsKey(lower(m.group(1)))) {
                return day(num(m, 3), MONTHS.get(lower(m.group(1))), num(m, 2));
            }
            if ((m = MONTH_YEAR.matcher(s)).matches() && MONTHS.containsKey(lower(m.group(1)))) {
                return Optional.of(new EssayDate(LocalDate.of(num(m, 2), MONTHS.get(lower(m.group(1))), 1), EssayDate.Precision.MONTH));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 2021-13 or 31 February
        }
        return Optional.empty();
    }

    private static Optional<EssayDate> day(int year, int month, int day) {
        return Optional.of(EssayDate.day(LocalDate.of(year, month, day)));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
