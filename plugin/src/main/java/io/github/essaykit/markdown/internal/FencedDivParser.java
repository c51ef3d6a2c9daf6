package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.Attributes;
import io.github.essaykit.markdown.FencedDiv;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Pandoc's fenced divs. An opening fence is three or more colons with attributes, {@code ::: {.a
 * #b}} or one bare class {@code ::: warning}, optionally followed by more colons; it cannot
 * interrupt a paragraph. A closing fence is three or more colons alone on a line and closes the
 * innermost open div, whatever its length (pandoc's rule: only an opening fence has attributes),
 * unless a fenced code block inside is still open.
 */
public final class FencedDivParser extends AbstractBlockParser {

    private static final Pattern OPENING = Pattern.compile("^:{3,}[ \\t]*(\\{.*}|[^\\s{}:]+)[ \\t]*:*[ \\t]*$");
    private static final Pattern CLOSING = Pattern.compile("^:{3,}[ \\t]*$");

    private final FencedDiv block;

    private FencedDivParser(Attributes attributes) {
        this.block = new FencedDiv(attributes);
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
        if (state.getIndent() < 4 && !state.isBlank()
                && CLOSING.matcher(rest(state)).matches() && !openInside(state)) {
            block.markClosed();
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** Whether a div or fenced code block inside this one is still open: it gets the line. */
    private boolean openInside(ParserState state) {
        for (Node node = state.getActiveBlockParser().getBlock(); node != null && node != block; node = node.getParent()) {
            if (node instanceof FencedDiv || node instanceof FencedCodeBlock) {
                return true;
            }
        }
        return false;
    }

    private static CharSequence rest(ParserState state) {
        CharSequence line = state.getLine().getContent();
        return line.subSequence(state.getNextNonSpaceIndex(), line.length());
    }

    /** The attributes of an opening fence's line, if it is one. */
    static Optional<Attributes> opening(CharSequence line) {
        Matcher m = OPENING.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String spec = m.group(1);
        if (spec.startsWith("{")) {
            return Attributes.parse(spec);
        }
        return Optional.of(new Attributes("", List.of(spec), Map.of()));
    }

    public static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            // instanceof, not getParagraphLines(): that copies the lines, quadratic in a long paragraph
            if (state.getIndent() >= 4 || matched.getMatchedBlockParser().getBlock() instanceof Paragraph) {
                return BlockStart.none();
            }
            return opening(rest(state))
                    .map(attributes -> BlockStart.of(new FencedDivParser(attributes))
                            .atIndex(state.getLine().getContent().length()))
                    .orElse(BlockStart.none());
        }
    }
}
