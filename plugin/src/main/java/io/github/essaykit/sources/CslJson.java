package io.github.essaykit.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.essaykit.sources.bibtex.BibTeXReader;

/** CSL-JSON/YAML item maps as citeproc-java reads them: string keys, ISO date strings as date parts. */
final class CslJson {

    private static final List<String> DATES = List.of(
            "issued", "accessed", "event-date", "original-date", "submitted", "available-date", "container");

    private CslJson() {}

    /** A CSL-YAML item: its fields as written (pandoc 2.17 reads no variables from a YAML note). */
    static Map<String, Object> normalise(Map<?, ?> raw) {
        Map<String, Object> json = new LinkedHashMap<>();
        raw.forEach((k, v) -> json.put(String.valueOf(k), plain(v)));
        return dates(json);
    }

    /**
     * A CSL-JSON item: variable names read case-insensitively and the note's fields, as
     * {@link CslNote}; text in {@code <span class="nocase">} keeps its case through the style's
     * title case, as pandoc and citeproc-js read it.
     */
    static Map<String, Object> normaliseJson(Map<?, ?> raw) {
        Map<String, Object> json = new LinkedHashMap<>();
        raw.forEach((k, v) -> json.put(String.valueOf(k), v instanceof String text ? nocase(text) : plain(v)));
        Map<String, Object> variables = CslNote.variables(json);
        variables.replaceAll((k, v) -> v instanceof String text && CslRichText.isRichText(k) ? CslRichText.read(text) : v);
        return dates(variables);
    }


    private static final Pattern NOCASE = Pattern.compile("<span\\s+class\\s*=\\s*[\"']nocase[\"']\\s*>(.*?)</span>",
            Pattern.DOTALL);

    /** The text with each nocase span's words marked {@link BibTeXReader#KEEP_CASE} instead of the markup. */
    static String nocase(String text) {
        if (!text.contains("nocase")) {
            return text;
        }
        Matcher span = NOCASE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (span.find()) {
            span.appendReplacement(out, Matcher.quoteReplacement(BibTeXReader.keepCase(span.group(1))));
        }
        return span.appendTail(out).toString();
    }

    private static Map<String, Object> dates(Map<String, Object> json) {
        for (String name : DATES) {
            Object date = json.get(name);
            if (date instanceof String || date instanceof Number) {
                json.put(name, dateMap(String.valueOf(date)));
            } else if (date instanceof Map<?, ?> map && map.get("date-parts") instanceof List<?> parts) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), v));
                copy.put("date-parts", sameLength(new ArrayList<>(parts)));
                json.put(name, copy);
            } else if (date instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Map.class::isInstance)) {
                json.put(name, yearMonthDay(list));
            }
        }
        json.put("id", String.valueOf(json.get("id")));
        return json;
    }

    /**
     * Better BibTeX's CSL-YAML date: a list of one {@code {year, month, day}} map, or two for a
     * range, which pandoc reads as date parts.
     */
    private static Map<String, Object> yearMonthDay(List<?> maps) {
        List<Object> ranges = new ArrayList<>();
        for (Object each : maps) {
            Map<?, ?> map = (Map<?, ?>) each;
            List<Object> parts = new ArrayList<>();
            for (String part : List.of("year", "month", "day")) {
                Object value = map.get(part);
                if (value == null) {
                    break;
                }
                String digits = String.valueOf(value).strip();
                if (!digits.matches("-?\\d{1,9}")) {
                    return Map.of("raw", String.valueOf(value));
                }
                parts.add(Integer.parseInt(digits));
            }
            ranges.add(parts);
        }
        return Map.of("date-parts", sameLength(ranges));
    }

    /**
     * A range's two dates cut to the precision of the less precise one ("1850-02/1851" as
     * 1850–1851): citeproc-java refuses dates of different lengths in one range, pandoc prints
     * them at the shorter one's precision.
     */
    private static List<Object> sameLength(List<Object> ranges) {
        if (ranges.size() != 2 || !(ranges.get(0) instanceof List<?> from) || !(ranges.get(1) instanceof List<?> to)
                || from.size() == to.size()) {
            return ranges;
        }
        int length = Math.min(from.size(), to.size());
        return List.of(from.subList(0, length), to.subList(0, length));
    }

    private static Map<String, Object> dateMap(String value) {
        String[] parts = value.trim().split("-");
        List<Object> numbers = new ArrayList<>();
        for (String part : parts) {
            if (!part.matches("\\d{1,4}")) {
                return Map.of("raw", value);
            }
            numbers.add(Integer.parseInt(part));
        }
        return Map.of("date-parts", List.of(numbers));
    }

    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), plain(v)));
            return result;
        } else if (value instanceof List<?> list) {
            return list.stream().map(CslJson::plain).toList();
        } else if (value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof String || value instanceof Boolean || value == null) {
            return value;
        }
        return String.valueOf(value);
    }

    static String string(Map<?, ?> raw, String... names) {
        for (String name : names) {
            Object value = raw.get(name);
            if (value != null) {
                return String.valueOf(value);
            }
        }
        return "";
    }
}
