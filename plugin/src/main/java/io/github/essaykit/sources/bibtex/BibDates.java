package io.github.essaykit.sources.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Dates as pandoc reads them: a biblatex {@code date}/{@code urldate}/… field in ISO 8601/EDTF
 * ({@code 2020-05}, {@code 2019/2021}, {@code 1990~}), else the old fields ({@code year},
 * {@code month} as {@code jan} or a number, {@code day}, {@code endyear}…); a year that is not
 * a number is kept as a literal date ({@code year = {forthcoming}}).
 */
final class BibDates {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private BibDates() {}

    /** An EDTF/ISO date field as CSL JSON, or null when it is not one. */
    static Map<String, Object> iso(String raw) {
        String text = raw.replace('\u00a0', '~');
        String[] slash = text.split("/", -1);
        if (slash.length == 1 && text.indexOf('u') >= 0) {
            text = text.replace('u', '0') + "/" + text.replace('u', '9');
        } else if (slash.length == 2 && (slash[1].equals("open") || slash[1].equals("unknown"))) {
            text = slash[0] + "/";
        }
        List<List<Integer>> parts = new ArrayList<>();
        boolean circa = false;
        for (String range : text.split("/", -1)) {
            String part = range.strip();
            circa |= part.endsWith("~");
            List<Integer> dateParts = isoParts(part);
            if (dateParts == null) {
                return null;
            }
            parts.add(dateParts);
        }
        return date(parts, circa);
    }

    private static List<Integer> isoParts(String text) {
        boolean hasY = text.startsWith("y");
        String t = hasY ? text.substring(1) : text;
        boolean negative = t.startsWith("-");
        t = negative ? t.substring(1) : t;
        int special = 0;
        while (special < t.length() && "~?%T".indexOf(t.charAt(special)) < 0) {
            special++;
        }
        t = t.substring(0, special);
        if (t.isEmpty()) {
            return List.of(0);
        }
        String[] fields = t.split("-", -1);
        if (fields.length > 3 || !(fields[0].length() == 4 || hasY && fields[0].length() >= 4)) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if ((i > 0 && fields[i].length() != 2) || !fields[i].chars().allMatch(Character::isDigit)
                    || fields[i].isEmpty()) {
                return null;
            }
            int n = Integer.parseInt(fields[i]);
            out.add(i == 0 && negative ? -n - 1 : n);
        }
        return out;
    }

    /**
     * The old fields with this prefix ("" for year/month/day, "event", "orig", "url"), or null.
     * {@code field} gives a field's text as read, {@code raw} its source.
     */
    static Map<String, Object> old(String prefix, Function<String, String> field, Function<String, String> raw) {
        Integer year = integer(field.apply(prefix + "year"));
        Integer month = month(raw.apply(prefix + "month"));
        Integer day = integer(raw.apply(prefix + "day"));
        Integer endYear = integer(field.apply(prefix + "endyear"));
        Integer endMonth = month(field.apply(prefix + "endmonth"));
        Integer endDay = integer(field.apply(prefix + "endday"));
        List<List<Integer>> parts = new ArrayList<>();
        addParts(parts, year, month, day);
        addParts(parts, endYear, endMonth, endDay);
        if (!parts.isEmpty()) {
            return date(parts, false);
        }
        String literal = raw.apply(prefix + "year");
        if (literal == null) {
            return null;
        }
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("literal", literal);
        return date;
    }

    private static void addParts(List<List<Integer>> parts, Integer year, Integer month, Integer day) {
        if (year == null) {
            return;
        }
        List<Integer> p = new ArrayList<>(List.of(year));
        if (month != null) {
            p.add(month);
            if (day != null) {
                p.add(day);
            }
        }
        parts.add(p);
    }

    private static Map<String, Object> date(List<List<Integer>> parts, boolean circa) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("date-parts", parts);
        if (circa) {
            date.put("circa", true);
        }
        return date;
    }

    private static Integer month(String text) {
        if (text == null) {
            return null;
        }
        int index = MONTHS.indexOf(text.toLowerCase(Locale.ROOT));
        return index >= 0 ? Integer.valueOf(index + 1) : integer(text);
    }

    /** Haskell's {@code readMay} for an Int: optional spaces and minus sign, digits. */
    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(t);
    }
}
