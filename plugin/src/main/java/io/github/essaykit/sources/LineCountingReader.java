package io.github.essaykit.sources;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader over CSL-JSON text that knows the line and column of what it has handed out
 * (1-based) and, following the JSON structure as it goes, the line of each item (of its
 * {@code "id"}, else of its brace): every object at the top level or directly in the top-level
 * array. One pass, so finding the lines of n items
 * costs nothing extra; it also refuses nesting deeper than {@link #MAX_DEPTH}, which would
 * overflow the stack of citeproc-java's recursive JSON parser.
 */
final class LineCountingReader extends Reader {

    /** Deepest nesting of arrays and objects read; a CSL item needs about 4. */
    static final int MAX_DEPTH = 100;

    private final String text;
    private final List<Integer> itemLines = new ArrayList<>();
    private int position;
    private int line = 1;
    private int column = 1;
    private int depth;
    private boolean topArray;
    private boolean inString;
    private boolean escaped;
    /** The text of a string directly in an item (a key, maybe "id"), else null. */
    private StringBuilder itemString;
    private int stringLine;
    /** The line of an item-level string "id" just read, till the next character says if it is a key. */
    private int idLine;

    LineCountingReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
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
        follow(c);
        buffer[offset] = c;
        return 1;
    }

    private void follow(char c) throws IOException {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                idLine = itemString != null && itemString.toString().equals("id") ? stringLine : 0;
                itemString = null;
                return;
            }
            if (itemString != null && itemString.length() < 3) {
                itemString.append(c);
            }
            return;
        }
        if (idLine > 0 && !Character.isWhitespace(c)) {
            if (c == ':' && !itemLines.isEmpty()) {
                itemLines.set(itemLines.size() - 1, idLine); // an item's line is the line of its id
            }
            idLine = 0;
        }
        if (c == '"') {
            inString = true;
            boolean inItem = depth == (topArray ? 2 : 1);
            itemString = inItem ? new StringBuilder(3) : null;
            stringLine = line;
        } else if (c == '{' || c == '[') {
            if (depth == 0 && c == '[') {
                topArray = true;
            }
            if (c == '{' && (depth == 0 || depth == 1 && topArray)) {
                itemLines.add(line);
            }
            if (++depth > MAX_DEPTH) {
                throw new IOException("arrays and objects are nested more than " + MAX_DEPTH
                        + " levels deep here; essaykit reads no deeper");
            }
        } else if (c == '}' || c == ']') {
            depth = Math.max(0, depth - 1);
        }
    }

    int line() {
        return line;
    }

    int column() {
        return Math.max(1, column - 1);
    }

    /** The line of each item object read so far, in order. */
    List<Integer> itemLines() {
        return itemLines;
    }

    @Override
    public void close() {}
}
