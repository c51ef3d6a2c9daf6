package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.markdown.RawBlock;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.ParsedEssay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;

/**
 * Raw content for other formats ({@code ```{=latex}}, {@code \newpage}) is left out of the page:
 * one warning per essay, at the first such block, counting the rest, so a LaTeX-heavy essay
 * does not bury the build's other messages.
 */
final class RawBlockWarning {

    private RawBlockWarning() {}

    static Optional<Diagnostic> of(ParsedEssay essay) {
        List<RawBlock> raw = new ArrayList<>();
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof RawBlock r) {
                    raw.add(r);
                }
                visitChildren(block);
            }
        });
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Set<String> formats = new LinkedHashSet<>();
        raw.forEach(r -> formats.add(r.format()));
        RawBlock first = raw.get(0);
        SourcePosition at = SourcePosition.of(first);
        String what = "raw " + first.format() + " ('" + firstLine(first.content()) + "')";
        String rest = raw.size() == 1 ? "" : " (and " + (raw.size() - 1) + " more raw block" + (raw.size() == 2 ? "" : "s")
                + " for " + String.join(", ", formats) + " in this essay)";
        return Optional.of(Diagnostic.warning(essay.file().relative(), at.line(), at.column(),
                what + " is for another output format and is left out of the web page" + rest
                        + "; remove it, or write it as ```{=html} if the page should show it"));
    }

    private static String firstLine(String content) {
        String line = content.strip().lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
