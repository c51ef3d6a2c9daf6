package io.github.essaykit.render;

import io.github.essaykit.resolve.EssayLinks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Links as CommonMark writes them, except that links to other essays point at the built page
 * and an empty link text is filled with the target's name.
 */
final class LinkHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final EssayLinks links;

    LinkHtmlRenderer(HtmlNodeRendererContext context, EssayLinks links) {
        this.context = context;
        this.html = context.getWriter();
        this.links = links;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class);
    }

    @Override
    public void render(Node node) {
        Link link = (Link) node;
        EssayLinks.Target target = links.of(link);
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("href", context.encodeUrl(target == null ? link.getDestination() : target.href()));
        if (link.getTitle() != null) {
            attrs.put("title", link.getTitle());
        }
        if (target != null) {
            attrs.put("class", "essay-link");
        }
        html.tag("a", context.extendAttributes(link, "a", attrs));
        if (link.getFirstChild() == null && target != null) {
            html.tag("em");
            html.text(target.essayTitle());
            html.tag("/em");
        }
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/a");
    }
}
