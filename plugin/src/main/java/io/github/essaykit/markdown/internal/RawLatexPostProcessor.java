package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.RawBlock;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * A paragraph made only of LaTeX commands, one or more to a line ({@code \newpage}, {@code
 * \index{Allison, Graham}}, {@code \clearpage}), is raw LaTeX, as pandoc reads it: it becomes a
 * {@link RawBlock} of format "latex", which a web page drops. Display math ({@code \[}) is not a
 * command and is left alone.
 */
public final class RawLatexPostProcessor implements PostProcessor {

    /** A LaTeX command's braced argument, one level of braces inside; shared with the inline reading. */
    static final String BRACED = "\\{(?:[^{}\\n]|\\{[^{}\\n]*})*}";
    /** An optional {@code [...]} or a braced argument. */
    static final String ARGUMENT = "(?:\\[[^\\]\\n]*]|" + BRACED + ")";
    private static final Pattern COMMANDS = Pattern.compile(
            "(?:[ \\t]*\\\\[A-Za-z]+\\*?" + ARGUMENT + "*[ \\t]*)+(?:\\n(?:[ \\t]*\\\\[A-Za-z]+\\*?" + ARGUMENT + "*[ \\t]*)+)*");

    @Override
    public Node process(Node document) {
        for (Paragraph paragraph : Paragraphs.of(document)) {
            String text = plainText(paragraph);
            if (text != null && COMMANDS.matcher(text).matches()) {
                RawBlock raw = new RawBlock("latex", text + "\n");
                raw.setSourceSpans(paragraph.getSourceSpans());
                paragraph.insertBefore(raw);
                paragraph.unlink();
            }
        }
        return document;
    }

    /** The paragraph's text with line feeds between lines, or null if it holds anything but text. */
    private static String plainText(Paragraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                text.append('\n');
            } else {
                return null;
            }
        }
        return text.toString();
    }
}
