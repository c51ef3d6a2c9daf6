package io.github.essaykit.markdown.internal;

import java.util.List;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * Turns {@code [see @key, p. 3; @other]} into a citation or cross-reference. Only the brackets are
 * consumed, so in {@code [@key, p. 4][^n]} the {@code [^n]} after them is parsed afresh as a
 * footnote reference. Links win: an inline link {@code [@key](url)}, a label with a definition
 * {@code [@key][ref]}, or brackets whose text has a link reference definition are left alone.
 */
public final class CitationLinkProcessor implements LinkProcessor {

    @Override
    public LinkResult process(LinkInfo linkInfo, Scanner scanner, InlineParserContext context) {
        if (linkInfo.marker() != null || linkInfo.destination() != null) {
            return LinkResult.none();
        }
        String label = linkInfo.label() == null || linkInfo.label().isEmpty()
                ? linkInfo.text()
                : linkInfo.label();
        if (context.getDefinition(LinkReferenceDefinition.class, label) != null) {
            return LinkResult.none();
        }
        List<CiteSyntax.Item> items = CiteSyntax.bracketed(linkInfo.text());
        if (items == null) {
            return LinkResult.none();
        }
        return LinkResult.replaceWith(CiteNodes.create(items, true, 1), linkInfo.afterTextBracket());
    }
}
