package io.github.essaykit.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown dialect of an essay: CommonMark with GFM tables, strikethrough ({@code ~~x~~}) and
 * autolinks, footnotes (also inline {@code ^[...]}), pandoc citations, attributes, bracketed
 * spans, super- and subscripts, task lists and smart punctuation, Quarto cross-reference labels,
 * TeX math, pandoc's and Quarto's blocks (fenced divs, definition lists, line blocks, raw blocks,
 * chunks), with source spans on blocks and inlines for {@link SourcePosition}. Order matters:
 * smart punctuation rewrites text last, after labels and attributes were read from it.
 */
public final class EssayMarkdown {

    private EssayMarkdown() {}

    /** Every extension an essay may use, in registration order. */
    public static List<Extension> extensions() {
        return List.of(
                TablesExtension.create(),
                StrikethroughExtension.builder().requireTwoTildes(true).build(), // ~x~ is a subscript
                AutolinkExtension.create(),
                FootnotesExtension.builder().inlineFootnotes(true).build(),
                CitationExtension.create(),
                AttributesExtension.create(),
                LabelExtension.create(),
                MathExtension.create(),
                PandocBlocksExtension.create(),
                SuperSubscriptExtension.create(),
                TaskListExtension.create(),
                SmartPunctuationExtension.create());
    }

    /** A new parser for essays; parsers are immutable and may be shared between threads. */
    public static Parser parser() {
        return Parser.builder()
                .extensions(extensions())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }
}
