package io.github.essaykit.sources.bibtex;

import java.util.Map;

/**
 * One {@code @type{key, …}} entry as written: type in lower case, fields by lower-case name
 * (sorted, as pandoc keeps them) with their values' source text (outer braces or quotes removed,
 * {@code @string} macros expanded), and where the entry starts (1-based).
 */
record BibEntry(String type, String key, Map<String, String> fields, int line, int column) {

    BibEntry withFields(Map<String, String> newFields) {
        return new BibEntry(type, key, newFields, line, column);
    }
}
