package io.github.essaykit.markdown;

import io.github.essaykit.markdown.internal.AttributeParsing;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * pandoc attributes on inlines: {@code `x`{.r}}, {@code [t](u){.external}}, {@code
 * ![a](i.png){width=50%}} ({@link InlineAttributes}) and bracketed spans {@code [text]{.smallcaps}}
 * ({@link BracketedSpan}). Register after {@link CitationExtension} (so {@code [@key]{.x}} stays
 * a citation, as in pandoc) and before {@link LabelExtension} (which reads headings' and
 * figures' attributes). Parsing only; the render stage writes the attributes.
 */
public final class AttributesExtension implements Parser.ParserExtension {

    private AttributesExtension() {}

    public static Extension create() {
        return new AttributesExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        AttributeParsing.register(builder);
    }
}
