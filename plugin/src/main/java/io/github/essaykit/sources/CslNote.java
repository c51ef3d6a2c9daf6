package io.github.essaykit.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A CSL-JSON item's variables as pandoc 2.17 (citeproc 0.6) reads them, notes included. Zotero
 * keeps fields it has no column for in {@code note}, one {@code Name: value} a line; citeproc
 * takes the lines at the start of the note written {@code name: value} or {@code {:name: value}},
 * where the name is letters and hyphens only (so {@code Original Date:} and {@code tex.x:} stop
 * the scan and stay in the note), as variables named case-insensitively; the rest of the note is
 * kept as written, and dropped when empty. Repeated name variables add names
 * ({@code editor: Family || Given}). Variables are read in case-insensitive name order, so a
 * note's variable replaces one whose name sorts before "note" ({@code DOI}, {@code issued}) and
 * is replaced by one after it ({@code title}, {@code type}, {@code URL}). Names are read by
 * {@link CslNames}.
 */
final class CslNote {

    /** Variables CSL spells in capitals; the others are lower case. */
    private static final Set<String> CAPITALS = Set.of("DOI", "ISBN", "ISSN", "PMCID", "PMID", "URL");

    private static final Set<String> NAMES = Set.of("author", "chair", "collection-editor", "composer", "compiler",
            "container-author", "contributor", "curator", "director", "editor", "editor-translator", "editorial-director",
            "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator", "original-author", "organizer",
            "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator", "translator");

    /** The leading fields of a note, in order, and what follows them. */
    record Parsed(List<Map.Entry<String, String>> fields, String rest) {}

    private CslNote() {}

    /** The item's variables under CSL's names, note fields applied as citeproc applies them. */
    static Map<String, Object> variables(Map<String, Object> raw) {
        Map<String, Map.Entry<String, Object>> sorted = new TreeMap<>();
        raw.forEach((k, v) -> sorted.put(k.toLowerCase(Locale.ROOT), Map.entry(k, v == null ? "" : v)));
        Map<String, Object> vars = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : sorted.values()) {
            put(vars, entry.getKey(), entry.getValue());
        }
        return vars;
    }

    private static void put(Map<String, Object> vars, String key, Object value) {
        String name = canonical(key);
        if (name.equals("note") && value instanceof String note) {
            vars.remove("note");
            Parsed parsed = parse(note);
            consolidated(parsed.fields()).forEach((k, v) -> put(vars, k, v));
            if (!parsed.rest().isEmpty()) {
                vars.put("note", parsed.rest());
            }
        } else if (name.equals("journalabbreviation") || name.equals("shorttitle")) {
            vars.put("container-title-short", value); // citeproc-js's legacy names
        } else if (NAMES.contains(name) && value instanceof List<?> names) {
            vars.put(name, names.stream().map(CslNote::name).toList());
        } else {
            vars.put(name, value);
        }
    }

    /** A name as an object, or as a string in citeproc's short form {@code Family || Given}. */
    private static Object name(Object value) {
        if (value instanceof Map<?, ?> map) {
            return CslNames.read(map);
        }
        return value instanceof String text ? CslNames.cheater(text) : value;
    }

    /** The fields as values: a name variable's lines become one list of names. */
    private static Map<String, Object> consolidated(List<Map.Entry<String, String>> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : fields) {
            String name = canonical(field.getKey());
            if (NAMES.contains(name)) {
                @SuppressWarnings("unchecked")
                List<Object> names = (List<Object>) values.computeIfAbsent(name, k -> new ArrayList<>());
                names.add(field.getValue());
            } else {
                values.remove(name); // a later line wins, in the later line's place
                values.put(name, field.getValue());
            }
        }
        return values;
    }

    /** The fields at the start of a note: {@code name: value} lines and {@code {:name: value}}. */
    static Parsed parse(String note) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        int at = 0;
        while (at < note.length()) {
            boolean braced = note.startsWith("{:", at);
            int nameStart = braced ? at + 2 : at;
            int nameEnd = nameStart;
            while (nameEnd < note.length() && (Character.isLetter(note.charAt(nameEnd)) || note.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            if (nameEnd == nameStart || nameEnd >= note.length() || note.charAt(nameEnd) != ':') {
                break;
            }
            int end;
            int next;
            if (braced) {
                end = note.indexOf('}', nameEnd);
                if (end < 0) {
                    break;
                }
                next = end + 1;
            } else {
                int newline = note.indexOf('\n', nameEnd);
                end = newline < 0 ? note.length() : newline;
                next = newline < 0 ? end : end + 1;
            }
            fields.add(Map.entry(note.substring(nameStart, nameEnd), note.substring(nameEnd + 1, end).strip()));
            at = next;
        }
        return new Parsed(fields, note.substring(at));
    }

    /** A variable's CSL name from any spelling ({@code doi}, {@code Citation-Key}). */
    static String canonical(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return CAPITALS.contains(upper) ? upper : name.toLowerCase(Locale.ROOT);
    }
}
