package io.github.essaykit.markdown;

import io.github.essaykit.markdown.internal.MathParser;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * pandoc's {@code tex_math_dollars}: {@code $x^2$} and {@code $$…$$} become {@link TexMath} nodes;
 * {@code \$} stays a literal dollar and nothing inside code is math. Parsing only; no renderer
 * is registered.
 *
 * <p>pandoc's {@code tex_math_single_backslash} ({@code \(…\)}, {@code \[…\]}) is off, as in
 * pandoc's and Quarto's Markdown: R Markdown turns it on, but in pandoc-written Markdown {@code
 * \[sic\]} is an escaped bracket, which it would turn into a displayed formula. {@link
 * #withSingleBackslash()} turns it on.
 */
public final class MathExtension implements Parser.ParserExtension {

    private final boolean singleBackslash;

    private MathExtension(boolean singleBackslash) {
        this.singleBackslash = singleBackslash;
    }

    /** Dollars only, as pandoc's Markdown by default. */
    public static Extension create() {
        return new MathExtension(false);
    }

    /** Dollars, and {@code \(…\)}, {@code \[…\]} as R Markdown reads them. */
    public static Extension withSingleBackslash() {
        return new MathExtension(true);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(new MathParser.Factory(singleBackslash));
    }
}
