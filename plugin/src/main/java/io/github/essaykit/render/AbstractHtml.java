package io.github.essaykit.render;

import io.github.essaykit.safety.UrlPolicy;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * A front-matter {@code abstract} as HTML, as pandoc shows it at the top of the page: Markdown
 * emphasis, links and paragraphs; raw HTML escaped and links only as {@link UrlPolicy} allows.
 * Citations and notes are not resolved in the abstract (pandoc's reader would; left as text).
 */
public final class AbstractHtml {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new UrlSanitizer() {
                @Override
                public String sanitizeLinkUrl(String url) {
                    return UrlPolicy.allows(url) ? url : "";
                }

                @Override
                public String sanitizeImageUrl(String url) {
                    return UrlPolicy.allows(url) ? url : "";
                }
            })
            .build();

    private AbstractHtml() {}

    public static String render(String markdown) {
        return markdown.isBlank() ? "" : HTML.render(MARKDOWN.parse(markdown)).strip();
    }
}
