package io.github.essaykit.render;

import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.resolve.EssayResolution;
import io.github.essaykit.resolve.Notes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Render stage: an essay's Markdown tree to HTML with our node renderers. A renderer is made
 * per essay because markers count their occurrences; the tree itself is only read.
 */
public final class EssayRenderer {

    private EssayRenderer() {}

    public static RenderedEssay render(ParsedEssay essay, EssayResolution resolution, CrossRefWords words,
            boolean numberSections) {
        Notes notes = resolution.notes();
        Map<String, String> previews = new LinkedHashMap<>();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
                .nodeRendererFactory(context -> new NoteHtmlRenderer(context, notes))
                .nodeRendererFactory(context -> new LinkHtmlRenderer(context, resolution.links(), words, previews))
                .nodeRendererFactory(context -> new CrossRefHtmlRenderer(context, resolution.labels(), words))
                .nodeRendererFactory(context -> new LabelledBlockHtmlRenderer(context, resolution.labels(), words, numberSections))
                .attributeProviderFactory(context -> new LabelIdAttributeProvider(resolution.labels()))
                .build();
        String body = renderer.render(essay.document());
        List<RenderedEssay.RenderedNote> rendered = new ArrayList<>();
        for (Notes.Note note : notes.inOrder()) {
            rendered.add(new RenderedEssay.RenderedNote(note.id(), note.number(), noteHtml(renderer, note)));
        }
        return new RenderedEssay(body, rendered, previews);
    }

    private static String noteHtml(HtmlRenderer renderer, Notes.Note note) {
        StringBuilder content = new StringBuilder();
        if (note.body() instanceof InlineFootnote) {
            StringBuilder inline = new StringBuilder();
            for (Node child = note.body().getFirstChild(); child != null; child = child.getNext()) {
                inline.append(renderer.render(child));
            }
            content.append("<p>").append(inline).append("</p>");
        } else {
            for (Node child = note.body().getFirstChild(); child != null; child = child.getNext()) {
                content.append(renderer.render(child));
            }
        }
        return withBackLinks(content.toString().strip(), note);
    }

    /** Back links go inside the last paragraph, as readers expect "… text ↩". */
    private static String withBackLinks(String html, Notes.Note note) {
        StringBuilder links = new StringBuilder();
        for (int k = 1; k <= note.references(); k++) {
            String label = note.references() == 1 ? "↩" : k == 1 ? "↩ " + letter(k) : letter(k);
            links.append(' ')
                    .append("<a href=\"#").append(note.referenceId(k)).append("\" class=\"footnote-back\" role=\"doc-backlink\"")
                    .append(" aria-label=\"Back to reference ").append(note.number())
                    .append(note.references() == 1 ? "" : letter(k)).append("\">")
                    .append(label).append("</a>");
        }
        if (html.endsWith("</p>")) {
            return html.substring(0, html.length() - 4) + links + "</p>";
        }
        return html + "<p>" + links.toString().strip() + "</p>";
    }

    static String letter(int k) {
        return k <= 26 ? String.valueOf((char) ('a' + k - 1)) : String.valueOf(k);
    }
}
