package io.github.essaykit.markdown.internal;

import org.commonmark.parser.Parser;

/** The parts of the smart punctuation extension, registered on a parser builder. */
public final class SmartPunctuation {

    private SmartPunctuation() {}

    public static void register(Parser.Builder builder) {
        builder.customInlineContentParserFactory(new QuoteMark.Factory())
                .postProcessor(new SmartPunctuationPostProcessor());
    }
}
