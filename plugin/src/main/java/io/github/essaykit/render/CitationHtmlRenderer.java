package io.github.essaykit.render;

import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.resolve.Citations;
import io.github.essaykit.resolve.Sourcing;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A citation in the text: one link to the first cited entry of the essay's Sources that
 * previews every source it cites with their locators; with a note style, a note marker (and the
 * author's name for a narrative citation).
 */
final class CitationHtmlRenderer implements NodeRenderer {

    /** Short CSL locator terms for previews ("page" → "p."). */
    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("page", "p."), Map.entry("chapter", "chap."), Map.entry("section", "sec."),
            Map.entry("paragraph", "para."), Map.entry("figure", "fig."), Map.entry("volume", "vol."),
            Map.entry("line", "l."), Map.entry("note", "n."), Map.entry("column", "col."), Map.entry("book", "bk."),
            Map.entry("number", "no."), Map.entry("part", "pt."), Map.entry("verse", "v."), Map.entry("issue", "iss."),
            Map.entry("sub verbo", "s.v."), Map.entry("folio", "fol."), Map.entry("opus", "op."));

    private static final Pattern LINK_TAG = Pattern.compile("(?i)</?a(\\s[^>]*)?>");

    private final HtmlWriter html;
    private final Citations citations;
    private final Map<Integer, Integer> markersSeen;
    private final boolean linked;
    private final NotePunctuation punctuation;

    /** @param linked false for an essay with {@code link-citations: false}: citations are text, still targets of back links */
    CitationHtmlRenderer(HtmlNodeRendererContext context, Citations citations, Map<Integer, Integer> markersSeen, boolean linked,
            NotePunctuation punctuation) {
        this.html = context.getWriter();
        this.citations = citations;
        this.markersSeen = markersSeen;
        this.linked = linked;
        this.punctuation = punctuation;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Citation.class);
    }

    @Override
    public void render(Node node) {
        Citation citation = (Citation) node;
        Citations.Use use = citations.of(citation);
        if (use == null) {
            return;
        }
        String inText = withoutLinks(use.formatted().inText());
        if (use.note() != null) {
            html.raw(inText);
            html.text(punctuation.beforeMarker(citation));
            NoteHtmlRenderer.writeMarker(html, use.note(), markersSeen.merge(use.note().number(), 1, Integer::sum));
            return;
        }
        String keys = citation.items().stream().map(CiteItem::key).distinct().map(Sourcing::keyToken)
                .collect(Collectors.joining(" "));
        if (!linked) {
            html.raw("<span class=\"citation\" data-cites=\"" + Html.escape(keys) + "\" id=\"" + use.id() + "\">" + inText + "</span>");
            return;
        }
        // one preview per source, its locators with it: the script pairs the two lists by position
        Map<String, java.util.List<String>> bySource = new java.util.LinkedHashMap<>();
        for (CiteItem item : citation.items()) {
            bySource.computeIfAbsent(Sourcing.entryId(item.key()), k -> new java.util.ArrayList<>()).add(locator(item));
        }
        String previews = String.join(" ", bySource.keySet());
        String locators = bySource.values().stream()
                .map(l -> l.stream().filter(x -> !x.isEmpty()).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("|"));
        html.raw("<span class=\"citation\" data-cites=\"" + Html.escape(keys) + "\"><a href=\"#"
                + Html.escape(Sourcing.entryId(citation.items().get(0).key())) + "\" id=\"" + use.id()
                + "\" class=\"cite-link\" role=\"doc-biblioref\" data-preview=\"" + Html.escape(previews) + "\""
                + (locators.replace("|", "").isEmpty() ? "" : " data-locators=\"" + Html.escape(locators) + "\"") + ">"
                + inText + "</a></span>");
    }

    static String locator(CiteItem item) {
        if (!item.hasLocator()) {
            return "";
        }
        String term = SHORT.getOrDefault(item.label(), item.label());
        // a range as the style prints it in the text: "85-86" is shown as "85–86"
        return (term.isEmpty() ? "" : term + " ") + item.locator().replaceAll("(?<=\\d)-(?=\\d)", "\u2013");
    }

    /** The whole citation is one link, so links inside its text (a URL in a title) become text. */
    static String withoutLinks(String html) {
        return html.contains("<a") || html.contains("<A") ? LINK_TAG.matcher(html).replaceAll("") : html;
    }
}
