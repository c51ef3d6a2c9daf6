package io.github.essaykit.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/** Test helper: parse with the essay parser and collect nodes of a type in document order. */
final class Nodes {

    private Nodes() {}

    static Node parse(String markdown) {
        return EssayMarkdown.parser().parse(markdown);
    }

    static <T extends Node> List<T> find(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    static <T extends Node> List<T> find(String markdown, Class<T> type) {
        return find(parse(markdown), type);
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, type, found);
        }
    }
}
