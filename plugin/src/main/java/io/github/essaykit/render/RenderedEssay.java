package io.github.essaykit.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An essay's HTML pieces, ready for the templates: body, notes in order, and the hidden
 * preview blocks (id → HTML) of targets in other essays. All HTML is safe to embed.
 */
public record RenderedEssay(String body, List<RenderedNote> notes, List<RenderedSource> sources, Map<String, String> previews) {

    public RenderedEssay {
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
        previews = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(previews));
    }

    /** One note: its id ("fn-3"), number and content HTML with its back links. */
    public record RenderedNote(String id, int number, String html) {}

    /** A bibliography entry: its key, HTML, and the ids of the places citing it. */
    public record RenderedSource(String key, String html, List<String> citedAt) {

        public String id() {
            return io.github.essaykit.resolve.Sourcing.entryId(key);
        }
    }
}
