package io.github.essaykit.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An essay's HTML pieces, ready for the templates: body, the abstract (empty without one), notes in order, and the hidden
 * preview blocks (id → HTML) of targets in other essays. All HTML is safe to embed. Beside them,
 * where the author wrote each address ({@link LinkOrigins}), for problems found in the page.
 */
public record RenderedEssay(String body, String abstractHtml, List<RenderedNote> notes, List<RenderedSource> sources, Map<String, String> previews,
        LinkOrigins origins) {

    public RenderedEssay {
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
        previews = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(previews));
        origins = origins == null ? LinkOrigins.NONE : origins;
    }

    /** Pieces with no record of where their addresses were written. */
    public RenderedEssay(String body, List<RenderedNote> notes, List<RenderedSource> sources, Map<String, String> previews) {
        this(body, "", notes, sources, previews, LinkOrigins.NONE);
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
