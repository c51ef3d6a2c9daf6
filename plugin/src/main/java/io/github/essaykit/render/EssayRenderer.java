package io.github.essaykit.render;

import io.github.essaykit.cite.BibliographyEntry;
import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.FrontMatterAbstract;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.quotes.EssayQuotes;
import io.github.essaykit.resolve.Citations;
import io.github.essaykit.safety.UrlPolicy;
import io.github.essaykit.resolve.Sourcing;
import io.github.essaykit.sources.Source;
import io.github.essaykit.resolve.EssayResolution;
import io.github.essaykit.resolve.Notes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Render stage: an essay's Markdown tree to HTML with our node renderers. A renderer is made
 * per essay because markers count their occurrences; the tree itself is only read.
 */
public final class EssayRenderer {

    private EssayRenderer() {}

    public static RenderedEssay render(ParsedEssay essay, EssayResolution resolution, Sourcing sourcing,
            CrossRefWords words) {
        return render(essay, resolution, sourcing, words, EssayQuotes.NONE);
    }

    /** @param quotes the essay's checked quotations: a citation after a found one previews its passage */
    public static RenderedEssay render(ParsedEssay essay, EssayResolution resolution, Sourcing sourcing,
            CrossRefWords words, EssayQuotes quotes) {
        Notes notes = resolution.notes();
        PreviewBlocks previews = new PreviewBlocks();
        QuotePassages passages = new QuotePassages(quotes.foundByCitation());
        Map<Integer, Integer> markersSeen = new HashMap<>();
        CitationStyle style = sourcing.forEssay(essay.slug()).style();
        NotePunctuation punctuation = style == null ? NotePunctuation.NONE
                : NotePunctuation.of(essay.document(), resolution.citations(), style.punctuationInQuote());
        // a citations-only style lists no entries, so a citation has nothing to link to (pandoc: plain text)
        boolean linked = essay.meta().linkCitations() && (style == null || style.hasBibliography());
        HtmlRenderer renderer = HtmlRenderer.builder()
                .percentEncodeUrls(true) // "my essay.md" links as my%20essay.md, a valid URL on every page
                .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
                .nodeRendererFactory(context -> new NoteHtmlRenderer(context, notes, markersSeen))
                .nodeRendererFactory(context -> new CitationHtmlRenderer(context, resolution.citations(), markersSeen,
                        linked, punctuation, passages))
                .nodeRendererFactory(context -> new NoteTextHtmlRenderer(context, punctuation))
                .nodeRendererFactory(context -> new LinkHtmlRenderer(context, resolution.links(), words, previews))
                .nodeRendererFactory(ImageHtmlRenderer::new)
                .nodeRendererFactory(PandocInlineHtmlRenderer::new)
                .nodeRendererFactory(CodeBlockHtmlRenderer::new)
                .nodeRendererFactory(context -> new CrossRefHtmlRenderer(context, resolution.labels(), words))
                .nodeRendererFactory(context -> new LabelledBlockHtmlRenderer(context, resolution.labels(), words))
                .nodeRendererFactory(context -> new MathHtmlRenderer(context, resolution.labels()))
                .nodeRendererFactory(context -> new FencedDivHtmlRenderer(context, resolution.labels(), words))
                .nodeRendererFactory(context -> new PandocBlockHtmlRenderer(context, essay.meta().chunkOptions()))
                .attributeProviderFactory(context -> new LabelIdAttributeProvider(resolution.labels()))
                .attributeProviderFactory(context -> new TaskListAttributeProvider())
                .build();
        // the abstract first: it comes first in reading order, which citation and note markers count
        String abstractHtml = essay.document().getFirstChild() instanceof FrontMatterAbstract given
                ? wrapTables(children(renderer, given)).strip() : "";
        String body = wrapTables(renderer.render(essay.document()));
        List<RenderedEssay.RenderedNote> rendered = new ArrayList<>();
        for (Notes.Note note : notes.inOrder()) {
            rendered.add(new RenderedEssay.RenderedNote(note.id(), note.number(), noteHtml(renderer, note, resolution.citations())));
        }
        Map<String, String> blocks = new java.util.LinkedHashMap<>(previews.byId());
        blocks.putAll(passages.byId());
        return new RenderedEssay(body, abstractHtml, rendered, sources(resolution.citations(), sourcing), blocks,
                LinkOrigins.of(essay.document(), resolution.links()));
    }

