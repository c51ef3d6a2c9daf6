package io.github.essaykit.markdown.internal;

import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;

/**
 * A straight quote written in the text, kept apart while inlines are parsed so that {@link
 * SmartQuotes} can tell it from an escaped one ({@code \"} stays straight, as in pandoc) and
 * decide whether it opens, closes or is an apostrophe. None is left after post-processing.
 */
final class QuoteMark extends CustomNode {

    final char mark;

    QuoteMark(char mark) {
        this.mark = mark;
    }

    static final class Parser implements InlineContentParser {
        @Override
        public ParsedInline tryParse(InlineParserState state) {
            char mark = state.scanner().peek();
            state.scanner().next();
            return ParsedInline.of(new QuoteMark(mark), state.scanner().position());
        }
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('"', '\'');
        }

        @Override
        public InlineContentParser create() {
            return new Parser();
        }
    }
}
