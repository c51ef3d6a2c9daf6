package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.CodeChunk;
import io.github.essaykit.markdown.RawBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Fenced code whose info string is in braces: {@code ```{=html}} becomes an {@link HtmlBlock}
 * (cleaned later like any raw HTML), {@code ```{=latex}} and other formats a {@link RawBlock};
 * {@code ```{r}}, {@code ```{python echo=false}}, {@code ```{r label, fig.cap="…"}} a {@link
 * CodeChunk}, its leading {@code #| key: value} lines read as options and taken out of the code.
 * Attribute forms ({@code ```{.python #id}}) are left for the attributes syntax.
 */
public final class FencedCodePostProcessor implements PostProcessor {

    private static final Pattern RAW = Pattern.compile("\\{=([A-Za-z][A-Za-z0-9_+-]*)}");
    private static final Pattern CHUNK = Pattern.compile("\\{[ \\t]*([A-Za-z][A-Za-z0-9_+-]*)(?:[ \\t,]+(.*?))?[ \\t]*}");
    private static final Pattern OPTION_LINE = Pattern.compile("^(?:#|//|--)\\|[ \\t]?(.*)$");
    private static final Pattern OPTION = Pattern.compile("^([A-Za-z][\\w.-]*)[ \\t]*:[ \\t]*(.*?)[ \\t]*$");

    @Override
    public Node process(Node document) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                blocks.add(block);
            }
        });
        for (FencedCodeBlock block : blocks) {
            Block replacement = replacement(block);
            if (replacement != null) {
                replacement.setSourceSpans(block.getSourceSpans());
                block.insertBefore(replacement);
                block.unlink();
            }
        }
        return document;
    }

    private static Block replacement(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        Matcher raw = RAW.matcher(info);
        if (raw.matches()) {
            String format = raw.group(1).toLowerCase(Locale.ROOT);
            if (format.equals("html") || format.equals("html5")) {
                HtmlBlock html = new HtmlBlock();
                html.setLiteral(block.getLiteral());
                return html;
            }
            return new RawBlock(format, block.getLiteral());
        }
        Matcher chunk = CHUNK.matcher(info);
        if (!chunk.matches()) {
            return null;
        }
        Map<String, String> options = headerOptions(chunk.group(2) == null ? "" : chunk.group(2));
        String[] lines = block.getLiteral().split("\n", -1);
        int first = 0;
        while (first < lines.length - 1) {
            Matcher line = OPTION_LINE.matcher(lines[first]);
            if (!line.matches()) {
                break;
            }
            Matcher option = OPTION.matcher(line.group(1));
            if (option.matches()) {
                options.put(name(option.group(1)), unquoted(option.group(2)));
            }
            first++;
        }
        String code = String.join("\n", List.of(lines).subList(first, lines.length));
        return new CodeChunk(chunk.group(1), code, options);
    }

    /** R Markdown's header, {@code label, echo=FALSE, fig.cap="A plot"}: a bare first word is the label. */
    private static Map<String, String> headerOptions(String header) {
        Map<String, String> options = new LinkedHashMap<>();
        int i = 0;
        int n = header.length();
        boolean firstToken = true;
        while (i < n) {
            while (i < n && (header.charAt(i) == ',' || Character.isWhitespace(header.charAt(i)))) {
                i++;
            }
            int start = i;
            while (i < n && header.charAt(i) != '=' && header.charAt(i) != ',' && !Character.isWhitespace(header.charAt(i))) {
                i++;
            }
            String key = header.substring(start, i);
            while (i < n && Character.isWhitespace(header.charAt(i))) {
                i++;
            }
            if (i < n && header.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(header.charAt(i))) {
                    i++;
                }
                int valueStart = i;
                if (i < n && (header.charAt(i) == '"' || header.charAt(i) == '\'')) {
                    char quote = header.charAt(i++);
                    while (i < n && header.charAt(i) != quote) {
                        i += header.charAt(i) == '\\' ? 2 : 1;
                    }
                    i = Math.min(i + 1, n);
                } else {
                    while (i < n && header.charAt(i) != ',' && !Character.isWhitespace(header.charAt(i))) {
                        i++;
                    }
                }
                options.put(name(key), unquoted(header.substring(valueStart, i)));
            } else if (!key.isEmpty() && firstToken) {
                options.put("label", key);
            }
            firstToken = false;
        }
        return options;
    }

    /** R Markdown writes {@code fig.cap}, Quarto {@code fig-cap}: one name for both. */
    private static String name(String key) {
        return key.replace('.', '-');
    }

    private static String unquoted(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1).replace("\\" + v.charAt(0), String.valueOf(v.charAt(0)));
        }
        return v;
    }
}
