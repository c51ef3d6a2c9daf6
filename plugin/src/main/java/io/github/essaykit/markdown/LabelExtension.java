package io.github.essaykit.markdown;

import io.github.essaykit.markdown.internal.BracketsSeen;
import io.github.essaykit.markdown.internal.HeadingReferencePostProcessor;
import io.github.essaykit.markdown.internal.LabelPostProcessor;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * Targets of cross-references: {@code ## Heading {#sec-x}} gets a {@link HeadingLabel}, an image
 * alone in a paragraph becomes a {@link Figure} ({@code ![Caption](u.jpg){#fig-x}}), and {@code
 * : Caption {#tbl-x}} after a table becomes its {@link TableCaption}; {@code [Heading text]} a
 * {@link HeadingReference} when a heading has that text. Needs the GFM tables
 * extension for captions. Parsing only; no renderer is registered.
 */
public final class LabelExtension implements Parser.ParserExtension {

    private LabelExtension() {}

    public static Extension create() {
        return new LabelExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        BracketsSeen brackets = new BracketsSeen();
        builder.linkProcessor(brackets);
        builder.postProcessor(new LabelPostProcessor());
        builder.postProcessor(new HeadingReferencePostProcessor(brackets));
    }
}
