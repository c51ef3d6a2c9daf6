package io.github.essaykit.render;

import io.github.essaykit.markdown.Attributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Fenced code with pandoc attributes, {@code ```{.python #code1 startFrom=3}} or {@code ```python
 * {.numberLines}}: {@code <pre>} gets the id, the classes and the other attributes, {@code <code>}
 * the language as {@code language-python} (the first class, as pandoc takes it). Other fenced
 * code has its language on both, {@code <pre class="python"><code class="language-python">}: the
 * first as pandoc writes it, the second as CommonMark does.
 */
final class CodeBlockHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    CodeBlockHtmlRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        Optional<Attributes> attributes = attributes(info);
        Map<String, String> pre = new LinkedHashMap<>();
        Map<String, String> code = new LinkedHashMap<>();
        String language = null;
        if (attributes.isPresent()) {
            Attributes given = attributes.get();
            String word = info.startsWith("{") ? null : info.substring(0, info.indexOf('{')).strip();
            language = word != null ? word : given.classes().isEmpty() ? null : given.classes().get(0);
            pre = AttributeHtml.of(given, "pre", List.of());
            if (word != null) {
                pre.put("class", pre.containsKey("class") ? word + " " + pre.get("class") : word);
            }
        } else if (!info.isEmpty()) {
            language = info.split("\\s+", 2)[0];
            pre.put("class", language); // as pandoc: <pre class="haskell">
        }
        if (language != null && !language.isEmpty()) {
            code.put("class", "language-" + language);
        }
        html.line();
        html.tag("pre", context.extendAttributes(block, "pre", pre));
        html.tag("code", context.extendAttributes(block, "code", code));
        html.text(block.getLiteral());
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }

    /** {@code {…}} alone, or one word then {@code {…}}. */
    static Optional<Attributes> attributes(String info) {
        int open = info.indexOf('{');
        if (open < 0 || !info.endsWith("}")) {
            return Optional.empty();
        }
        String word = info.substring(0, open).strip();
        if (word.contains(" ") || word.contains("\t")) {
            return Optional.empty();
        }
        return Attributes.parse(info.substring(open));
    }
}
