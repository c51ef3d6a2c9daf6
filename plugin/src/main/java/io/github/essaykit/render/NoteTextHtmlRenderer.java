package io.github.essaykit.render;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Plain text as commonmark writes it, with the edges a note marker took (see {@link NotePunctuation}). */
final class NoteTextHtmlRenderer implements NodeRenderer {

    private final HtmlWriter html;
    private final NotePunctuation punctuation;

    NoteTextHtmlRenderer(HtmlNodeRendererContext context, NotePunctuation punctuation) {
        this.html = context.getWriter();
        this.punctuation = punctuation;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Text.class);
    }

    @Override
    public void render(Node node) {
        html.text(punctuation.text((Text) node));
    }
}