    private static String children(HtmlRenderer renderer, Node parent) {
        StringBuilder html = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            html.append(renderer.render(child));
        }
        return html.toString();
    }

    private static List<RenderedEssay.RenderedSource> sources(Citations citations, Sourcing sourcing) {
        List<RenderedEssay.RenderedSource> sources = new ArrayList<>();
        for (BibliographyEntry entry : citations.bibliography()) {
            sources.add(new RenderedEssay.RenderedSource(entry.key(), entryHtml(entry, sourcing),
                    citations.backrefs().getOrDefault(entry.key(), List.of())));
        }
        return sources;
    }

    /**
     * The formatted entry, with a link to the archived copy when the source has one. A URL or DOI
     * link whose text is its address gets {@code class="entry-link"} (the template breaks it
     * anywhere on narrow screens and does not print its address a second time); the archive link
     * has other text, so it keeps only {@code archive-link} and prints its address.
     */
    public static String entryHtml(BibliographyEntry entry, Sourcing sourcing) {
        String html = URL_AS_TEXT.matcher(entry.html()).replaceAll(link -> addressAsText(link)
                ? "<a class=\"entry-link\" href=\"" + link.group(1) + "\">" + link.group(2) + "</a>" : link.group());
        String archive = sourcing.library().find(entry.key()).map(Source::archiveUrl).orElse("");
        if (archive == null || archive.isBlank() || !UrlPolicy.allows(archive)) {
            return html;
        }
        return html + " <a class=\"archive-link\" href=\"" + Html.escape(io.github.essaykit.safety.HrefEncoding.encode(archive))
                + "\">Archived copy</a>";
    }

    private static final java.util.regex.Pattern URL_AS_TEXT = java.util.regex.Pattern.compile("<a href=\"([^\"<>]+)\">([^<]+)</a>");

    /** Whether a link's text is its address (the href percent-encoded where the text is not). */
    private static boolean addressAsText(java.util.regex.MatchResult link) {
        String href = org.jsoup.parser.Parser.unescapeEntities(link.group(1), true);
        String text = org.jsoup.parser.Parser.unescapeEntities(link.group(2), false);
        return href.equals(io.github.essaykit.safety.HrefEncoding.encode(text));
    }

    /** Wide tables scroll sideways inside their wrapper instead of widening the page. */
    private static String wrapTables(String html) {
        return html.replaceAll("<table(?=[\\s>])", "<div class=\"table-wrap\"><table").replace("</table>", "</table></div>");
    }

    private static String noteHtml(HtmlRenderer renderer, Notes.Note note, Citations citations) {
        StringBuilder content = new StringBuilder();
        if (note.body() instanceof Citation citation) {
            Citations.Use use = citations.of(citation);
            content.append("<p>").append(use == null ? "" : use.formatted().note()).append("</p>");
        } else if (note.body() instanceof InlineFootnote) {
            StringBuilder inline = new StringBuilder();
            for (Node child = note.body().getFirstChild(); child != null; child = child.getNext()) {
                inline.append(renderer.render(child));
            }
            content.append("<p>").append(inline).append("</p>");
        } else {
            content.append(children(renderer, note.body()));
        }
        return withBackLinks(content.toString().strip(), note);
    }

    /** Back links go inside the last paragraph, as readers expect "… text ↩". */
    private static String withBackLinks(String html, Notes.Note note) {
        StringBuilder links = new StringBuilder();
        for (int k = 1; k <= note.references(); k++) {
            String label = note.references() == 1 ? "↩" : k == 1 ? "↩ " + letter(k) : letter(k);
            links.append(' ')
                    .append("<a href=\"#").append(note.referenceId(k)).append("\" class=\"footnote-back\" role=\"doc-backlink\"")
                    .append(" aria-label=\"Back to reference ").append(note.number())
                    .append(note.references() == 1 ? "" : letter(k)).append("\">")
                    .append(label).append("</a>");
        }
        if (html.endsWith("</p>")) {
            return html.substring(0, html.length() - 4) + links + "</p>";
        }
        return html + "<p>" + links.toString().strip() + "</p>";
    }

    public static String letter(int k) {
        return k <= 26 ? String.valueOf((char) ('a' + k - 1)) : String.valueOf(k);
    }
}
