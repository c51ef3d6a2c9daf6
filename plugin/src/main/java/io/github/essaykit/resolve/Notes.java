package io.github.essaykit.resolve;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * An essay's notes in reading order. Each note is numbered by its first reference; {@code body}
 * is the node whose children are the note's content (a footnote definition or an inline note),
 * {@code references} how many markers point at it.
 */
public record Notes(List<Note> inOrder, Map<String, Note> byLabel, Map<Node, Note> byNode) {

    public record Note(int number, Node body, int references) {

        public String id() {
            return "fn-" + number;
        }

        /** The id of the k-th marker (1-based) of this note. */
        public String referenceId(int k) {
            return "fnref-" + number + (k == 1 ? "" : "-" + k);
        }
    }

    public Notes {
        inOrder = List.copyOf(inOrder);
        byLabel = Map.copyOf(byLabel);
        IdentityHashMap<Node, Note> nodes = new IdentityHashMap<>(byNode);
        byNode = java.util.Collections.unmodifiableMap(nodes);
    }

    public Note forLabel(String label) {
        return byLabel.get(label);
    }

    public Note forNode(Node node) {
        return byNode.get(node);
    }
}
