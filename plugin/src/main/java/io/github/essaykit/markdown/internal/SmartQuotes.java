package io.github.essaykit.markdown.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * pandoc's smart quotes over one run of inline content, as its Markdown reader decides them
 * (2.17, {@code smart}, {@code singleQuoted}, {@code doubleQuoted}): a {@code "} or {@code '}
 * opens a quote unless it follows a word (letters, digits, a dot, or the end of emphasis), is
 * followed by a space, or a quote of its kind is already open; the quote is closed by the first
 * {@code "}, or the first {@code '} not followed by a letter or digit, found by reading on inline
 * by inline; with no close in the run, an opening {@code "} is still “ and a {@code '} is an
 * apostrophe ’. Any other {@code '} is ’ and any other {@code "} is ”. Spaces before a closing
 * quote are dropped, as pandoc trims quoted text.
 *
 * <p>pandoc finds each close by backtracking, which is quadratic on a line of unclosed quotes;
 * here the same decisions are computed right to left ({@code next} and {@code close} for each
 * position and quote context), so each position is looked at a constant number of times.
 */
final class SmartQuotes {

    /** Kinds of token. */
    static final int CHAR = 0;
    static final int QUOTE = 1;
    /** Inline content parsed on its own (code, links, citations); {@link #WORD_END} also ends a word. */
    static final int OPAQUE = 2;
    static final int WORD_END = 3;

    static final int NONE = 0;
    static final int SINGLE = 1;
    static final int DOUBLE = 2;

    private final int[] kinds;
    private final char[] chars;
    private final int n;
    /** next[ctx][q]: where the inline at q ends in context ctx. */
    private final int[][] next = new int[3][];
    /** quoteEnd[ctx][q]: for an opening quote at q, its closing quote, or -1. */
    private final int[][] quoteEnd = new int[3][];
    /** scan[ctx][q]: the first closing position for ctx reached from q inline by inline, or -1. */
    private final int[][] scan = new int[3][];

    /** Result per token: the character to write for a quote, or 0 to delete the token (a trimmed space). */
    private final char[] out;

    /** @param kinds the kind of each token; @param chars the character of CHAR and QUOTE tokens */
    SmartQuotes(int[] kinds, char[] chars) {
        this.kinds = kinds;
        this.chars = chars;
        this.n = kinds.length;
        this.out = chars.clone();
        for (int ctx = 0; ctx < 3; ctx++) {
            next[ctx] = new int[n + 1];
            quoteEnd[ctx] = new int[n + 1];
            scan[ctx] = new int[n + 1];
            next[ctx][n] = n;
            quoteEnd[ctx][n] = -1;
            scan[ctx][n] = -1;
        }
        for (int q = n - 1; q >= 0; q--) {
            for (int ctx = 0; ctx < 3; ctx++) {
                decide(q, ctx);
            }
            for (int ctx = 1; ctx < 3; ctx++) {
                scan[ctx][q] = isEnd(q, ctx) ? q : scan[ctx][next[ctx][q]];
            }
        }
    }

    /** The characters to write, decided for a run read in context {@code context}; 0 marks a dropped space. */
    char[] resolve(int context, int[] contextOfToken) {
        Deque<int[]> open = new ArrayDeque<>();
        int ctx = context;
        Arrays.fill(contextOfToken, context);
        int q = 0;
        while (q < n) {
            if (!open.isEmpty() && open.peek()[0] == q) {
                open.pop();
                ctx = open.isEmpty() ? context : open.peek()[1];
                q++;
                continue;
            }
            contextOfToken[q] = ctx;
            if (kinds[q] == QUOTE) {
                int end = quoteEnd[ctx][q];
                boolean isDouble = chars[q] == '"';
                if (end >= 0) {
                    out[q] = isDouble ? '“' : '‘';
                    out[end] = isDouble ? '”' : '’';
                    for (int k = end - 1; k > q && kinds[k] == CHAR && isSpace(chars[k]); k--) {
                        out[k] = 0;
                    }
                    ctx = isDouble ? DOUBLE : SINGLE;
                    open.push(new int[] {end, ctx});
                } else {
                    out[q] = isDouble ? (opens(q, ctx) ? '“' : '”') : '’';
                }
            }
            q++;
        }
        return out;
    }

    private void decide(int q, int ctx) {
        next[ctx][q] = q + 1;
        quoteEnd[ctx][q] = -1;
        if (kinds[q] != QUOTE || !opens(q, ctx)) {
            return;
        }
        int inner = chars[q] == '"' ? DOUBLE : SINGLE;
        int first = next[inner][q + 1]; // at least one inline inside (many1Till)
        int end = first < n ? scan[inner][first] : -1;
        if (end >= 0) {
            next[ctx][q] = end + 1;
            quoteEnd[ctx][q] = end;
        }
    }

    /** Whether the quote at q may open a quotation in context ctx. */
    private boolean opens(int q, int ctx) {
        int kind = chars[q] == '"' ? DOUBLE : SINGLE;
        if (ctx == kind || afterWord(q) || q + 1 >= n) {
            return false;
        }
        return kinds[q + 1] != CHAR || !isSpace(chars[q + 1]);
    }

    private boolean isEnd(int q, int ctx) {
        if (kinds[q] != QUOTE) {
            return false;
        }
        if (ctx == DOUBLE) {
            return chars[q] == '"';
        }
        return chars[q] == '\'' && !(q + 1 < n && kinds[q + 1] == CHAR && Character.isLetterOrDigit(chars[q + 1]));
    }

    /** pandoc's "after a string": a letter or digit, a dot that is no part of "...", or the end of emphasis. */
    private boolean afterWord(int q) {
        if (q == 0) {
            return false;
        }
        int p = q - 1;
        if (kinds[p] == WORD_END) {
            return true;
        }
        if (kinds[p] != CHAR) {
            return false;
        }
        char c = chars[p];
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int dots = 0;
        while (p >= 0 && kinds[p] == CHAR && chars[p] == '.') {
            dots++;
            p--;
        }
        return dots % 3 != 0; // "..." is an ellipsis; a dot left over is part of a word
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
