package io.github.essaykit.parse;

import io.github.essaykit.diagnostic.Diagnostic;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** Diagnostics at a YAML node's place in the essay file (the YAML starts on the file's line 2). */
final class NodeProblems {

    private final String file;
    private final List<Diagnostic> diagnostics;

    NodeProblems(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    String file() {
        return file;
    }

    int count() {
        return diagnostics.size();
    }

    void error(Node node, String message) {
        error(line(node), column(node), message);
    }

    void error(int line, int column, String message) {
        diagnostics.add(Diagnostic.error(file, line, column, message));
    }

    void warning(Node node, String message) {
        warning(line(node), column(node), message);
    }

    void warning(int line, int column, String message) {
        diagnostics.add(Diagnostic.warning(file, line, column, message));
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 2).orElse(1);
    }

    static int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }
}
