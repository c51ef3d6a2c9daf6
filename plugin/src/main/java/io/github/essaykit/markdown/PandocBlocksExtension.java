package io.github.essaykit.markdown;

import io.github.essaykit.markdown.internal.DefinitionListPostProcessor;
import io.github.essaykit.markdown.internal.DefinitionParser;
import io.github.essaykit.markdown.internal.FencedCodePostProcessor;
import io.github.essaykit.markdown.internal.FencedDivParser;
import io.github.essaykit.markdown.internal.FencedDivPostProcessor;
import io.github.essaykit.markdown.internal.LineBlockPostProcessor;
import io.github.essaykit.markdown.internal.RawLatexInlinePostProcessor;
import io.github.essaykit.markdown.internal.RawLatexPostProcessor;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * The block syntax of pandoc and Quarto documents beyond CommonMark: fenced divs ({@link
 * FencedDiv}, with callouts, margin notes and figure/table divs), definition lists, line blocks,
 * raw blocks ({@code ```{=html}}, {@code ```{=latex}}, LaTeX commands on their own lines) and code
 * chunks ({@code ```{r}}). Register it after {@link LabelExtension}: figure divs undo the figures
 * that extension made of the images inside them. Parsing only; the renderers are in {@code render}.
 */
public final class PandocBlocksExtension implements Parser.ParserExtension {

    private PandocBlocksExtension() {}

    public static Extension create() {
        return new PandocBlocksExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new FencedDivParser.Factory());
        builder.customBlockParserFactory(new DefinitionParser.Factory());
        builder.postProcessor(new FencedCodePostProcessor());
        builder.postProcessor(new RawLatexPostProcessor());
        builder.postProcessor(new RawLatexInlinePostProcessor());
        builder.postProcessor(new LineBlockPostProcessor());
        builder.postProcessor(new DefinitionListPostProcessor());
        builder.postProcessor(new FencedDivPostProcessor());
    }
}
