package io.github.essaykit.polish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes from an essay's HTML what would break the page's strict Content-Security-Policy or
 * run code: script, style and embedding elements, on* handlers, style attributes and
 * javascript: URLs. Authors may write raw HTML in Markdown; this keeps it inert. Returns the
 * cleaned HTML and what was removed, for a warning.
 */
public final class AuthorHtml {

    private static final String BANNED = "script, style, iframe, object, embed, frame, frameset, base, meta, link";

    private static final Pattern RISKY = Pattern.compile(
            "(?i)<(script|style|iframe|object|embed|frame|base|meta|link)\\b|[\\s/\"']on[a-z]+\\s*=|style\\s*=|srcdoc|javascript:|vbscript:|data:");

    public record Cleaned(String html, List<String> removed) {}

    private AuthorHtml() {}

    public static Cleaned clean(String html) {
        if (!looksRisky(html)) {
            return new Cleaned(html, List.of());
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        List<String> removed = new ArrayList<>();
        for (Element e : doc.body().select(BANNED)) {
            removed.add("<" + e.tagName() + ">");
            e.remove();
        }
        for (Element e : doc.body().getAllElements()) {
            for (Attribute a : new ArrayList<>(e.attributes().asList())) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")
                        || (value.startsWith("javascript:") || value.startsWith("vbscript:")
                                || (value.startsWith("data:") && !e.tagName().equals("img")))) {
                    removed.add(e.tagName() + "[" + a.getKey() + "]");
                    e.removeAttr(a.getKey());
                }
            }
        }
        return new Cleaned(doc.body().html(), removed);
    }

    /** Most essays have no raw HTML at all; skip the parse for them (prose has "on the", not "on…="). */
    private static boolean looksRisky(String html) {
        return RISKY.matcher(html).find();
    }
}
