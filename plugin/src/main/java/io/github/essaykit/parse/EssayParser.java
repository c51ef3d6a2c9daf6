package io.github.essaykit.parse;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.SourceFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.parser.Parser;

/**
 * Parse stage: front matter and Markdown of one essay. Stateless and thread-safe (CommonMark's
 * {@link Parser} is), so essays can be parsed in parallel.
 */
public final class EssayParser {

    private final Parser markdown;
    private final Charset encoding;

    public EssayParser(Parser markdown, Charset encoding) {
        this.markdown = markdown;
        this.encoding = encoding;
    }

    /** A parsed essay, or only diagnostics when the file cannot be read. */
    public record Result(ParsedEssay essay, Diagnostics diagnostics) {}

    public Result parse(SourceFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            return new Result(null, Diagnostics.of(List.of(
                    Diagnostic.error(file.relative(), 0, 0, "cannot read the file: " + e.getMessage()))));
        }
        return parse(file, bytes);
    }

    /** Parses the bytes of {@code file} as already read (by a {@link ParseCache}, say). */
    public Result parse(SourceFile file, byte[] bytes) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.error(file.relative(), 1, 0, "not valid " + encoding.name()
                    + " text; save the file as " + encoding.name() + " or set project.build.sourceEncoding"));
            return new Result(null, Diagnostics.of(diagnostics));
        }
        return parse(file, text, diagnostics);
    }

    public Result parse(SourceFile file, String text, List<Diagnostic> diagnostics) {
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        FrontMatterBlock block = FrontMatterBlock.split(text);
        if (block.unclosed()) {
            diagnostics.add(Diagnostic.error(file.relative(), 1, 1,
                    "the front matter opened on line 1 is never closed; end it with a line '---'"));
        }
        FrontMatter meta = new FrontMatterParser(file.relative(), diagnostics).parse(block.yaml());
        ParsedEssay essay = new ParsedEssay(file, meta, markdown.parse(block.body()));
        return new Result(essay, Diagnostics.of(diagnostics));
    }

    public Charset encoding() {
        return encoding;
    }

    private String decode(byte[] bytes) throws CharacterCodingException {
        return encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
