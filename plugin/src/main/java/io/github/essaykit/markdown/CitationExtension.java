package io.github.essaykit.markdown;

import io.github.essaykit.markdown.internal.CitationLinkProcessor;
import io.github.essaykit.markdown.internal.NarrativeCitationParser;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * pandoc citations and Quarto cross-references: {@code [see @key, p. 3; @other]}, {@code
 * [-@key]}, {@code @key}, {@code @key [84]}, {@code @{odd key}} become {@link Citation} nodes,
 * keys starting with {@code sec-}, {@code fig-} or {@code tbl-} become {@link CrossRef} nodes.
 * Parsing only; no renderer is registered.
 */
public final class CitationExtension implements Parser.ParserExtension {

    private CitationExtension() {}

    public static Extension create() {
        return new CitationExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineContentParserFactory(new NarrativeCitationParser.Factory())
                .linkProcessor(new CitationLinkProcessor());
    }
}
