package io.github.essaykit.template;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}, for one page. {@link java.io.StringWriter}
 * appends through a synchronized {@link StringBuffer}, which takes its lock for each of the
 * thousands of pieces Mustache writes into a page (a lock of its own without biased locking),
 * and starts at 16 characters, so a 60 KB page was copied a dozen times as it grew: together
 * about a third of a page's template time.
 */
final class PageWriter extends Writer {

    private final StringBuilder text;

    /** @param capacity how many characters the page is expected to have */
    PageWriter(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public Writer append(CharSequence chars, int start, int end) {
        text.append(chars, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
