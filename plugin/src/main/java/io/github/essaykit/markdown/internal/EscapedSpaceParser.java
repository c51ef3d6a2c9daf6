package io.github.essaykit.markdown.internal;

import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/** pandoc's escaped space: {@code \ } is a no-break space (CommonMark would keep the backslash). */
public final class EscapedSpaceParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next();
        if (scanner.peek() != ' ') {
            return ParsedInline.none();
        }
        scanner.next();
        return ParsedInline.of(new Text("\u00a0"), scanner.position());
    }

    public static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('\\');
        }

        @Override
        public InlineContentParser create() {
            return new EscapedSpaceParser();
        }
    }
}
