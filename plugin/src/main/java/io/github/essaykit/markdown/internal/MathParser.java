package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.TexMath;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads TeX math at {@code $} (and at {@code \}, when single-backslash math is on) with pandoc
 * 2.17's rules ({@code mathInlineWith}, {@code mathDisplayWith}), on the raw source, so
 * backslashes are kept as written:
 *
 * <ul>
 *   <li>display {@code $$…$$} / {@code \[…\]}: at least one character, kept exactly, up to the
 *       first closing delimiter (line breaks allowed); a Quarto label {@code {#eq-x}} may follow
 *       after spaces;
 *   <li>inline {@code $…$} / {@code \(…\)}: after {@code $} no white space; a backslash keeps the
 *       next character with it (so {@code \$} does not close), {@code \text{…}} is read to its
 *       balanced brace; each run of white space becomes one space and must not be followed by
 *       {@code $} (so no space before the closing {@code $}: "$5 and $6" is no math); the closing
 *       delimiter must not be followed by a digit; the result is trimmed.
 * </ul>
 *
 * When display math fails at {@code $$}, inline math is tried at the same {@code $}, as pandoc
 * does. A {@code \} that starts no math is left to CommonMark (a backslash escape), and code
 * spans are read before this parser ever sees their {@code $}. Differs from pandoc only in the
 * indentation of a formula's continuation lines, which CommonMark removes from a paragraph.
 *
 * <p>Linear time: one parser reads one paragraph (or cell) left to right, so once a search for a
 * closing delimiter has run to the end of the text, every later search of that kind would too
 * and is skipped. (For inline math this holds when the search read no {@code \text{…}} group,
 * whose braces may hide a {@code $}; after a {@code \text{} whose brace never closes, later
 * groups are read as plain tokens, which differs from pandoc only in an unclosed group's text.)
 */
public final class MathParser implements InlineContentParser {

    private static final Pattern LABEL = Pattern.compile("[ \\t]*\\{#(eq-[\\p{L}\\p{N}_:.\\-]+)[ \\t]*}");
    private static final int LABEL_LOOKAHEAD = 200;

    /** Searches that reached the end of the text without their closing delimiter. */
    private boolean noDisplayDollars;
    private boolean noDisplayBracket;
    private boolean noInlineDollar;
    private boolean noInlineParen;
    private boolean noClosingBrace;
    /** Whether the current inline search read a {@code \text{…}} group. */
    private boolean readGroup;

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        ParsedInline parsed = scanner.peek() == '$' ? dollars(scanner, start) : backslash(scanner);
        if (parsed == null) {
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        return parsed;
    }

    private ParsedInline dollars(Scanner scanner, Position start) {
        if (scanner.next("$$")) {
            ParsedInline display = display(scanner, "$$");
            if (display != null) {
                return display;
            }
            scanner.setPosition(start);
        }
        scanner.next();
        if (isSpace(scanner.peek()) || scanner.peek() == Scanner.END) {
            return null;
        }
        return inline(scanner, '$');
    }

    private ParsedInline backslash(Scanner scanner) {
        scanner.next();
        if (scanner.next('(')) {
            return inline(scanner, ')');
        }
        if (scanner.next('[')) {
            return display(scanner, "\\]");
        }
        return null;
    }

    /** After the opening delimiter: the raw text up to {@code close}, at least one character. */
    private ParsedInline display(Scanner scanner, String close) {
        boolean dollars = close.equals("$$");
        if (dollars ? noDisplayDollars : noDisplayBracket) {
            return null;
        }
        StringBuilder tex = new StringBuilder();
        do {
            if (scanner.peek() == Scanner.END) {
                if (dollars) {
                    noDisplayDollars = true;
                } else {
                    noDisplayBracket = true;
                }
                return null;
            }
            tex.append(scanner.peek());
            scanner.next();
        } while (!scanner.next(close));
        String label = label(scanner);
        return ParsedInline.of(new TexMath(tex.toString(), true, label), scanner.position());
    }

    /** A {@code {#eq-x}} right after display math (spaces allowed before it), consumed; or null. */
    private static String label(Scanner scanner) {
        Position after = scanner.position();
        StringBuilder ahead = new StringBuilder();
        while (ahead.length() < LABEL_LOOKAHEAD && scanner.peek() != Scanner.END && scanner.peek() != '\n') {
            char c = scanner.peek();
            ahead.append(c);
            scanner.next();
            if (c == '}') {
                break;
            }
        }
        Matcher m = LABEL.matcher(ahead);
        if (m.matches()) {
            return m.group(1);
        }
        scanner.setPosition(after);
        return null;
    }

    /**
     * After the opening delimiter: tokens up to the closing one ({@code $}, or {@code \)} when
     * {@code close} is ')'), at least one token; null when this is no math.
     */
    private ParsedInline inline(Scanner scanner, char close) {
        if (close == '$' ? noInlineDollar : noInlineParen) {
            return null;
        }
        readGroup = false;
        StringBuilder tex = new StringBuilder();
        boolean first = true;
        while (true) {
            if (!first && closes(scanner, close)) {
                break;
            }
            first = false;
            char c = scanner.peek();
            if (c == Scanner.END) {
                if (!readGroup) {
                    if (close == '$') {
                        noInlineDollar = true;
                    } else {
                        noInlineParen = true;
                    }
                }
                return null;
            }
            if (c == '\\') {
                if (!escaped(scanner, tex)) {
                    return null;
                }
            } else if (c == ' ' || c == '\t' || c == '\n') {
                whitespace(scanner);
                if (scanner.peek() == '$') {
                    return null;
                }
                tex.append(' ');
            } else {
                tex.append(c);
                scanner.next();
            }
        }
        char next = scanner.peek();
        if (next >= '0' && next <= '9') {
            return null;
        }
        return ParsedInline.of(new TexMath(trim(tex.toString()), false, null), scanner.position());
    }

    private static boolean closes(Scanner scanner, char close) {
        return close == '$' ? scanner.next('$') : scanner.next("\\)");
    }

    /** A backslash with the character after it, or {@code \text{…}} with its balanced braces. */
    private boolean escaped(Scanner scanner, StringBuilder tex) {
        scanner.next();
        Position afterBackslash = scanner.position();
        if (scanner.next("text")) {
            String braces = balancedBraces(scanner);
            if (braces != null) {
                readGroup = true;
                tex.append("\\text").append(braces);
                return true;
            }
            scanner.setPosition(afterBackslash);
        }
        if (scanner.peek() == Scanner.END) {
            return false;
        }
        tex.append('\\').append(scanner.peek());
        scanner.next();
        return true;
    }

    /** {@code {…}} with nested braces, a backslash escaping the next character; or null. */
    private String balancedBraces(Scanner scanner) {
        if (scanner.peek() != '{' || noClosingBrace) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int open = 0;
        do {
            char c = scanner.peek();
            if (c == Scanner.END) {
                noClosingBrace = true;
                return null;
            }
            text.append(c);
            scanner.next();
            if (c == '\\') {
                if (scanner.peek() == Scanner.END) {
                    noClosingBrace = true;
                    return null;
                }
                text.append(scanner.peek());
                scanner.next();
            } else if (c == '{') {
                open++;
            } else if (c == '}') {
                open--;
            }
        } while (open > 0);
        return text.toString();
    }

    /**
     * One white-space token as pandoc reads it: spaces and tabs up to and including a line
     * break, or else a run of spaces and tabs. Pandoc makes each token one space, so "a \n b"
     * holds two.
     */
    private static void whitespace(Scanner scanner) {
        while (scanner.peek() == ' ' || scanner.peek() == '\t') {
            scanner.next();
        }
        if (scanner.peek() == '\n') {
            scanner.next();
        }
    }

    /** Trims white space at both ends, but not a space escaped by a backslash ({@code a\ }). */
    private static String trim(String tex) {
        int end = tex.length();
        while (end > 0 && Character.isWhitespace(tex.charAt(end - 1)) && !(end > 1 && tex.charAt(end - 2) == '\\')) {
            end--;
        }
        int begin = 0;
        while (begin < end && Character.isWhitespace(tex.charAt(begin))) {
            begin++;
        }
        return tex.substring(begin, end);
    }

    /** Haskell's {@code isSpace}: Unicode space separators and the ASCII white-space controls. */
    private static boolean isSpace(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b' || Character.isSpaceChar(c);
    }

    public static final class Factory implements InlineContentParserFactory {

        private final Set<Character> triggers;

        /** @param singleBackslash whether {@code \(…\)} and {@code \[…\]} are math too */
        public Factory(boolean singleBackslash) {
            this.triggers = singleBackslash ? Set.of('$', '\\') : Set.of('$');
        }

        @Override
        public Set<Character> getTriggerCharacters() {
            return triggers;
        }

        @Override
        public InlineContentParser create() {
            return new MathParser();
        }
    }
}
