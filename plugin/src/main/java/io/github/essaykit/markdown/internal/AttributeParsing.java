package io.github.essaykit.markdown.internal;

import org.commonmark.parser.Parser;

/** The parts of the attributes extension, registered on a parser builder. */
public final class AttributeParsing {

    private AttributeParsing() {}

    public static void register(Parser.Builder builder) {
        builder.customInlineContentParserFactory(new AttributeBlockParser.Factory())
                .linkProcessor(new SpanLinkProcessor())
                .postProcessor(new AttributePostProcessor());
    }
}
