package io.github.essaykit.polish;

import io.github.essaykit.markdown.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;

/**
 * Cleans an essay whose author wrote raw HTML, through jsoup's {@link Cleaner} and an allowlist
 * ({@link AuthorSafelist}): what is not listed is dropped, so a vector nobody thought of is
 * dropped too. Our own markup (figures, notes, citations) is on the list and passes unchanged.
 * Returns the cleaned HTML and what was refused, for a warning.
 */
public final class AuthorHtml {

    public record Cleaned(String html, List<String> removed) {}

    private final Set<String> frameHosts;

    private AuthorHtml(Set<String> frameHosts) {
        this.frameHosts = Set.copyOf(frameHosts);
    }

    /** No frames. */
    public static AuthorHtml create() {
        return new AuthorHtml(Set.of());
    }

    /** @param frameHosts hosts (e.g. {@code www.youtube-nocookie.com}) whose https pages may be framed */
    public static AuthorHtml allowingFramesFrom(Set<String> frameHosts) {
        return new AuthorHtml(frameHosts);
    }

    public Cleaned clean(String html) {
        AuthorSafelist safelist = new AuthorSafelist(frameHosts);
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html));
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        clean.body().select("iframe:not([src])").remove();
        List<String> removed = new ArrayList<>(safelist.refused());
        var inputs = clean.body().select("input:not([type=checkbox])"); // a task list's boxes are the only inputs
        if (!inputs.isEmpty()) {
            inputs.remove();
            removed.add("<input>");
        }
        return new Cleaned(clean.body().html(), List.copyOf(removed));
    }

    /** What cleaning removes from one piece of raw HTML, and where the author wrote it. */
    public record Removed(SourcePosition at, List<String> what) {}

    /**
     * What cleaning removes, piece by piece of the essay's raw HTML, each at its place: each
     * literal is cleaned alone with the same allowlist (a tag and its attributes are always in one
     * literal), so the warning can name the line of what it refused.
     */
    public List<Removed> removedFrom(Node document) {
        List<Removed> removed = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                check(block, block.getLiteral());
            }

            @Override
            public void visit(HtmlInline inline) {
                check(inline, inline.getLiteral());
            }

            private void check(Node node, String html) {
                List<String> refused = clean(html).removed();
                if (!refused.isEmpty()) {
                    removed.add(new Removed(SourcePosition.of(node), refused));
                }
            }
        });
        return removed;
    }

    /**
     * Whether an essay holds raw HTML. Everything else CommonMark and our renderers write is
     * escaped, and every URL they write passed {@code UrlPolicy}, so most essays skip the parse.
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
        });
        return found[0];
    }
}
