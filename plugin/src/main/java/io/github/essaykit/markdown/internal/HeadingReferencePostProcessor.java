package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.HeadingReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * pandoc's implicit heading references: brackets the parser left as text, because no link
 * reference definition has their label ({@code [Heading text]}, {@code [Heading text][]}, {@code
 * [words][Heading text]}), become a {@link HeadingReference} when a heading of the essay has that
 * text, compared as link labels are (case and runs of white space ignored); the first such
 * heading, as in pandoc. Brackets that name no heading stay text, and so do escaped ones
 * ({@code \[x\]}), which the parser never took for brackets ({@link BracketsSeen}). Runs after the
 * heading labels are taken off, on plain text only.
 */
public final class HeadingReferencePostProcessor implements PostProcessor {

    private final BracketsSeen seen;

    /** @param seen the link processor registered with the same parser */
    public HeadingReferencePostProcessor(BracketsSeen seen) {
        this.seen = seen;
    }

    private static final Pattern BRACKETS = Pattern.compile("(?<![!\\]])\\[([^\\[\\]\\n]+)](?:\\[([^\\[\\]\\n]*)])?(?![(\\[{])");
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    @Override
    public Node process(Node document) {
        Set<String> brackets = seen.take(document);
        Map<String, Heading> headings = new LinkedHashMap<>();
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                    text.append(PLAIN.render(child));
                }
                headings.putIfAbsent(normal(text.toString()), heading);
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                // no link inside a link
            }

            @Override
            public void visit(Image image) {
                // an image's description is its alternative text
            }

            @Override
            public void visit(Text text) {
                if (text.getLiteral().indexOf('[') >= 0) {
                    texts.add(text);
                }
            }
        });
        if (!headings.isEmpty() && !brackets.isEmpty()) {
            texts.forEach(text -> link(text, headings, brackets));
        }
        return document;
    }

    private static void link(Text text, Map<String, Heading> headings, Set<String> brackets) {
        String literal = text.getLiteral();
        Matcher m = BRACKETS.matcher(literal);
        int done = 0;
        Node last = text;
        while (m.find()) {
            String label = m.group(2) == null || m.group(2).isBlank() ? m.group(1) : m.group(2);
            Heading target = headings.get(normal(label));
            if (target == null || isInside(text, target)
                    || !brackets.contains(BracketsSeen.key(BracketsSeen.line(text), m.group(1), m.group(2)))) {
                continue;
            }
            if (m.start() > done) {
                last = insertAfter(last, new Text(literal.substring(done, m.start())));
            }
            HeadingReference reference = new HeadingReference(target);
            reference.appendChild(new Text(m.group(1)));
            last = insertAfter(last, reference);
            done = m.end();
        }
        if (done == 0) {
            return;
        }
        if (done < literal.length()) {
            insertAfter(last, new Text(literal.substring(done)));
        }
        text.unlink();
    }

    private static Node insertAfter(Node after, Node node) {
        after.insertAfter(node);
        return node;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A link label as CommonMark and pandoc compare them. */
    private static String normal(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
