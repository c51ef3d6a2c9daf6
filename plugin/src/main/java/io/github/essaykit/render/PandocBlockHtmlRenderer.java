package io.github.essaykit.render;

import io.github.essaykit.markdown.CodeChunk;
import io.github.essaykit.markdown.DefinitionDescription;
import io.github.essaykit.markdown.DefinitionList;
import io.github.essaykit.markdown.DefinitionTerm;
import io.github.essaykit.markdown.FrontMatterAbstract;
import io.github.essaykit.markdown.LineBlock;
import io.github.essaykit.markdown.RawBlock;
import io.github.essaykit.markdown.RawInline;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Pandoc's other blocks as its HTML writer writes them: definition lists as {@code <dl>} (a tight
 * definition's text without {@code <p>}), line blocks as {@code <div class="line-block">} with
 * {@code <br>}s, code chunks as code in their language ({@code class="language-r"}, as fenced code
 * is) unless {@code echo} or {@code include} is false, and raw blocks for other formats as nothing.
 */
final class PandocBlockHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Map<String, String> chunkOptions;

    /** @param chunkOptions the options the essay sets for every code chunk (Quarto's {@code execute:}) */
    PandocBlockHtmlRenderer(HtmlNodeRendererContext context, Map<String, String> chunkOptions) {
        this.context = context;
        this.html = context.getWriter();
        this.chunkOptions = chunkOptions;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(DefinitionList.class, DefinitionTerm.class, DefinitionDescription.class, LineBlock.class,
                CodeChunk.class, RawBlock.class, RawInline.class, FrontMatterAbstract.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof DefinitionList) {
            block(node, "dl");
        } else if (node instanceof DefinitionTerm) {
            html.tag("dt", context.extendAttributes(node, "dt", Map.of()));
            children(node);
            html.tag("/dt");
            html.line();
        } else if (node instanceof DefinitionDescription description) {
            description(description);
        } else if (node instanceof LineBlock) {
            html.line();
            html.tag("div", context.extendAttributes(node, "div", Map.of("class", "line-block")));
            children(node);
            html.tag("/div");
            html.line();
        } else if (node instanceof CodeChunk chunk && chunk.isShown(chunkOptions)) {
            html.line();
            html.tag("pre", context.extendAttributes(node, "pre", Map.of()));
            html.tag("code", context.extendAttributes(node, "code", Map.of("class", "language-" + chunk.language())));
            html.text(chunk.code());
            html.tag("/code");
            html.tag("/pre");
            html.line();
        }
        // a RawBlock or RawInline is for another format: nothing on the page (the resolve stage warned);
        // the FrontMatterAbstract is written under the title (EssayRenderer), not in the body
    }

    private void description(DefinitionDescription description) {
        html.tag("dd", context.extendAttributes(description, "dd", Map.of()));
        for (Node child = description.getFirstChild(); child != null; child = child.getNext()) {
            if (description.isTight() && child instanceof Paragraph) {
                children(child);
            } else {
                context.render(child);
            }
        }
        html.tag("/dd");
        html.line();
    }

    private void block(Node node, String tag) {
        html.line();
        html.tag(tag, context.extendAttributes(node, tag, Map.of()));
        html.line();
        children(node);
        html.tag("/" + tag);
        html.line();
    }

    private void children(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
    }
}
