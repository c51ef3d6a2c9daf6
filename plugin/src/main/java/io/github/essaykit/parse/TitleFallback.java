package io.github.essaykit.parse;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.SourcePosition;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * An essay without a {@code title}: as Quarto does (and pandoc with
 * {@code --shift-heading-level-by=-1}), a {@code #} heading that comes before any other heading
 * becomes the title and leaves the body; otherwise the file name is the title. Either way a
 * warning names the file, since the author may have forgotten the field.
 */
final class TitleFallback {

    private TitleFallback() {}

    /** The title to use; unlinks the heading it took from {@code document}, which the parse stage owns still. */
    static String take(Document document, SourceFile file, List<Diagnostic> diagnostics) {
        Heading first = null;
        for (Node node = document.getFirstChild(); node != null && first == null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                first = heading;
            }
        }
        if (first != null && first.getLevel() == 1) {
            String title = plainText(first).strip();
            if (!title.isEmpty()) {
                SourcePosition at = SourcePosition.of(first);
                first.unlink();
                diagnostics.add(Diagnostic.warning(file.relative(), at.line(), at.column(), "no 'title' in the front matter, so the"
                        + " first heading '" + title + "' is the title (and leaves the body); add 'title: \"...\"' to choose it"));
                return title;
            }
        }
        String name = file.slug().substring(file.slug().lastIndexOf('/') + 1);
        diagnostics.add(Diagnostic.warning(file.relative(), 1, 1, "no 'title' in the front matter and no '#' heading before"
                + " the others, so the file name '" + name + "' is the title; add 'title: \"...\"' to the front matter"));
        return name;
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                text.append(' ');
            } else {
                text.append(plainText(child));
            }
        }
        return text.toString();
    }
}
