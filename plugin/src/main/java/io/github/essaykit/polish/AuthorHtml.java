package io.github.essaykit.polish;

import io.github.essaykit.markdown.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
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

    public record Cleaned(String html, List<String> removed) {}

    private AuthorHtml() {}

    public static Cleaned clean(String html) {
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

    /**
     * Whether an essay can hold anything to remove: raw HTML, or a link or image whose address
     * runs code. Everything else CommonMark and our renderers write is escaped, so most essays
     * skip the parse.
     */
    public static boolean needsCleaning(Node document) {
        boolean[] found = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline inline) {
                found[0] = true;
            }

            @Override
            public void visit(Link link) {
                found[0] |= scripted(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found[0] |= scripted(image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(CustomBlock block) {
                found[0] |= block instanceof Figure figure && scripted(figure.destination());
                visitChildren(block);
            }
        });
        return found[0];
    }

    private static boolean scripted(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return u.startsWith("javascript:") || u.startsWith("vbscript:") || u.startsWith("data:");
    }
}
