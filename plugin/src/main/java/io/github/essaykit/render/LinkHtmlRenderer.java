package io.github.essaykit.render;

import io.github.essaykit.markdown.InlineAttributes;
import io.github.essaykit.resolve.EssayLinks;
import io.github.essaykit.resolve.Label;
import io.github.essaykit.resolve.Labels;
import io.github.essaykit.safety.UrlPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Links as CommonMark writes them, except links to other essays: they point at the built page,
 * preview the target (title and summary, or the heading with its opening text), and an empty
 * link text is filled with the target's name ("Section 3 of <em>Title</em>"). A link whose address
 * {@link UrlPolicy} refuses is written as its text alone.
 */
final class LinkHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final EssayLinks links;
    private final CrossRefWords words;
    private final PreviewBlocks previews;

    /** @param previews collects the hidden preview blocks of the page, by target */
    LinkHtmlRenderer(HtmlNodeRendererContext context, EssayLinks links, CrossRefWords words, PreviewBlocks previews) {
        this.context = context;
        this.html = context.getWriter();
        this.links = links;
        this.words = words;
        this.previews = previews;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class);
    }

    @Override
    public void render(Node node) {
        Link link = (Link) node;
        EssayLinks.Target target = links.of(link);
        if (target == null && !UrlPolicy.allows(link.getDestination())) {
            children(link); // the resolve stage warned; the text stays, the link goes
            return;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("href", context.encodeUrl(target == null ? link.getDestination() : target.href()));
        if (link.getTitle() != null) {
            attrs.put("title", link.getTitle());
        }
        if (target != null) {
            attrs.put("class", "xref essay-link");
            attrs.put("data-preview", preview(target));
        }
        InlineAttributes.of(link).ifPresent(given -> {
            if (!given.id().isEmpty()) {
                attrs.put("id", given.id());
            }
            AttributeHtml.add(given, "a", attrs);
        });
        html.tag("a", context.extendAttributes(link, "a", attrs));
        if (link.getFirstChild() == null && target != null) {
            html.raw(name(target));
        }
        children(link);
        html.tag("/a");
    }

    private void children(Link link) {
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
    }

    /**
     * "Section 3 of <em>Title</em>", "the section <em>Heading</em> of <em>Title</em>" when that
     * essay's sections carry no number, "“Caption” of <em>Title</em>", or the essay's title.
     */
    private String name(EssayLinks.Target target) {
        String title = "<em>" + Html.escape(target.essay().title()) + "</em>";
        Label label = target.label();
        if (label == null) {
            return title;
        }
        String what = label.kind() == Label.Kind.SECTION && label.number().isEmpty()
                ? Html.escape(words.theSection()) + " <em>" + Html.escape(label.text()) + "</em>" // as the heading shows no number
                : Html.escape(label.number().isEmpty() || !label.isCrossReferenceable() && label.kind() != Label.Kind.SECTION
                        ? "“" + label.text() + "”"
                        : words.word(label.kind(), false) + " " + label.number());
        return what + " " + Html.escape(words.of()) + " " + title;
    }

    private String preview(EssayLinks.Target target) {
        Label label = target.label();
        return previews.idOf(target.essay().slug(), label == null ? null : label.id(), () -> {
            StringBuilder body = new StringBuilder("<p class=\"pv-title\">" + name(target) + "</p>");
            if (label != null && !label.text().isEmpty() && label.kind() == Label.Kind.SECTION) {
                body.append("<p class=\"pv-heading\"><strong>").append(Html.escape(label.text())).append("</strong></p>");
            }
            String text = label == null ? target.essay().summary() : label.excerpt();
            if (!text.isEmpty()) {
                body.append("<p>").append(Html.escape(text)).append("</p>");
            }
            return body.toString();
        });
    }
}
