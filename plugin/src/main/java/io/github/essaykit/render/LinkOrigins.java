package io.github.essaykit.render;

import io.github.essaykit.markdown.Figure;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.resolve.EssayLinks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.internal.util.Escaping;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Where the author wrote each address of an essay's HTML: href or src as the page holds it →
 * the places in the Markdown source, in reading order. A side table kept with the render result
 * rather than attributes in the page, so the check of the finished pages can name the essay's
 * line and column and nothing leaks into the published HTML. Covers Markdown links, images and
 * figures (their addresses written as the renderers write them, percent-encoded) and the
 * {@code href}/{@code src} of raw HTML (at the address in the literal).
 */
public record LinkOrigins(Map<String, List<SourcePosition>> byAddress) {

    public static final LinkOrigins NONE = new LinkOrigins(Map.of());

    public LinkOrigins {
        Map<String, List<SourcePosition>> copy = new LinkedHashMap<>();
        byAddress.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byAddress = Collections.unmodifiableMap(copy);
    }

    /** The places {@code address} was written, in reading order; empty when essaykit wrote it. */
    public List<SourcePosition> of(String address) {
        return byAddress.getOrDefault(address, List.of());
    }

    static LinkOrigins of(Node document, EssayLinks links) {
        Map<String, List<SourcePosition>> origins = new LinkedHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                EssayLinks.Target target = links.of(link);
                add(Escaping.percentEncodeUrl(target == null ? link.getDestination() : target.href()), SourcePosition.of(link));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(Escaping.percentEncodeUrl(image.getDestination()), SourcePosition.of(image));
                visitChildren(image);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Figure figure) {
                    add(Escaping.percentEncodeUrl(figure.destination()), SourcePosition.of(figure));
                }
                visitChildren(block);
            }

            @Override
            public void visit(HtmlBlock block) {
                raw(block, block.getLiteral());
            }

            @Override
            public void visit(HtmlInline inline) {
                raw(inline, inline.getLiteral());
            }

            private void raw(Node node, String html) {
                if (!html.contains("href") && !html.contains("src")) {
                    return;
                }
                int cursor = 0;
                for (Element element : Jsoup.parseBodyFragment(html).body().select("[href], [src]")) {
                    for (String name : List.of("href", "src")) {
                        if (!element.hasAttr(name)) {
                            continue;
                        }
                        String address = element.attr(name);
                        // point at the address as written (the literal holds it, unless written with entities)
                        int at = address.isEmpty() ? -1 : html.indexOf(address, cursor);
                        cursor = at < 0 ? cursor : at + address.length();
                        add(address, SourcePosition.at(node, Math.max(at, 0)));
                    }
                }
            }

            private void add(String address, SourcePosition at) {
                if (at.isKnown()) {
                    origins.computeIfAbsent(address, k -> new ArrayList<>()).add(at);
                }
            }
        });
        return new LinkOrigins(origins);
    }
}
