package io.github.essaykit.render;

import io.github.essaykit.markdown.Citation;
import io.github.essaykit.quotes.CheckedQuote;
import io.github.essaykit.quotes.SourceText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The passages of a source's text where the essay's quotations were found, as hidden preview
 * blocks: the quotation marked ({@code <mark>}) in a few lines of context, everything escaped.
 * A citation after a found quotation names its block ({@code data-passage}); its preview shows the
 * passage under the source.
 */
final class QuotePassages {

    /** Characters of context on each side of the quotation. */
    private static final int CONTEXT = 220;

    private final Map<Citation, CheckedQuote> found;
    private final Map<String, String> blocks = new LinkedHashMap<>();
    private final Map<Citation, String> ids = new java.util.IdentityHashMap<>();

    QuotePassages(Map<Citation, CheckedQuote> found) {
        this.found = found;
    }

    /** The id of the passage block of this citation's item for {@code key}, or null when it has none. */
    String idFor(Citation citation, String key) {
        CheckedQuote quote = found.get(citation);
        return quote == null || !quote.key().equals(key) ? null : idFor(citation);
    }

    /** The id of the passage block of this citation, whichever source it was found in, or null. */
    String idFor(Citation citation) {
        CheckedQuote quote = found.get(citation);
        if (quote == null) {
            return null;
        }
        return ids.computeIfAbsent(citation, c -> {
            String id = "passage-" + (blocks.size() + 1);
            blocks.put(id, html(quote));
            return id;
        });
    }

    /** id → block HTML, in the order the citations came. */
    Map<String, String> byId() {
        return blocks;
    }

    static String html(CheckedQuote quote) {
        SourceText source = quote.text();
        String text = source.text();
        SourceText.Match match = quote.match();
        int from = cut(text, Math.max(0, match.start() - CONTEXT), true);
        int to = cut(text, Math.min(text.length(), match.end() + CONTEXT), false);
        StringBuilder html = new StringBuilder("<blockquote class=\"pv-passage\"><p>");
        if (from > 0) {
            html.append("… ");
        }
        int at = from;
        for (SourceText.Span span : match.spans()) {
            html.append(plain(text.substring(at, span.start()))).append("<mark>")
                    .append(plain(text.substring(span.start(), span.end()))).append("</mark>");
            at = span.end();
        }
        html.append(plain(text.substring(at, to)));
        if (to < text.length()) {
            html.append(" …");
        }
        return html.append("</p></blockquote><p class=\"pv-passage-from\">Quoted from ").append(Html.escape(source.name()))
                .append(", line ").append(source.lineOf(match.start())).append("</p>").toString();
    }

    /** A context boundary moved to the nearest space inward, so no word is cut. */
    private static int cut(String text, int at, boolean start) {
        if (at == 0 || at == text.length()) {
            return at;
        }
        int space = start ? text.indexOf(' ', at) : text.lastIndexOf(' ', at);
        return space < 0 ? at : start ? space + 1 : space;
    }

    private static String plain(String text) {
        return Html.escape(text.replaceAll("\\s+", " "));
    }
}
