package io.github.essaykit.render;

import io.github.essaykit.markdown.Attributes;
import io.github.essaykit.markdown.CalloutTitle;
import io.github.essaykit.markdown.DivCaption;
import io.github.essaykit.markdown.FencedDiv;
import io.github.essaykit.resolve.Label;
import io.github.essaykit.resolve.Labels;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Fenced divs. A callout is an {@code <aside role="note">} with a visible title: a note is
 * parenthetic content, which is what ARIA's {@code note} role means, and unlike {@code aside}'s
 * own role (complementary) it adds no landmark per callout; its accessible name says the kind
 * ("Warning: Check the date"), which otherwise only colour and the default title tell. A margin
 * note ({@code .column-margin}, {@code .aside}) is an {@code <aside class="margin-note"
 * role="note">}, placed in the margin by CSS on wide screens. A figure or table div is a
 * {@code <figure>} with its number in the caption (a table's caption first, as tables are read).
 * Any other div is a {@code <div>} with its attributes.
 */
final class FencedDivHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Labels labels;
    private final CrossRefWords words;

    FencedDivHtmlRenderer(HtmlNodeRendererContext context, Labels labels, CrossRefWords words) {
        this.context = context;
        this.html = context.getWriter();
        this.labels = labels;
        this.words = words;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedDiv.class, CalloutTitle.class, DivCaption.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof FencedDiv div) {
            Label label = labels.of(div);
            if (div.callout().isPresent()) {
                callout(div, div.callout().get());
            } else if (label != null && div.isFloat()) {
                floatDiv(div, label);
            } else if (div.isMarginNote()) {
                element(div, "aside", AttributeHtml.of(div.attributes(), "aside", List.of("margin-note")), true);
            } else {
                element(div, "div", AttributeHtml.of(div.attributes(), "div", List.of()), false);
            }
        } else {
            // a title or caption met outside its div's own rendering: its text, as a paragraph
            html.tag("p");
            children(node);
            html.tag("/p");
        }
    }

    private void callout(FencedDiv div, String kind) {
        String word = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        Node first = div.getFirstChild();
        CalloutTitle title = first instanceof CalloutTitle t ? t : null;
        String titleText = title == null ? "" : Labels.textOf(title).strip();
        Attributes given = div.attributes(); // its title="…" is the callout's visible title, not a tooltip
        Map<String, String> pairs = new java.util.LinkedHashMap<>(given.pairs());
        pairs.keySet().removeIf(key -> key.equalsIgnoreCase("title"));
        Map<String, String> attrs = AttributeHtml.of(new Attributes(given.id(), given.classes(), pairs), "aside",
                List.of("callout", "callout-" + kind));
        attrs.put("role", "note");
        attrs.put("aria-label", titleText.isEmpty() || titleText.equalsIgnoreCase(word) ? word : word + ": " + titleText);
        html.line();
        html.tag("aside", context.extendAttributes(div, "aside", attrs));
        html.line();
        html.tag("div", Map.of("class", "callout-title"));
        if (title == null) {
            html.text(word);
        } else {
            children(title);
        }
        html.tag("/div");
        html.line();
        html.tag("div", Map.of("class", "callout-body"));
        html.line();
        for (Node child = title == null ? first : title.getNext(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/div");
        html.line();
        html.tag("/aside");
        html.line();
    }

    private void floatDiv(FencedDiv div, Label label) {
        Attributes attributes = div.attributes();
        boolean table = label.kind() == Label.Kind.TABLE;
        html.line();
        html.tag("figure", context.extendAttributes(div, "figure",
                AttributeHtml.of(attributes, "figure", List.of(table ? "table-figure" : "float"))));
        html.line();
        DivCaption caption = div.getLastChild() instanceof DivCaption c ? c : null;
        if (table) {
            caption(caption, label);
        }
        for (Node child = div.getFirstChild(); child != null; child = child.getNext()) {
            if (child != caption) {
                context.render(child);
            }
        }
        if (!table) {
            caption(caption, label);
        }
        html.tag("/figure");
        html.line();
    }

    private void caption(DivCaption caption, Label label) {
        html.tag("figcaption");
        if (!label.number().isEmpty()) {
            html.raw("<span class=\"caption-number\">");
            html.text(words.word(label.kind(), false) + " " + label.number() + (caption == null ? "" : ":"));
            html.raw("</span>");
        }
        if (caption != null) {
            html.text(" ");
            children(caption);
        }
        html.tag("/figcaption");
        html.line();
    }

    private void element(FencedDiv div, String tag, Map<String, String> attrs, boolean note) {
        if (note) {
            attrs.put("role", "note");
        }
        html.line();
        html.tag(tag, context.extendAttributes(div, tag, attrs));
        html.line();
        children(div);
        html.tag("/" + tag);
        html.line();
    }

    private void children(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
    }
}
