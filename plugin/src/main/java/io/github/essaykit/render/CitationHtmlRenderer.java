package io.github.essaykit.render;

import io.github.essaykit.cite.FormattedCitation;
import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.resolve.Citations;
import io.github.essaykit.resolve.Sourcing;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A citation in the text: as in pandoc, each cited item's own text is a link to its entry in the
 * essay's Sources that previews it with its locator ("(see <a>Kaplan 2001, 84</a>; <a>May and
 * Zelikow 1997</a>)"); when the items cannot be told apart in the text, the whole citation is
 * one link to the first entry that previews every source. With a note style, a note marker (and
 * the author's name for a narrative citation).
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
    private final QuotePassages passages;

    /** @param linked false for an essay with {@code link-citations: false}: citations are text, still targets of back links */
    CitationHtmlRenderer(HtmlNodeRendererContext context, Citations citations, Map<Integer, Integer> markersSeen, boolean linked,
            NotePunctuation punctuation, QuotePassages passages) {
        this.html = context.getWriter();
        this.passages = passages;
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
        List<FormattedCitation.Link> links = use.formatted().links();
        if (!linked) {
            // each item after the first still carries its id, the target of its entry's back link
            html.raw("<span class=\"citation\" data-cites=\"" + Html.escape(keys) + "\" id=\"" + use.id() + "\">"
                    + itemLinks(use, citation, (item, text) -> item == 0 ? text : "<span id=\"" + use.linkId(item) + "\">" + text + "</span>")
                    + "</span>");
            return;
        }
        if (!links.isEmpty()) {
            html.raw("<span class=\"citation\" data-cites=\"" + Html.escape(keys) + "\">"
                    + itemLinks(use, citation, (item, text) -> {
                        CiteItem cited = citation.items().get(item);
                        String entry = Html.escape(Sourcing.entryId(cited.key()));
                        String locator = locator(cited);
                        return "<a href=\"#" + entry + "\" id=\"" + use.linkId(item) + "\" class=\"cite-link\" role=\"doc-biblioref\""
                                + " data-preview=\"" + entry + "\"" + (locator.isEmpty() ? "" : " data-locators=\"" + Html.escape(locator) + "\"")
                                + passage(citation, cited.key()) + ">" + text + "</a>";
                    })
                    + "</span>");
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
                + (locators.replace("|", "").isEmpty() ? "" : " data-locators=\"" + Html.escape(locators) + "\"")
                + passageAttribute(passages.idFor(citation))
                + ">" + inText + "</a></span>");
    }

    /** The attribute naming the passage a quotation before this citation was found in, or "". */
    private String passage(Citation citation, String key) {
        return passageAttribute(passages.idFor(citation, key));
    }

    private static String passageAttribute(String id) {
        return id == null ? "" : " data-passage=\"" + id + "\"";
    }

    /** The citation's text with each item's own stretch written by {@code wrap}; without links inside. */
    private static String itemLinks(Citations.Use use, Citation citation, BiFunction<Integer, String, String> wrap) {
        String text = use.formatted().inText();
        StringBuilder out = new StringBuilder(text.length() * 2);
        int at = 0;
        for (FormattedCitation.Link link : use.formatted().links()) {
            out.append(withoutLinks(text.substring(at, link.start())))
                    .append(wrap.apply(link.item(), withoutLinks(text.substring(link.start(), link.end()))));
            at = link.end();
        }
        return out.append(withoutLinks(text.substring(at))).toString();
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
