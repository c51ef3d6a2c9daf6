package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.markdown.SourcePosition;
import java.util.List;
import io.github.essaykit.markdown.FencedDiv;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The ids an author writes in raw HTML ({@code <span id="x">}) go through the page's
 * {@link PageIds} like labels do: one used twice, or one in a scheme essaykit keeps, is an
 * error at the id in the essay, and automatic heading ids step around the rest. So do the ids
 * of fenced divs ({@code ::: {#x}}) other than figure and table divs, which are labels.
 */
final class RawHtmlIds {

    private RawHtmlIds() {}

    static void claim(Node document, PageIds ids, String file, List<Diagnostic> diagnostics) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                claim(block, block.getLiteral());
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FencedDiv div && !div.isFloat() && !div.attributes().id().isEmpty()) {
                    SourcePosition where = SourcePosition.of(div);
                    String taken = ids.claimDiv(div.attributes().id(), where);
                    if (taken != null) {
                        diagnostics.add(Diagnostic.error(file, where.line(), where.column(), "id '" + div.attributes().id()
                                + "' " + taken + "; change this id (ids must be unique in the page)"));
                    }
                }
                visitChildren(block);
            }

            @Override
            public void visit(HtmlInline inline) {
                claim(inline, inline.getLiteral());
            }

            private void claim(Node node, String html) {
                if (!html.contains("id")) {
                    return;
                }
                int cursor = 0;
                for (Element element : Jsoup.parseBodyFragment(html).body().select("[id]")) {
                    String id = element.id();
                    if (id.isEmpty()) {
                        continue;
                    }
                    // point at the value as written (the literal holds it, unless written with entities)
                    int at = html.indexOf(id, cursor);
                    cursor = at < 0 ? cursor : at + id.length();
                    SourcePosition where = SourcePosition.at(node, Math.max(at, 0));
                    String taken = ids.claimHtml(id, where);
                    if (taken != null) {
                        diagnostics.add(Diagnostic.error(file, where.line(), where.column(), "id '" + id + "' " + taken
                                + "; change this id (ids must be unique in the page)"));
                    }
                }
            }
        });
    }
}
