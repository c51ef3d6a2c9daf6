package io.github.essaykit.render;

import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.CrossRef;
import io.github.essaykit.markdown.Figure;
import io.github.essaykit.markdown.HeadingLabel;
import io.github.essaykit.markdown.RawInline;
import io.github.essaykit.markdown.TableCaption;
import io.github.essaykit.resolve.Label;
import io.github.essaykit.resolve.Labels;
import io.github.essaykit.safety.UrlPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Headings with their ids and numbers (a section's number is set only when the essay numbers its
 * sections, so what a heading shows is what references to it say), figures as {@code <figure>}
 * with a numbered {@code <figcaption>}, table captions as {@code <caption>}.
 *
 * <p>A heading's text is a link to itself ({@code a.heading-link}), so a reader can copy its
 * address; the link is named by the heading, so screen readers hear nothing extra. A heading that
 * holds a link, citation or note marker of its own cannot nest another link: it gets a separate
 * {@code a.heading-anchor} at its end instead.
 */
final class LabelledBlockHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Labels labels;
    private final CrossRefWords words;

    LabelledBlockHtmlRenderer(HtmlNodeRendererContext context, Labels labels, CrossRefWords words) {
        this.context = context;
        this.html = context.getWriter();
        this.labels = labels;
        this.words = words;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Heading.class, Figure.class, TableCaption.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Heading heading) {
            heading(heading);
        } else if (node instanceof Figure figure) {
            figure(figure);
        } else {
            caption((TableCaption) node);
        }
    }

    private void heading(Heading heading) {
        Label label = labels.of(heading);
        String tag = "h" + heading.getLevel();
        Map<String, String> attrs = new LinkedHashMap<>();
        if (label != null) {
            attrs.put("id", label.id());
        }
        HeadingLabel.of(heading).ifPresent(given -> AttributeHtml.add(given.attributes(), tag, attrs));
        html.line();
        html.tag(tag, context.extendAttributes(heading, tag, attrs));
        String href = label == null ? null : "#" + Html.escape(label.id());
        boolean wrapped = href != null && !holdsLinks(heading);
        if (wrapped) {
            html.raw("<a class=\"heading-link\" href=\"" + href + "\">");
        }
        if (label != null && !label.number().isEmpty()) {
            html.raw("<span class=\"secnum\">" + Html.escape(label.number()) + "</span> ");
        }
        children(heading);
        if (wrapped) {
            html.raw("</a>");
        } else if (href != null) {
            html.raw(" <a class=\"heading-anchor\" href=\"" + href + "\" aria-label=\"Link to this section\">#</a>");
        }
        html.tag("/" + tag);
        html.line();
    }

    private void figure(Figure figure) {
        Label label = labels.of(figure);
        Map<String, String> attrs = new LinkedHashMap<>();
        if (label != null && !label.id().isEmpty()) {
            attrs.put("id", label.id());
        }
        html.line();
        html.tag("figure", context.extendAttributes(figure, "figure", attrs));
        if (UrlPolicy.allows(figure.destination())) { // else the resolve stage warned; the caption stays
            Map<String, String> img = new LinkedHashMap<>();
            img.put("src", context.encodeUrl(figure.destination()));
            img.put("alt", label == null ? "" : label.text());
            if (!figure.title().isEmpty()) {
                img.put("title", figure.title());
            }
            AttributeHtml.add(figure.attributes(), "img", img); // the id is the figure's
            html.tag("img", context.extendAttributes(figure, "img", img), true);
        }
        html.tag("figcaption");
        numberPrefix(label, Label.Kind.FIGURE);
        children(figure);
        html.tag("/figcaption");
        html.tag("/figure");
        html.line();
    }

    private void caption(TableCaption caption) {
        html.tag("caption");
        numberPrefix(labels.of(caption.getParent()), Label.Kind.TABLE);
        children(caption);
        html.tag("/caption");
        html.line();
    }

    private void numberPrefix(Label label, Label.Kind kind) {
        if (label != null && !label.number().isEmpty()) {
            html.raw("<span class=\"caption-number\">");
            html.text(words.word(kind, false) + " " + label.number() + ":");
            html.raw("</span> ");
        }
    }

    /** Whether a heading's inline content renders as links of its own (links may not nest). */
    private static boolean holdsLinks(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link || child instanceof Citation || child instanceof CrossRef || child instanceof FootnoteReference
                    || child instanceof InlineFootnote || child instanceof HtmlInline || child instanceof RawInline || holdsLinks(child)) {
                return true;
            }
        }
        return false;
    }

    private void children(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
    }
}
