package io.github.essaykit.render;

import io.github.essaykit.markdown.InlineAttributes;
import io.github.essaykit.safety.UrlPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Images as CommonMark writes them ({@code <img src alt title>}) with their pandoc attributes
 * ({@code {width=300}}), except that an image whose
 * address {@link UrlPolicy} refuses is written as its alt text (the resolve stage warned).
 */
final class ImageHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    ImageHtmlRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
        Image image = (Image) node;
        String alt = altText(image);
        if (!UrlPolicy.allows(image.getDestination())) {
            html.text(alt);
            return;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("src", context.encodeUrl(image.getDestination()));
        attrs.put("alt", alt);
        if (image.getTitle() != null) {
            attrs.put("title", image.getTitle());
        }
        InlineAttributes.of(image).ifPresent(given -> {
            if (!given.id().isEmpty()) {
                attrs.put("id", given.id());
            }
            AttributeHtml.add(given, "img", attrs);
        });
        html.tag("img", context.extendAttributes(image, "img", attrs), true);
    }

    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                alt.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                alt.append('\n');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                alt.append('\n');
            }
        });
        return alt.toString();
    }
}
