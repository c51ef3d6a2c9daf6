package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.DefinitionDescription;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * One definition of pandoc's definition lists: a line starting with {@code :} or {@code ~} and
 * a space, right after a one-line paragraph (the term), after a blank line following it, or after
 * another definition. Later blocks of the definition are indented four spaces, as pandoc wants.
 * {@link DefinitionListPostProcessor} then pairs terms with their definitions.
 */
public final class DefinitionParser extends AbstractBlockParser {

    private static final int CONTINUATION_INDENT = 4;

    private final DefinitionDescription block;

    private DefinitionParser(boolean tight) {
        this.block = new DefinitionDescription(tight);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            return block.getFirstChild() == null ? BlockContinue.none() : BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        if (state.getIndent() >= CONTINUATION_INDENT) {
            return BlockContinue.atColumn(state.getColumn() + CONTINUATION_INDENT);
        }
        return BlockContinue.none();
    }

    private static boolean adjacent(Node before, ParserState state) {
        var spans = before.getSourceSpans();
        var here = state.getLine().getSourceSpan();
        return !spans.isEmpty() && here != null && spans.get(spans.size() - 1).getLineIndex() + 1 == here.getLineIndex();
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= CONTINUATION_INDENT) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int marker = state.getNextNonSpaceIndex();
            if (marker + 1 >= line.length() || (line.charAt(marker) != ':' && line.charAt(marker) != '~')
                    || (line.charAt(marker + 1) != ' ' && line.charAt(marker + 1) != '\t')) {
                return BlockStart.none();
            }
            int content = marker + 1;
            while (content < line.length() && (line.charAt(content) == ' ' || line.charAt(content) == '\t')) {
                content++;
            }
            if (content == line.length()) {
                return BlockStart.none();
            }
            boolean tight;
            Block open = matched.getMatchedBlockParser().getBlock();
            if (open instanceof Paragraph) {
                // one line, by its spans (getParagraphLines() copies them all: quadratic in a long paragraph)
                int lines = open.getSourceSpans().isEmpty()
                        ? matched.getParagraphLines().getLines().size()
                        : open.getSourceSpans().size();
                if (lines != 1) {
                    return BlockStart.none();
                }
                tight = true;
            } else {
                Node before = matched.getMatchedBlockParser().getBlock().getLastChild();
                boolean term = before instanceof Paragraph && before.getSourceSpans().size() <= 1;
                if (!term && !(before instanceof DefinitionDescription)) {
                    return BlockStart.none();
                }
                // a definition right below the one before, without a blank line, stays tight
                tight = before instanceof DefinitionDescription previous && previous.isTight() && adjacent(previous, state);
            }
            return BlockStart.of(new DefinitionParser(tight)).atIndex(content);
        }
    }
}
