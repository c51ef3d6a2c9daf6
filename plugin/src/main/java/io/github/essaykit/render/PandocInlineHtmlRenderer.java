package io.github.essaykit.render;

import io.github.essaykit.markdown.Attributes;
import io.github.essaykit.markdown.BracketedSpan;
import io.github.essaykit.markdown.InlineAttributes;
import io.github.essaykit.markdown.Subscript;
import io.github.essaykit.markdown.Superscript;
import io.github.essaykit.markdown.TaskListMarker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * pandoc's inline markup as its HTML writer writes it: spans ({@code .underline} as {@code <u>},
 * {@code .mark} as {@code <mark>}, as pandoc does), {@code <sup>}, {@code <sub>}, task list
 * checkboxes ({@code <input type="checkbox" disabled>}) and code spans with their attributes.
 */
final class PandocInlineHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    PandocInlineHtmlRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(BracketedSpan.class, Superscript.class, Subscript.class, TaskListMarker.class,
                InlineAttributes.class, Code.class);
    }

    private static void plainText(Node node, StringBuilder out) {
        if (node instanceof org.commonmark.node.Text text) {
            out.append(text.getLiteral());
        } else if (node instanceof Code code) {
            out.append(code.getLiteral());
        } else if (node instanceof org.commonmark.node.SoftLineBreak || node instanceof org.commonmark.node.HardLineBreak) {
            out.append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            plainText(child, out);
        }
    }

    @Override
    public void render(Node node) {
        if (node instanceof BracketedSpan span) {
            span(span);
        } else if (node instanceof Superscript) {
            wrap(node, "sup", Map.of());
        } else if (node instanceof Subscript) {
            wrap(node, "sub", Map.of());
        } else if (node instanceof TaskListMarker marker) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("type", "checkbox");
            attrs.put("disabled", "");
            if (marker.checked()) {
                attrs.put("checked", "");
            }
            // named by the task's text, which pandoc 2.17 leaves unlinked to it (axe: "label")
            StringBuilder task = new StringBuilder();
            for (Node next = node.getNext(); next != null; next = next.getNext()) {
                plainText(next, task);
            }
            attrs.put("aria-label", task.toString().strip().replaceAll("\\s+", " "));
            html.tag("input", context.extendAttributes(node, "input", attrs), true);
        } else if (node instanceof Code code) {
            code(code);
        } // InlineAttributes: written by the element they belong to
    }

    private void span(BracketedSpan span) {
        Attributes attributes = span.attributes();
        String tag = "span";
        if (attributes.hasClass("underline")) { // pandoc's HTML writer: [u]{.underline} is <u>, [m]{.mark} <mark>
            tag = "u";
            attributes = withoutClass(attributes, "underline");
        } else if (attributes.hasClass("mark")) {
            tag = "mark";
            attributes = withoutClass(attributes, "mark");
        }
        wrap(span, tag, AttributeHtml.of(attributes, tag, List.of()));
    }

    private void code(Code code) {
        Map<String, String> attrs = InlineAttributes.of(code).map(given -> AttributeHtml.of(given, "code", List.of())).orElse(Map.of());
        html.tag("code", context.extendAttributes(code, "code", attrs));
        html.text(code.getLiteral());
        html.tag("/code");
    }

    private void wrap(Node node, String tag, Map<String, String> attrs) {
        html.tag(tag, context.extendAttributes(node, tag, attrs));
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/" + tag);
    }

    private static Attributes withoutClass(Attributes attributes, String name) {
        return new Attributes(attributes.id(), attributes.classes().stream().filter(c -> !c.equals(name)).toList(),
                attributes.pairs());
    }
}
