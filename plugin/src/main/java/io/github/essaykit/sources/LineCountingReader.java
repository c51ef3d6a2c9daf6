package io.github.essaykit.sources;

import java.io.Reader;

/** A reader over a string that knows the line and column of what it has handed out (1-based). */
final class LineCountingReader extends Reader {

    private final String text;
    private int position;
    private int line = 1;
    private int column = 1;

    LineCountingReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (position >= text.length()) {
            return -1;
        }
        // one character at a time, so the position is where the parser stopped
        char c = text.charAt(position++);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        buffer[offset] = c;
        return 1;
    }

    int line() {
        return line;
    }

    int column() {
        return Math.max(1, column - 1);
    }

    @Override
    public void close() {}
}
