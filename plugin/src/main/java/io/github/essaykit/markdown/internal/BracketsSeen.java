package io.github.essaykit.markdown.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * Remembers, per document, the bracket pairs the parser met that became nothing else (by line,
 * text and label), and changes nothing: once brackets are text, {@code [x]} and an escaped
 * {@code \[x\]} read alike. {@link HeadingReferencePostProcessor} links only brackets seen here.
 * One instance serves every parse of a parser, on any thread.
 */
public final class BracketsSeen implements LinkProcessor {

    private final Map<Node, Set<String>> byDocument = new WeakHashMap<>();

    @Override
    public LinkResult process(LinkInfo linkInfo, Scanner scanner, InlineParserContext context) {
        if (linkInfo.marker() == null && linkInfo.destination() == null && linkInfo.openingBracket() != null) {
            Node root = linkInfo.openingBracket();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            String key = key(line(linkInfo.openingBracket()), linkInfo.text(), linkInfo.label());
            synchronized (byDocument) {
                byDocument.computeIfAbsent(root, d -> new HashSet<>()).add(key);
            }
        }
        return LinkResult.none();
    }

    /** The brackets seen in {@code document}, forgotten here. */
    Set<String> take(Node document) {
        synchronized (byDocument) {
            Set<String> seen = byDocument.remove(document);
            return seen == null ? Set.of() : seen;
        }
    }

    static String key(int line, String text, String label) {
        return line + "\u0000" + text + "\u0000" + (label == null ? "" : label);
    }

    static int line(Node node) {
        var spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
    }

}
