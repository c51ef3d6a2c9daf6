package io.github.essaykit.markdown;

import io.github.essaykit.markdown.internal.EscapedSpaceParser;
import io.github.essaykit.markdown.internal.ScriptDelimiterProcessor;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * pandoc's {@code x^2^} ({@link Superscript}) and {@code H~2~O} ({@link Subscript}), whose text
 * may hold no unescaped space, and its escaped space {@code \ } (a no-break space), so that
 * {@code H~a\ b~} works. Needs the strikethrough extension built with {@code requireTwoTildes},
 * so that {@code ~~x~~} alone is struck out, as in pandoc.
 */
public final class SuperSubscriptExtension implements Parser.ParserExtension {

    private SuperSubscriptExtension() {}

    public static Extension create() {
        return new SuperSubscriptExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(ScriptDelimiterProcessor.superscript())
                .customDelimiterProcessor(ScriptDelimiterProcessor.subscript())
                .customInlineContentParserFactory(new EscapedSpaceParser.Factory());
    }
}
