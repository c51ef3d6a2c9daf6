package io.github.essaykit.parse;

import com.google.common.base.Suppliers;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.InputText;
import io.github.essaykit.discover.SourceFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import io.github.essaykit.markdown.FrontMatterAbstract;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Parse stage: front matter and Markdown of one essay. Stateless and thread-safe (CommonMark's
 * {@link Parser} is), so essays can be parsed in parallel.
 */
public final class EssayParser {

    private final Supplier<Parser> markdown;
    private final Charset encoding;

    public EssayParser(Parser markdown, Charset encoding) {
        this(() -> markdown, encoding);
    }

    /**
     * A parser whose Markdown parser is made by {@code markdown} when the first essay is parsed:
     * a build after one edit parses one essay, on a worker thread, and reads only front matter
     * (which needs none) on the main one; making it took the main thread 22 ms.
     */
    public EssayParser(Supplier<Parser> markdown, Charset encoding) {
        this.markdown = Suppliers.memoize(markdown::get);
        this.encoding = encoding;
    }

    /** A parsed essay, or only diagnostics when the file cannot be read. */
    public record Result(ParsedEssay essay, Diagnostics diagnostics) {}

    public Result parse(SourceFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            return new Result(null, Diagnostics.of(List.of(InputText.cannotRead(file.relative(), e))));
        }
        return parse(file, bytes);
    }

    /** Parses the bytes of {@code file} as already read (by a {@link ParseCache}, say). */
    public Result parse(SourceFile file, byte[] bytes) {
        InputText.Read read = InputText.decode(bytes, file.relative(), encoding, InputText.SET_ENCODING);
        if (!read.ok()) {
            return new Result(null, Diagnostics.of(List.of(read.problem())));
        }
        return parse(file, read.text(), new ArrayList<>());
    }

    /**
     * The essay's file and front matter, its Markdown left unparsed ({@link ParsedEssay#withoutDocument}),
     * or null when its bytes cannot be decoded. Its problems are {@link #parse}'s to report; a
     * title left out of the front matter is still blank here.
     */
    public ParsedEssay frontMatter(SourceFile file, byte[] bytes) {
        InputText.Read read = InputText.decode(bytes, file.relative(), encoding, InputText.SET_ENCODING);
        if (!read.ok()) {
            return null;
        }
        FrontMatterBlock block = FrontMatterBlock.split(InputText.normalize(read.text()));
        return new ParsedEssay(file, new FrontMatterParser(file.relative(), new ArrayList<>()).parse(block.yaml()), null);
    }

    /** Parses decoded text; any line endings, as {@link InputText#normalize} makes them LF. */
    public Result parse(SourceFile file, String text, List<Diagnostic> diagnostics) {
        text = InputText.normalize(text);
        int before = diagnostics.size();
        FrontMatterBlock block = FrontMatterBlock.split(text);
        if (block.unclosed()) {
            diagnostics.add(Diagnostic.error(file.relative(), 1, 1,
                    "the front matter opened on line 1 is never closed; end it with a line '---'"));
        }
        if (text.isBlank()) {
            diagnostics.add(Diagnostic.error(file.relative(), 1, 1,
                    "the essay is empty; start it with the three lines '---', 'title: \"My essay\"', '---'"));
        }
        FrontMatter meta = new FrontMatterParser(file.relative(), diagnostics).parse(block.yaml());
        MetadataBlocks.Result later = MetadataBlocks.blank(block.body());
        for (MetadataBlocks.Block metadata : later.blocks()) {
            List<String> read = metadata.fields().stream().filter(FrontMatterKeys.READ::contains).toList();
            if (!read.isEmpty()) {
                diagnostics.add(Diagnostic.warning(file.relative(), metadata.line(), 1, "this YAML metadata block after the"
                        + " front matter is left out of the page, and its " + String.join(", ", read)
                        + " is not read: essaykit reads fields from the front matter only; move it there"));
            }
        }
        Document document = (Document) markdown.get().parse(later.body());
        if (meta.title().isBlank() && !text.isBlank()) {
            // after a front matter error the title would be one more consequence, not a finding
            meta = meta.withTitle(TitleFallback.take(document, file,
                    diagnostics.size() == before ? diagnostics : new ArrayList<>()));
        }
        if (meta.summary().isEmpty() && !meta.abstractText().isEmpty()) {
            meta = meta.withSummary(AbstractText.plain(meta.abstractText()));
        }
        if (!meta.abstractText().isEmpty()) {
            document.prependChild(abstractBlock(meta));
        }
        ParsedEssay essay = new ParsedEssay(file, meta, document);
        return new Result(essay, Diagnostics.of(diagnostics));
    }

    /** The abstract parsed as the essay is, its lines numbered as in the file (its columns as in the YAML text). */
    private FrontMatterAbstract abstractBlock(FrontMatter meta) {
        Node parsed = markdown.get().parse("\n".repeat(Math.max(0, meta.abstractLine() - 1)) + meta.abstractText());
        FrontMatterAbstract block = new FrontMatterAbstract();
        for (Node child = parsed.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            block.appendChild(child);
            child = next;
        }
        return block;
    }

    public Charset encoding() {
        return encoding;
    }
}
