package io.github.essaykit.publish;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source's CSL variables as plain values (strings, numbers, lists, maps), its key as the id,
 * without the marks the BibTeX reader leaves for the formatter: the case-keeping mark goes
 * (each format protects case its own way, see {@link #keepsCase}) and the page slash is a '/'
 * again. What every download and metadata format starts from.
 */
record CslVariables(String key, Map<String, Object> variables) {

    static CslVariables of(Source source) {
        return of(source.key(), source.item());
    }

    static List<CslVariables> of(java.util.Collection<Source> sources) {
        return sources.stream().map(CslVariables::of).toList();
    }

    static CslVariables of(String key, CSLItemData item) {
        Map<?, ?> json = (Map<?, ?>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("id", key);
        json.forEach((name, value) -> {
            if (!name.equals("id") && !name.equals("citation-key")) {
                variables.put(String.valueOf(name), plain(value));
            }
        });
        return new CslVariables(key, variables);
    }

    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(plain(v)));
            return copy;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return clean(String.valueOf(value));
    }

    /** The text without the formatter's marks. */
    static String clean(String text) {
        return BibTeXReader.withoutMarks(text);
    }

    /** Whether a word of a value, as the formatter got it, was protected from case changes ({@code {ggplot2}}). */
    static boolean keepsCase(String word) {
        return word.startsWith(BibTeXReader.KEEP_CASE);
    }

    String type() {
        return text("type");
    }

    /** A text variable, or "". */
    String text(String name) {
        Object value = variables.get(name);
        return value instanceof String s ? s : value == null ? "" : String.valueOf(value);
    }

    /** A name variable: each name's parts ("family", "given", "literal"…). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> names(String name) {
        Object value = variables.get(name);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** A date variable's first date as [year, month, day] (as many parts as given), or empty. */
    List<Integer> date(String name) {
        List<List<Integer>> parts = dateParts(name);
        return parts.isEmpty() ? List.of() : parts.get(0);
    }

    /** All date parts of a date variable: one list for a date, two for a range. */
    List<List<Integer>> dateParts(String name) {
        if (!(variables.get(name) instanceof Map<?, ?> date) || !(date.get("date-parts") instanceof List<?> ranges)) {
            return List.of();
        }
        List<List<Integer>> out = new ArrayList<>();
        for (Object range : ranges) {
            List<Integer> parts = new ArrayList<>();
            if (range instanceof List<?> list) {
                for (Object part : list) {
                    if (part instanceof Number n) {
                        parts.add(n.intValue());
                    } else {
                        try {
                            parts.add(Integer.parseInt(String.valueOf(part).strip()));
                        } catch (NumberFormatException e) {
                            break;
                        }
                    }
                }
            }
            if (!parts.isEmpty()) {
                out.add(parts);
            }
        }
        return out;
    }

    /** A date variable that is not date parts: its literal or raw text, or "". */
    String dateText(String name) {
        if (variables.get(name) instanceof Map<?, ?> date) {
            Object text = date.get("literal") != null ? date.get("literal") : date.get("raw");
            return text == null ? "" : String.valueOf(text);
        }
        return "";
    }

    /** A name as people write it: "Vincent van Gogh Jr.", or its literal. */
    static String displayName(Map<String, Object> name) {
        if (name.get("literal") != null) {
            return String.valueOf(name.get("literal"));
        }
        StringBuilder out = new StringBuilder();
        for (String part : List.of("given", "dropping-particle", "non-dropping-particle", "family", "suffix")) {
            Object value = name.get(part);
            if (value != null && !String.valueOf(value).isBlank()) {
                out.append(out.length() > 0 ? " " : "").append(value);
            }
        }
        return out.toString();
    }

    /** "van Gogh, Vincent", "Gogh, Vincent van" … as catalogues sort it; a literal as it is. */
    static String invertedName(Map<String, Object> name) {
        if (name.get("literal") != null) {
            return String.valueOf(name.get("literal"));
        }
        String family = join(name.get("non-dropping-particle"), name.get("family"));
        String given = join(name.get("given"), name.get("dropping-particle"));
        String suffix = name.get("suffix") == null ? "" : String.valueOf(name.get("suffix"));
        return family + (given.isEmpty() ? "" : ", " + given) + (suffix.isEmpty() ? "" : ", " + suffix);
    }

    private static String join(Object a, Object b) {
        String first = a == null ? "" : String.valueOf(a).strip();
        String second = b == null ? "" : String.valueOf(b).strip();
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }
}
