package io.github.essaykit.render;

import io.github.essaykit.markdown.CrossRef;
import io.github.essaykit.markdown.HeadingReference;
import io.github.essaykit.resolve.Label;
import io.github.essaykit.resolve.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes {@code @fig-u2} as "Figure 1" linking to the figure, {@code [-@sec-x]} as the number
 * alone, and several labels of one kind as "Figures 1 and 2" with a link per number. A section
 * without a number is named by its title, "the section <em>Keeping the secret</em>" (the title
 * alone for {@code [-@sec-x]}), so a reference never names a number its heading does not show.
 * Each link previews its target ({@code data-preview}). pandoc's {@code [Heading text]} links its
 * own words to the heading.
 */
final class CrossRefHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Labels labels;
    private final CrossRefWords words;

    CrossRefHtmlRenderer(HtmlNodeRendererContext context, Labels labels, CrossRefWords words) {
        this.context = context;
        this.html = context.getWriter();
        this.labels = labels;
        this.words = words;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(CrossRef.class, HeadingReference.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof HeadingReference reference) {
            headingReference(reference);
            return;
        }
        CrossRef ref = (CrossRef) node;
        List<Label> targets = new ArrayList<>();
        ref.labels().forEach(id -> targets.add(labels.get(id)));
        if (!ref.prefix().isEmpty()) {
            html.text(ref.prefix() + " ");
        }
        boolean oneKind = targets.stream().map(Label::kind).distinct().count() == 1;
        long named = targets.stream().filter(CrossRefHtmlRenderer::named).count();
        if (oneKind && targets.size() > 1 && (named == 0 || named == targets.size())) {
            if (!ref.suppressWord()) {
                String word = named > 0 ? words.theSections() : words.word(targets.get(0).kind(), true);
                html.text(capitalized(word, ref.capitalize()) + " ");
            }
            for (int i = 0; i < targets.size(); i++) {
                separator(i, targets.size());
                link(targets.get(i), "");
            }
        } else {
            for (int i = 0; i < targets.size(); i++) {
                separator(i, targets.size());
                Label target = targets.get(i);
                String word = ref.suppressWord() ? ""
                        : named(target) ? capitalized(words.theSection(), ref.capitalize() && i == 0)
                        : capitalized(words.word(target.kind(), false), ref.capitalize() || i > 0);
                link(target, word);
            }
        }
        if (!ref.suffix().isEmpty()) {
            html.text(ref.suffix().startsWith(",") ? ref.suffix() : " " + ref.suffix());
        }
    }

    /** A section without a number (its essay numbers none, or it is {-}) is named by its title. */
    private static boolean named(Label target) {
        return target.kind() == Label.Kind.SECTION && target.number().isEmpty();
    }

    private void separator(int i, int count) {
        if (i > 0) {
            html.text(i == count - 1 ? " and " : ", ");
        }
    }

    /** "Section 5" as one link, or "the section <em>Keeping the secret</em>" with the title as link. */
    /** {@code [Heading text]}: its own words, linking to the heading, which it previews. */
    private void headingReference(HeadingReference reference) {
        Label target = labels.of(reference.target());
        if (target != null) {
            html.raw("<a href=\"#" + Html.escape(target.id()) + "\" class=\"xref\" data-preview=\"" + Html.escape(target.id()) + "\">");
        }
        for (Node child = reference.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        if (target != null) {
            html.raw("</a>");
        }
    }

    private void link(Label target, String word) {
        boolean named = named(target);
        if (named && !word.isEmpty()) {
            html.text(word + " ");
        }
        html.raw("<a href=\"#" + Html.escape(target.id()) + "\" class=\"xref\" data-preview=\"" + Html.escape(target.id()) + "\">");
        if (named) {
            html.raw("<em>");
            html.text(target.text());
            html.raw("</em>");
        } else {
            html.text(word.isEmpty() ? target.number() : word + " " + target.number());
        }
        html.raw("</a>");
    }

    private static String capitalized(String word, boolean capitalize) {
        return capitalize && !word.isEmpty() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}
