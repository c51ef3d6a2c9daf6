package io.github.essaykit.cite;

import io.github.essaykit.sources.bibtex.BibTeXReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;

/**
 * citeproc-java's HTML as pandoc writes it: {@code <em>}/{@code <strong>} for styled spans, real
 * characters instead of named entities, and quotes inside quotes flipped to single quotes
 * (“Before ‘the Missiles of October’”). Text stays escaped; nothing from a source becomes markup.
 */
final class HtmlCleanup {

    private HtmlCleanup() {}

    static String clean(String html) {
        Document doc = Jsoup.parseBodyFragment(html.replace(BibTeXReader.KEEP_CASE, "")
                .replace(BibTeXReader.PAGE_SLASH, "/").strip());
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        Element body = doc.body();
        Element entry = body.selectFirst("div.csl-entry");
        Element root = entry != null ? entry : body;
        for (Element span : root.select("span[style]")) {
            String style = span.attr("style").replace(" ", "");
            String tag = style.contains("font-style:italic") ? "em"
                    : style.contains("font-weight:bold") ? "strong"
                    : style.contains("font-variant:small-caps") ? "span" : null;
            if (tag == null) {
                span.unwrap();
            } else {
                span.tagName(tag).removeAttr("style");
                if (style.contains("small-caps")) {
                    span.addClass("smallcaps");
                }
            }
        }
        for (Element div : root.select("div.csl-left-margin, div.csl-right-inline, div.csl-block, div.csl-indent")) {
            div.unwrap();
        }
        flipNestedQuotes(root);
        return root.html().strip();
    }

    private static void flipNestedQuotes(Element root) {
        int depth = 0;
        for (TextNode text : root.textNodes().isEmpty() ? allText(root) : allText(root)) {
            StringBuilder out = new StringBuilder();
            for (char c : text.getWholeText().toCharArray()) {
                if (c == '“') {
                    out.append(depth % 2 == 1 ? '‘' : '“');
                    depth++;
                } else if (c == '”' && depth > 0) {
                    depth--;
                    out.append(depth % 2 == 1 ? '’' : '”');
                } else {
                    out.append(c);
                }
            }
            // pandoc drops a comma or period after a quotation that ends in ? or !, whether the
            // style puts it after the closing quote or (Chicago) before it
            text.text(out.toString().replaceAll("([?!])([”’])[,.]", "$1$2").replaceAll("([?!])[,.]([”’])", "$1$2"));
        }
    }

    private static java.util.List<TextNode> allText(Element root) {
        java.util.List<TextNode> nodes = new java.util.ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                nodes.add(t);
            }
        });
        return nodes;
    }
}
