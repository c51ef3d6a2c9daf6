package io.github.essaykit.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CSL-JSON/YAML item maps as citeproc-java reads them: string keys, ISO date strings as date parts. */
final class CslJson {

    private static final List<String> DATES = List.of(
            "issued", "accessed", "event-date", "original-date", "submitted", "available-date", "container");

    private CslJson() {}

    static Map<String, Object> normalise(Map<?, ?> raw) {
        Map<String, Object> json = new LinkedHashMap<>();
        raw.forEach((k, v) -> json.put(String.valueOf(k), plain(v)));
        for (String name : DATES) {
            if (json.get(name) instanceof String text || json.get(name) instanceof Number) {
                String value = String.valueOf(json.get(name));
                json.put(name, dateMap(value));
            }
        }
        json.put("id", String.valueOf(json.get("id")));
        return json;
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
