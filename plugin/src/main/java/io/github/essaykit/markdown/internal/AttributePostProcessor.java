package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.InlineAttributes;
import io.github.essaykit.markdown.RawInline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Gives each attribute block written right after a code span, link or image to it (as its
 * {@link InlineAttributes}); every other one goes back to the text it was written as (a
 * heading's or a caption's trailing block is read from that text by the label post-processor).
 * A code span with a raw attribute, pandoc's {@code `<b>x</b>`{=html}}, is raw HTML (cleaned as
 * any), and for another format ({@code `.PP`{=ms}}) a {@link RawInline}.
 */
final class AttributePostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<PendingAttributes> pending = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof PendingAttributes attributes) {
                    pending.add(attributes);
                }
                visitChildren(node);
            }
        });
        Set<Node> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PendingAttributes block : pending) {
            Node owner = block.getPrevious();
            boolean attachable = owner instanceof Code || owner instanceof Link || owner instanceof Image;
            if (attachable && !(owner.getLastChild() instanceof InlineAttributes)) {
                InlineAttributes attributes = new InlineAttributes(block.attributes);
                attributes.setSourceSpans(block.getSourceSpans());
                block.unlink();
                owner.appendChild(attributes);
            } else {
                parents.add(block.getParent());
                TextEdits.replaceWithText(block, block.raw);
            }
        }
        parents.forEach(TextEdits::mergeAdjacent);
        rawCodeSpans(document);
        return document;
    }

    private static final Pattern RAW = Pattern.compile("\\{=([A-Za-z][A-Za-z0-9_+-]*)}");

    private static void rawCodeSpans(Node document) {
        List<Code> codes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                codes.add(code);
            }
        });
        for (Code code : codes) {
            if (!(code.getNext() instanceof Text after)) {
                continue;
            }
            Matcher m = RAW.matcher(after.getLiteral());
            if (!m.lookingAt()) {
                continue;
            }
            String format = m.group(1).toLowerCase(Locale.ROOT);
            Node raw;
            if (format.equals("html") || format.equals("html5")) {
                HtmlInline html = new HtmlInline();
                html.setLiteral(code.getLiteral());
                raw = html;
            } else {
                raw = new RawInline(format, code.getLiteral());
            }
            raw.setSourceSpans(code.getSourceSpans());
            code.insertBefore(raw);
            code.unlink();
            if (m.end() == after.getLiteral().length()) {
                after.unlink();
            } else {
                after.setLiteral(after.getLiteral().substring(m.end()));
            }
        }
    }
}
