package io.github.essaykit.render;

import io.github.essaykit.resolve.Notes;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes note markers as numbered links that preview the note; definitions render nowhere in
 * the text (the essay's notes section shows them). Numbers come from {@link Notes}.
 */
final class NoteHtmlRenderer implements NodeRenderer {

    private final HtmlWriter html;
    private final Notes notes;
    private final Map<Integer, Integer> markersSeen;

    /** @param markersSeen how many markers of each note were written, shared with citation notes */
    NoteHtmlRenderer(HtmlNodeRendererContext context, Notes notes, Map<Integer, Integer> markersSeen) {
        this.html = context.getWriter();
        this.notes = notes;
        this.markersSeen = markersSeen;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FootnoteReference.class, InlineFootnote.class, FootnoteDefinition.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof FootnoteDefinition) {
            return;
        }
        Notes.Note note = node instanceof FootnoteReference ref ? notes.forLabel(ref.getLabel()) : notes.forNode(node);
        if (note != null) {
            writeMarker(html, note, markersSeen.merge(note.number(), 1, Integer::sum));
        }
    }

    static void writeMarker(HtmlWriter html, Notes.Note note, int occurrence) {
        html.raw("<sup class=\"footnote-ref\"><a href=\"#" + note.id() + "\" id=\"" + note.referenceId(occurrence)
                + "\" role=\"doc-noteref\" data-preview=\"" + note.id() + "\">" + note.number() + "</a></sup>");
    }
}
