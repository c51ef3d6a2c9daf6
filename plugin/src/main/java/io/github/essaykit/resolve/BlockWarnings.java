package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.markdown.FencedDiv;
import io.github.essaykit.markdown.RawBlock;
import io.github.essaykit.markdown.RawInline;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.ParsedEssay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Warnings about pandoc blocks. Raw content for other formats ({@code ```{=latex}}, {@code
 * \newpage}) is left out of the page: one warning per essay, at the first such block, counting
 * the rest, so a LaTeX-heavy essay does not bury the build's other messages. A fenced div never
 * closed runs to the end of what holds it (pandoc shows it as text instead): a warning each. So
 * does a paragraph that starts as a pandoc grid table's border ({@code +----+:===+}, its dashes
 * already smart punctuation), a table kind essaykit does not read.
 */
final class BlockWarnings {

    private static final java.util.regex.Pattern GRID_TABLE_BORDER =
            java.util.regex.Pattern.compile("\\+[-=:\u2013\u2014]{3,}[-=:\u2013\u2014+]*\\+");

    private BlockWarnings() {}

    static List<Diagnostic> of(ParsedEssay essay) {
        List<Raw> raw = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        String file = essay.file().relative();
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof RawBlock r) {
                    raw.add(new Raw(r.format(), r.content(), SourcePosition.of(r)));
                } else if (block instanceof FencedDiv div && !div.isClosed()) {
                    SourcePosition at = SourcePosition.of(div);
                    warnings.add(Diagnostic.warning(file, at.line(), at.column(), "this fenced div is never closed, so it"
                            + " runs to the end of " + (div.getParent() instanceof Document ? "the essay" : "the block holding it")
                            + "; end it with a line ':::'"));
                }
                visitChildren(block);
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (paragraph.getFirstChild() instanceof Text text && GRID_TABLE_BORDER.matcher(text.getLiteral()).lookingAt()) {
                    SourcePosition at = SourcePosition.of(paragraph);
                    warnings.add(Diagnostic.warning(file, at.line(), at.column(), "this looks like a pandoc grid table"
                            + " (+---+ borders), which essaykit does not read: it shows as a paragraph of text; write it as a"
                            + " pipe table ('| a | b |', then '|---|---|')"));
                }
                visitChildren(paragraph);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof RawInline r) {
                    raw.add(new Raw(r.format(), r.content(), SourcePosition.of(r)));
                }
                visitChildren(node);
            }
        });
        raw.sort(java.util.Comparator.comparingInt(Raw::line).thenComparingInt(Raw::column));
        raw(essay, raw).ifPresent(warnings::add);
        return warnings;
    }

    /** Raw content for another format, block or inline, where the author wrote it. */
    private record Raw(String format, String content, SourcePosition at) {
        int line() {
            return at.line();
        }

        int column() {
            return at.column();
        }
    }

    private static Optional<Diagnostic> raw(ParsedEssay essay, List<Raw> raw) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Set<String> formats = new LinkedHashSet<>();
        raw.forEach(r -> formats.add(r.format()));
        Raw first = raw.get(0);
        SourcePosition at = first.at();
        String what = "raw " + first.format() + " ('" + firstLine(first.content()) + "')";
        String rest = raw.size() == 1 ? "" : " (and " + (raw.size() - 1) + " more raw piece" + (raw.size() == 2 ? "" : "s")
                + " for " + String.join(", ", formats) + " in this essay)";
        return Optional.of(Diagnostic.warning(essay.file().relative(), at.line(), at.column(),
                what + " is for another output format and is left out of the web page" + rest
                        + "; keep it if the essay is also typeset by LaTeX, else remove it (or write ```{=html} for the web)"));
    }

    private static String firstLine(String content) {
        String line = content.strip().lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
