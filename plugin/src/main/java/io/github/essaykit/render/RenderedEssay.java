package io.github.essaykit.render;

import java.util.List;

/** An essay's HTML pieces, ready for the templates: body, notes in order. All HTML is safe. */
public record RenderedEssay(String body, List<RenderedNote> notes) {

    public RenderedEssay {
        notes = List.copyOf(notes);
    }

    /** One note: its id ("fn-3"), number and content HTML with its back links. */
    public record RenderedNote(String id, int number, String html) {}
}
