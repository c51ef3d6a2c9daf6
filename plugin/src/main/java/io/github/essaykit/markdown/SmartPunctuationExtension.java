package io.github.essaykit.markdown;

import io.github.essaykit.markdown.internal.SmartPunctuation;
import io.github.essaykit.markdown.internal.SmartText;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * pandoc's smart punctuation, on by default in pandoc: straight quotes curled (“…”, ‘…’, and
 * apostrophes: Allison’s), {@code --} an en dash, {@code ---} an em dash, {@code ...} an
 * ellipsis; never in code, raw HTML, link addresses, citation keys or locators. An escaped quote
 * {@code \"} stays straight. Register it last: it rewrites text the other post-processors read.
 */
public final class SmartPunctuationExtension implements Parser.ParserExtension {

    private SmartPunctuationExtension() {}

    public static Extension create() {
        return new SmartPunctuationExtension();
    }

    /**
     * The same punctuation for text that reaches the page without being parsed as Markdown
     * inlines (front-matter titles, names, descriptions), as pandoc applies it to metadata too.
     */
    public static String apply(String plainText) {
        return SmartText.apply(plainText);
    }

    @Override
    public void extend(Parser.Builder builder) {
        SmartPunctuation.register(builder);
    }
}
