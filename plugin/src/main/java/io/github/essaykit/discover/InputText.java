package io.github.essaykit.discover;

import io.github.essaykit.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * How every text input is read (essays, bibliographies, templates): strictly decoded, so a
 * wrong encoding is an error at the line and column of the first bad byte rather than a
 * replacement character or a position-less "Input length = 1"; then one byte-order mark
 * dropped and CRLF and CR line endings turned into LF, so every later stage counts lines alike.
 */
public final class InputText {

    /** What to do about a bad byte when the encoding is the user's to set (essays). */
    public static final String SET_ENCODING = "save the file as UTF-8, or set project.build.sourceEncoding"
            + " (or -Dessay.encoding=...) to the encoding it is saved in";

    /** What to do about a bad byte when the format is UTF-8 by definition. */
    public static final String SAVE_AS_UTF8 = "save the file as UTF-8";

    private InputText() {}

    /** The text, or the one problem (with its position) that stopped reading it. */
    public record Read(String text, Diagnostic problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Reads {@code path}, named {@code name} in diagnostics; {@code advice} says what to do about
     * a bad byte ({@link #SET_ENCODING} or {@link #SAVE_AS_UTF8}).
     */
    public static Read read(Path path, String name, Charset charset, String advice) {
        if (Files.isDirectory(path)) {
            return new Read(null, Diagnostic.error(name, 0, 0, "cannot read the file: it is a folder where a file is expected"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return new Read(null, cannotRead(name, e));
        }
        return decode(bytes, name, charset, advice);
    }

    public static Read decode(byte[] bytes, String name, Charset charset, String advice) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < out.limit(); i++) {
                char c = out.get(i);
                if (c == '\n' || c == '\r' && (i + 1 >= out.limit() || out.get(i + 1) != '\n')) {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = out.limit() - lineStart + 1;
            String what = result.isMalformed() ? "is not valid " : "cannot be read as ";
            return new Read(null, Diagnostic.error(name, line, column, String.format("byte 0x%02X %s%s text; %s",
                    bytes[in.position()] & 0xFF, what, charset.name(), advice)));
        }
        out.flip();
        return new Read(normalize(out.toString()), null);
    }

    /** Drops a leading byte-order mark and makes every line end in LF. Idempotent. */
    public static String normalize(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.indexOf('\r') < 0) {
            return body;
        }
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** "essays/a.md: error: cannot read the file: permission denied", without a stack trace. */
    public static Diagnostic cannotRead(String name, IOException e) {
        return Diagnostic.error(name, 0, 0, "cannot read the file: " + reason(e));
    }

    /** The operating system's reason, not Java's exception name or the path again. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied; make it readable";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + message.substring(1);
    }
}
