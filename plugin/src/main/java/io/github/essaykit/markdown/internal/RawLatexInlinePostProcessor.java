package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.RawInline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * LaTeX commands inside running text, as JOSS papers and R Markdown articles write them for their
 * PDF ({@code …terminology.\label{fig:terms}}, {@code \autoref{fig:terms} shows}): pandoc reads
 * them as raw LaTeX and drops them from HTML. Only a command with a braced argument, or one of the
 * layout commands that take none, is taken: a lone {@code \Users} in a Windows path stays text.
 */
public final class RawLatexInlinePostProcessor implements PostProcessor {

    private static final Pattern COMMAND = Pattern.compile("\\\\(?:[A-Za-z]+\\*?(?:\\[[^\\]\\n]*])*" + RawLatexPostProcessor.BRACED
            + RawLatexPostProcessor.ARGUMENT + "*|(?:newpage|clearpage|pagebreak|linebreak|noindent|hfill|vfill|smallskip|medskip|bigskip|centering)"
            + "(?![A-Za-z]))");

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().indexOf('\\') >= 0) {
                    texts.add(text);
                }
            }
        });
        texts.forEach(RawLatexInlinePostProcessor::split);
        return document;
    }

    /** Replaces each command in the text by a RawInline, keeping the text around it. */
    private static void split(Text text) {
        String literal = text.getLiteral();
        Matcher m = COMMAND.matcher(literal);
        int from = 0;
        boolean found = false;
        while (m.find()) {
            found = true;
            insert(text, literal.substring(from, m.start()), from, null);
            insert(text, m.group(), m.start(), new RawInline("latex", m.group()));
            from = m.end();
        }
        if (found) {
            insert(text, literal.substring(from), from, null);
            text.unlink();
        }
    }

    private static void insert(Text original, String piece, int offset, RawInline raw) {
        if (piece.isEmpty()) {
            return;
        }
        Node node = raw != null ? raw : new Text(piece);
        List<SourceSpan> spans = original.getSourceSpans();
        if (spans.size() == 1 && spans.get(0).getLength() == original.getLiteral().length()) {
            SourceSpan span = spans.get(0);
            node.setSourceSpans(List.of(SourceSpan.of(span.getLineIndex(), span.getColumnIndex() + offset, piece.length())));
        } else {
            node.setSourceSpans(spans); // escapes or entities shifted the text: the text's start is near enough
        }
        original.insertBefore(node);
    }
}
