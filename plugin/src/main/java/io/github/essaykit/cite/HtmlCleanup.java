package io.github.essaykit.cite;

import io.github.essaykit.safety.HrefEncoding;
import io.github.essaykit.safety.UrlPolicy;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * citeproc-java's HTML as pandoc writes it: {@code <em>}/{@code <strong>} for styled spans, real
 * characters instead of named entities, and quotes inside quotes flipped to single quotes
 * (“Before ‘the Missiles of October’”). Text stays escaped; nothing from a source becomes markup,
 * and a link whose address {@link UrlPolicy} refuses becomes its text; one it allows is
 * percent-encoded where a URL may not hold a character as written ({@link HrefEncoding}).
 */
final class HtmlCleanup {

    private HtmlCleanup() {}

    /** Characters that are text as written, in HTML and in every step below: no markup, nothing escaped, no quotes. */
    private static final String PLAIN_PUNCTUATION = " .,;:()[]-\u2013\u2014/?!+*#%=";
    private static final Pattern PUNCTUATION_AFTER = Pattern.compile("([?!])([”’])[,.]");
    private static final Pattern PUNCTUATION_INSIDE = Pattern.compile("([?!])[,.]([”’])");
    // parsed once: every entry and citation with markup passes through here, thousands a build
    private static final Evaluator ENTRY = QueryParser.parse("div.csl-entry");
    private static final Evaluator STYLED = QueryParser.parse("span[style]");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator LAYOUT = QueryParser.parse("div.csl-left-margin, div.csl-right-inline, div.csl-block, div.csl-indent");

    static String clean(String html) {
        String text = LibraryItems.pagesAsWritten(NameParts.place(html, true)).replace(BibTeXReader.KEEP_CASE, "").replace(UpperCaseTitles.MARK, "")
                .replace(BibTeXReader.PAGE_SLASH, "/").replace(LibraryItems.PAGE_DASH, "").strip();
        // most citations ("(Okafor 2015, 12)") are plain: what markup() gives back unchanged
        return plain(text) ? text : markup(text);
    }

    /** {@link #clean}'s steps on markup, with the name marks placed and the page marks removed. */
    static String markup(String text) {
        Document doc = Jsoup.parseBodyFragment(text);
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        Element body = doc.body();
        Element entry = body.selectFirst(ENTRY);
        Element root = entry != null ? entry : body;
        for (Element span : root.select(STYLED)) {
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
        for (Element link : root.select(LINKS)) {
            if (!UrlPolicy.allows(link.attr("href"))) {
                link.unwrap(); // a source's URL that would run script stays as text, not as a link
            } else {
                link.attr("href", HrefEncoding.encode(link.attr("href"))); // a DOI with '<' or ' ' is still a link
            }
        }
        for (Element div : root.select(LAYOUT)) {
            if (div.hasClass("csl-left-margin") && !div.wholeText().isEmpty()
                    && !Character.isWhitespace(div.wholeText().charAt(div.wholeText().length() - 1))) {
                div.appendText(" "); // "1. Bivand", as pandoc writes the margin (citeproc-java: "1.Bivand" once unwrapped)
            }
            div.unwrap();
        }
        flipNestedQuotes(root);
        return root.html().strip();
    }

    /** Whether {@code text} holds only letters, digits and {@link #PLAIN_PUNCTUATION}. */
    static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && PLAIN_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The pieces without the element {@code tag} each is wholly in ("<sup>2</sup>" → "2"); null unless every one is. */
    static List<String> unwrapped(List<String> pieces, String tag) {
        String open = "<" + tag + ">";
        String close = "</" + tag + ">";
        List<String> inside = new ArrayList<>();
        for (String piece : pieces) {
            if (!piece.startsWith(open) || !piece.endsWith(close) || piece.indexOf(close) != piece.length() - close.length()) {
                return null;
            }
            inside.add(piece.substring(open.length(), piece.length() - close.length()));
        }
        return inside;
    }

    /**
     * {@code html} without the trailing whitespace and {@code punctuation} of its text. The
     * semicolon that ends a character reference ({@code Sons&gt;}) is markup, not punctuation.
     */
    static String trimEnd(String html, String punctuation) {
        int end = html.length();
        while (end > 0) {
            char c = html.charAt(end - 1);
            if (Character.isWhitespace(c) || punctuation.indexOf(c) >= 0 && !(c == ';' && endsWithReference(html, end))) {
                end--;
            } else {
                break;
            }
        }
        return html.substring(0, end);
    }

    private static boolean endsWithReference(String html, int end) {
        int amp = html.lastIndexOf('&', end - 1);
        return amp >= 0 && end - amp > 2 && html.substring(amp + 1, end - 1).matches("#?[0-9A-Za-z]+");
    }

    /** A prefix of HTML cut back so that it ends on neither half a tag nor half a character reference. */
    static String wholeMarkup(String prefix) {
        int amp = prefix.lastIndexOf('&');
        int cut = prefix.length();
        if (amp >= 0 && prefix.indexOf(';', amp) < 0) {
            cut = amp;
        }
        int lt = prefix.lastIndexOf('<', cut - 1);
        if (lt >= 0 && prefix.indexOf('>', lt) < 0) {
            cut = lt;
        }
        return prefix.substring(0, cut);
    }

    private static void flipNestedQuotes(Element root) {
        int depth = 0;
        for (TextNode text : allText(root)) {
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
            String flipped = out.toString();
            if (flipped.indexOf('?') >= 0 || flipped.indexOf('!') >= 0) {
                flipped = PUNCTUATION_INSIDE.matcher(PUNCTUATION_AFTER.matcher(flipped).replaceAll("$1$2")).replaceAll("$1$2");
            }
            text.text(flipped);
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

    /** The first letter of the text upper-cased (a note begins with a capital: "See", "Ibid."). */
    static String capitalize(String html) {
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                i = html.indexOf('>', i);
                if (i < 0) {
                    return html;
                }
            } else if (Character.isLetter(c)) {
                return html.substring(0, i) + Character.toUpperCase(c) + html.substring(i + 1);
            } else if (!Character.isWhitespace(c) && c != '“' && c != '‘') {
                return html;
            }
        }
        return html;
    }
}
