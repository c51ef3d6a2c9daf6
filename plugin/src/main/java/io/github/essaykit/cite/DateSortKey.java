package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Set;

/**
 * The sort key of a date variable ({@code <key variable="issued"/>}), as CSL 1.0.2 sorts dates:
 * by year, month and day, a date without a month before one with it; a range after the single
 * date it starts on. Years are offset so that years before the common era sort first. An item
 * without the date (or with only a literal date) has the empty key, which sorts last.
 */
final class DateSortKey {

    static final Set<String> VARIABLES = Set.of("accessed", "available-date", "event-date", "issued", "original-date",
            "submitted");

    private static final int YEAR_OFFSET = 100_000;

    private DateSortKey() {}

    static String of(String variable, CSLItemData item) {
        CSLDate date = switch (variable) {
            case "accessed" -> item.getAccessed();
            case "available-date" -> item.getAvailableDate();
            case "event-date" -> item.getEventDate();
            case "original-date" -> item.getOriginalDate();
            case "submitted" -> item.getSubmitted();
            default -> item.getIssued();
        };
        if (date == null || date.getDateParts() == null || date.getDateParts().length == 0) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (int[] parts : date.getDateParts()) {
            if (parts == null || parts.length == 0) {
                break;
            }
            if (!key.isEmpty()) {
                key.append('~'); // the end of a range: compared on its own, after the start
            }
            key.append(String.format("%06d", parts[0] + YEAR_OFFSET));
            for (int i = 1; i < 3; i++) {
                key.append(String.format("%02d", parts.length > i ? parts[i] : 0));
            }
        }
        return key.toString();
    }
}
