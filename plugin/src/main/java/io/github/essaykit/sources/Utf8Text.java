package io.github.essaykit.sources;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A source file's bytes as UTF-8 text, or where the first byte that is not UTF-8 is (1-based). */
final class Utf8Text {

    /** Not UTF-8: the line and column of the first bad byte, and the byte. */
    static final class NotUtf8 extends Exception {
        final int line;
        final int column;
        final int badByte;

        NotUtf8(int line, int column, int badByte) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
            this.badByte = badByte;
        }
    }

    private Utf8Text() {}

    static String decode(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // the column counts characters, as an editor shows them
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new NotUtf8(line, column, bytes[bad] & 0xff);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String describe(NotUtf8 e) {
        return "the file is not UTF-8 (byte 0x" + String.format("%02X", e.badByte)
                + " here; Latin-1 or Windows-1252?): save it as UTF-8, e.g. iconv -f latin1 -t utf-8";
    }
}
