package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.Attributes;
import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads an attribute block {@code {#id .class k=v}} at '{' from the source itself, so that
 * nothing inside it (quotes, underscores, brackets) is parsed as Markdown. At most
 * {@link Attributes#LIMIT} characters are read, which keeps a line full of '{' linear.
 */
final class AttributeBlockParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        var start = scanner.position();
        StringBuilder text = new StringBuilder();
        while (scanner.hasNext() && text.length() < Attributes.LIMIT) {
            char c = scanner.peek();
            text.append(c);
            scanner.next();
            if (c == '}') {
                break; // fast path: most blocks hold no '}' in a quoted value
            }
        }
        Attributes.Parsed parsed = Attributes.parseAt(text, 0);
        if (parsed == null && (text.indexOf("\"") >= 0 || text.indexOf("'") >= 0)) {
            // a quoted value may hold '}': read on to the limit and try once more
            while (scanner.hasNext() && text.length() < Attributes.LIMIT) {
                text.append(scanner.peek());
                scanner.next();
            }
            parsed = Attributes.parseAt(text, 0);
        }
        if (parsed == null) {
            return ParsedInline.none();
        }
        scanner.setPosition(start);
        for (int i = 0; i < parsed.end(); i++) {
            scanner.next();
        }
        return ParsedInline.of(new PendingAttributes(parsed.attributes(), text.substring(0, parsed.end())), scanner.position());
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{');
        }

        @Override
        public InlineContentParser create() {
            return new AttributeBlockParser();
        }
    }
}
