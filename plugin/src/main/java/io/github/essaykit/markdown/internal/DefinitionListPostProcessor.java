package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.DefinitionDescription;
import io.github.essaykit.markdown.DefinitionList;
import io.github.essaykit.markdown.DefinitionTerm;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.PostProcessor;

/**
 * Gathers the {@link DefinitionDescription}s that {@link DefinitionParser} found, with the
 * one-line paragraph before each group (its term), into {@link DefinitionList}s: consecutive
 * terms and definitions make one list, as in pandoc.
 */
public final class DefinitionListPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<DefinitionDescription> descriptions = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof DefinitionDescription description) {
                    descriptions.add(description);
                }
                visitChildren(block);
            }
        });
        for (DefinitionDescription description : descriptions) {
            if (!(description.getParent() instanceof DefinitionList)) {
                gather(description);
            }
        }
        return document;
    }

    /** Makes the list that starts at the term before {@code first} and runs as far as terms and definitions alternate. */
    private static void gather(DefinitionDescription first) {
        Node start = first.getPrevious() instanceof Paragraph term ? term : first;
        DefinitionList list = new DefinitionList();
        start.insertBefore(list);
        List<SourceSpan> spans = new ArrayList<>();
        Node node = start;
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof Paragraph paragraph && next instanceof DefinitionDescription) {
                DefinitionTerm term = new DefinitionTerm();
                term.setSourceSpans(paragraph.getSourceSpans());
                Paragraphs.moveChildren(paragraph, term);
                paragraph.unlink();
                list.appendChild(term);
            } else if (node instanceof DefinitionDescription) {
                list.appendChild(node);
            } else {
                break;
            }
            spans.addAll(node.getSourceSpans());
            node = next;
        }
        list.setSourceSpans(spans);
    }
}
