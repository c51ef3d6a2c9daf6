package io.github.essaykit.render;

import io.github.essaykit.markdown.TexMath;
import io.github.essaykit.resolve.Label;
import io.github.essaykit.resolve.Labels;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * TeX math in pandoc's {@code --mathjax} form, {@code <span class="math inline">\(x\)</span>} and
 * {@code <span class="math display">\[x\]</span>}: readable TeX without JavaScript, typeset by
 * the math script where the page loads it. A labelled equation is wrapped in an element with its
 * id and shows its number beside it, "(1)", as Quarto does.
 */
final class MathHtmlRenderer implements NodeRenderer {

    private final HtmlWriter html;
    private final Labels labels;

    MathHtmlRenderer(HtmlNodeRendererContext context, Labels labels) {
        this.html = context.getWriter();
        this.labels = labels;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TexMath.class);
    }

    @Override
    public void render(Node node) {
        TexMath math = (TexMath) node;
        Label label = math.label().isPresent() ? labels.of(math) : null;
        if (label != null) {
            html.raw("<span id=\"" + Html.escape(label.id()) + "\" class=\"equation\">");
        }
        html.raw(math.display() ? "<span class=\"math display\">\\[" : "<span class=\"math inline\">\\(");
        html.text(math.tex());
        html.raw(math.display() ? "\\]</span>" : "\\)</span>");
        if (label != null) {
            html.raw("<span class=\"equation-number\">(");
            html.text(label.number());
            html.raw(")</span></span>");
        }
    }
}
