package io.github.essaykit.parse;

import io.github.essaykit.markdown.SmartPunctuationExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** The first paragraph of an abstract as plain text: the summary when the essay gives no other. */
final class AbstractText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private AbstractText() {}

    static String plain(String markdown) {
        Node first = MARKDOWN.parse(markdown).getFirstChild();
        return first == null ? "" : SmartPunctuationExtension.apply(TEXT.render(first).replaceAll("\\s+", " ").strip());
    }
}
