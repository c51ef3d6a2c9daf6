package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.CalloutTitle;
import io.github.essaykit.markdown.DivCaption;
import io.github.essaykit.markdown.FencedDiv;
import io.github.essaykit.markdown.Figure;
import io.github.essaykit.markdown.HeadingLabel;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Gives fenced divs their Quarto meaning. A callout's title comes from {@code title="…"} or else
 * from a heading it starts with, which moves into a {@link CalloutTitle} (so it is not a section
 * of the essay). A {@code #fig-…}/{@code #tbl-…} div's last paragraph becomes its {@link
 * DivCaption}, and an image inside is an image, not a figure of its own. Runs after {@link
 * LabelPostProcessor}.
 */
public final class FencedDivPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<FencedDiv> divs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FencedDiv div) {
                    divs.add(div);
                }
                visitChildren(block);
            }
        });
        for (FencedDiv div : divs) {
            if (div.callout().isPresent()) {
                title(div);
            }
            if (div.isFloat()) {
                caption(div);
            }
        }
        return document;
    }

    private static void title(FencedDiv div) {
        CalloutTitle title = new CalloutTitle();
        String attribute = div.attributes().get("title").orElse("");
        if (!attribute.isBlank()) {
            title.appendChild(new Text(attribute.strip()));
        } else if (div.getFirstChild() instanceof Heading heading) {
            title.setSourceSpans(heading.getSourceSpans());
            Paragraphs.moveChildren(heading, title);
            heading.unlink();
            for (Node child = title.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                if (child instanceof HeadingLabel) {
                    child.unlink();
                }
                child = next;
            }
        } else {
            return;
        }
        div.prependChild(title);
    }

    private static void caption(FencedDiv div) {
        for (Node child = div.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Figure figure && figure.label().isEmpty()) {
                child = unwrap(figure);
            }
        }
        if (div.getLastChild() instanceof Paragraph last && last.getPrevious() != null) {
            DivCaption caption = new DivCaption();
            caption.setSourceSpans(last.getSourceSpans());
            Paragraphs.moveChildren(last, caption);
            last.insertBefore(caption);
            last.unlink();
        }
    }

    /** Turns an unlabelled figure back into the paragraph with an image it was parsed from. */
    private static Node unwrap(Figure figure) {
        Image image = new Image(figure.destination(), figure.title().isEmpty() ? null : figure.title());
        Paragraphs.moveChildren(figure, image);
        Paragraph paragraph = new Paragraph();
        paragraph.setSourceSpans(figure.getSourceSpans());
        paragraph.appendChild(image);
        figure.insertBefore(paragraph);
        figure.unlink();
        return paragraph;
    }
}
