package io.github.essaykit.parse;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The CommonMark parser with every extension essays use, and source spans for diagnostics. */
public final class MarkdownSyntax {

    private MarkdownSyntax() {}

    public static Parser parser() {
        return Parser.builder()
                .extensions(List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        AutolinkExtension.create(),
                        FootnotesExtension.builder().inlineFootnotes(true).build()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }
}
