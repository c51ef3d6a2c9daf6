package io.github.essaykit.resolve;

import io.github.essaykit.markdown.Citation;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * An essay's notes in reading order. Each note is numbered by its first reference; {@code body}
 * is the node whose children are the note's content (a footnote definition or an inline note,
 * or, with a note style, the citation that makes the note), {@code references} how many
 * markers point at it. Also the essay's citations in reading order: a note's citations are
 * read where its marker stands, as pandoc does.
 */
public record Notes(List<Note> inOrder, Map<String, Note> byLabel, Map<Node, Note> byNode, List<CitationPlace> citations) {

    /** A citation in reading order, and the note it is written in (null in the text). */
    public record CitationPlace(Citation citation, Note inNote) {}

    public record Note(int number, Node body, int references) {

        public String id() {
            return PageIds.note(number);
        }

        /** The id of the k-th marker (1-based) of this note. */
        public String referenceId(int k) {
            return PageIds.noteMarker(number, k);
        }
    }

    public Notes {
        inOrder = List.copyOf(inOrder);
        byLabel = Map.copyOf(byLabel);
        IdentityHashMap<Node, Note> nodes = new IdentityHashMap<>(byNode);
        byNode = java.util.Collections.unmodifiableMap(nodes);
        citations = List.copyOf(citations);
    }

    public Note forLabel(String label) {
        return byLabel.get(label);
    }

    public Note forNode(Node node) {
        return byNode.get(node);
    }
}
