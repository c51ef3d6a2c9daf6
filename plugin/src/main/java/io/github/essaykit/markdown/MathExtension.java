package io.github.essaykit.markdown;

import io.github.essaykit.markdown.internal.MathParser;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * pandoc's {@code tex_math_dollars} and {@code tex_math_single_backslash}: {@code $x^2$}, {@code
 * $$…$$}, {@code \(…\)} and {@code \[…\]} become {@link TexMath} nodes; {@code \$} stays a literal
 * dollar and nothing inside code is math. Parsing only; no renderer is registered.
 */
public final class MathExtension implements Parser.ParserExtension {

    private MathExtension() {}

    public static Extension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(new MathParser.Factory());
    }
}
