package io.github.essaykit.render;

import io.github.essaykit.markdown.CrossRef;
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
 * alone, and several labels of one kind as "Figures 1 and 2" with a link per number. Each link
 * previews its target ({@code data-preview}).
 */
final class CrossRefHtmlRenderer implements NodeRenderer {

    private final HtmlWriter html;
    private final Labels labels;
    private final CrossRefWords words;

    CrossRefHtmlRenderer(HtmlNodeRendererContext context, Labels labels, CrossRefWords words) {
        this.html = context.getWriter();
        this.labels = labels;
        this.words = words;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(CrossRef.class);
    }

    @Override
    public void render(Node node) {
        CrossRef ref = (CrossRef) node;
        List<Label> targets = new ArrayList<>();
        ref.labels().forEach(id -> targets.add(labels.get(id)));
        if (!ref.prefix().isEmpty()) {
            html.text(ref.prefix() + " ");
        }
        boolean oneKind = targets.stream().map(Label::kind).distinct().count() == 1;
        if (oneKind && targets.size() > 1) {
            if (!ref.suppressWord()) {
                html.text(capitalized(words.word(targets.get(0).kind(), true), ref.capitalize()) + " ");
            }
            for (int i = 0; i < targets.size(); i++) {
                separator(i, targets.size());
                link(targets.get(i), targets.get(i).number());
            }
        } else {
            for (int i = 0; i < targets.size(); i++) {
                separator(i, targets.size());
                Label target = targets.get(i);
                String word = capitalized(words.word(target.kind(), false), ref.capitalize() || i > 0);
                link(target, ref.suppressWord() ? target.number() : word + " " + target.number());
            }
        }
        if (!ref.suffix().isEmpty()) {
            html.text(ref.suffix().startsWith(",") ? ref.suffix() : " " + ref.suffix());
        }
    }

    private void separator(int i, int count) {
        if (i > 0) {
            html.text(i == count - 1 ? " and " : ", ");
        }
    }

    private void link(Label target, String text) {
        if (target.number().isEmpty() && target.kind() == Label.Kind.SECTION) {
            text = target.text(); // an unnumbered section ({-}) is named by its heading
        }
        html.raw("<a href=\"#" + Html.escape(target.id()) + "\" class=\"xref\" data-preview=\"" + Html.escape(target.id()) + "\">");
        html.text(text);
        html.raw("</a>");
    }

    private static String capitalized(String word, boolean capitalize) {
        return capitalize && !word.isEmpty() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}
