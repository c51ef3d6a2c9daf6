package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.Attributes;
import io.github.essaykit.markdown.BracketedSpan;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * pandoc's bracketed spans, {@code [text]{.smallcaps}}: brackets that are no inline or reference
 * link, followed at once by an attribute block, wrap their text in a {@link BracketedSpan}.
 */
final class SpanLinkProcessor implements LinkProcessor {

    @Override
    public LinkResult process(LinkInfo linkInfo, Scanner scanner, InlineParserContext context) {
        if (linkInfo.marker() != null || linkInfo.destination() != null || linkInfo.label() != null
                || scanner.peek() != '{') {
            return LinkResult.none();
        }
        StringBuilder text = new StringBuilder();
        while (scanner.hasNext() && text.length() < Attributes.LIMIT) {
            text.append(scanner.peek());
            scanner.next();
        }
        Attributes.Parsed parsed = Attributes.parseAt(text, 0);
        if (parsed == null) {
            return LinkResult.none();
        }
        scanner.setPosition(linkInfo.afterTextBracket());
        for (int i = 0; i < parsed.end(); i++) {
            scanner.next();
        }
        return LinkResult.wrapTextIn(new BracketedSpan(parsed.attributes()), scanner.position());
    }
}
