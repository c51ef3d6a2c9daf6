package io.github.essaykit.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An essay's HTML pieces, ready for the templates: body, notes in order, and the hidden
 * preview blocks (id → HTML) of targets in other essays. All HTML is safe to embed.
 */
public record RenderedEssay(String body, List<RenderedNote> notes, Map<String, String> previews) {

    public RenderedEssay {
        notes = List.copyOf(notes);
        previews = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(previews));
    }

    /** One note: its id ("fn-3"), number and content HTML with its back links. */
    public record RenderedNote(String id, int number, String html) {}
}
