package io.github.essaykit.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An essay's YAML front matter, typed. Every string is as the author wrote it: unescaped, so
 * templates must escape it. {@code lines} maps each field name to its 1-based line in the file.
 */
public record FrontMatter(
        String title,
        String subtitle,
        List<String> authors,
        Optional<LocalDate> date,
        String summary,
        List<String> tags,
        List<String> bibliography,
        List<String> nocite,
        boolean draft,
        Optional<Boolean> numberSections,
        Map<String, Integer> lines) {

    public FrontMatter {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        bibliography = List.copyOf(bibliography);
        nocite = List.copyOf(nocite);
        lines = Map.copyOf(lines);
    }

    /** The line of a field, or 1 (the front matter's start) when the field is absent. */
    public int lineOf(String field) {
        return lines.getOrDefault(field, 1);
    }
}
