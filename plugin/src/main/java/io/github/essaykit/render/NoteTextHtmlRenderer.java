package io.github.essaykit.render;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Plain text and soft line breaks as commonmark writes them, with the edges a note marker took (see
 * {@link NotePunctuation}).
 */
final class NoteTextHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final NotePunctuation punctuation;

    NoteTextHtmlRenderer(HtmlNodeRendererContext context, NotePunctuation punctuation) {
        this.context = context;
        this.html = context.getWriter();
        this.punctuation = punctuation;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Text.class, SoftLineBreak.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof SoftLineBreak lineBreak) {
            if (!punctuation.dropped(lineBreak)) {
                html.raw(context.getSoftbreak());
            }
            return;
        }
        html.text(punctuation.text((Text) node));
    }
}
