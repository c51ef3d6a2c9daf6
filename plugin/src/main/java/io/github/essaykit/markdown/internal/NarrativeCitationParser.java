package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.CiteItem;
import java.util.List;
import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses a narrative citation at {@code @}: {@code @kaplan2001}, or with a bracketed suffix right
 * after it (one space or line break allowed), {@code @kaplan2001 [84]}. As in pandoc, the bracket
 * must not start with {@code ^} (a footnote) nor be followed by {@code [} or {@code (}, and here
 * it must hold no {@code ;} (pandoc would read further citations). Not a citation after a letter
 * or digit (e-mail addresses); {@code \@} never reaches this parser; code spans neither. Key and
 * suffix together must fit in {@value #LOOKAHEAD} characters (a longer bracket stays text), so a
 * line of n citations parses in time linear in n.
 */
public final class NarrativeCitationParser implements InlineContentParser {

    /** How far a narrative citation is read: its key and bracketed suffix fit in this many characters. */
    static final int LOOKAHEAD = 1000;

    /**
     * How far it is read first: far enough for a key and what follows it, which decides most
     * citations ({@link #decided}); the rest of {@link #LOOKAHEAD} is read only when it may matter
     * (reading a thousand characters at every '@' was 1% of a build).
     */
    static final int FIRST_LOOK = 64;

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        int previous = scanner.peekPreviousCodePoint();
        if (Character.isLetterOrDigit(previous)) {
            return ParsedInline.none();
        }
        var start = scanner.position();
        String rest = rest(scanner, FIRST_LOOK);
        if (rest.length() == FIRST_LOOK && !decided(rest)) {
            scanner.setPosition(start);
            rest = rest(scanner, LOOKAHEAD);
        }
        scanner.setPosition(start);
        CiteSyntax.Key key = CiteSyntax.keyAt(rest, 0);
        if (key == null) {
            return ParsedInline.none();
        }
        int end = key.end();
        String suffix = "";
        int close = bracketAfter(rest, key.end());
        if (close > 0) {
            suffix = rest.substring(rest.indexOf('[', key.end()) + 1, close);
            end = close + 1;
        }
        LocatorParser.Split split = LocatorParser.parse(CiteSyntax.plain(suffix).strip());
        CiteItem item = new CiteItem(
                key.key(), "", split.label(), split.locator(), SmartText.apply(split.suffix().stripTrailing()),
                CiteItem.Mode.AUTHOR_IN_TEXT);
        String rawSuffix = CiteSyntax.plain(suffix).strip();
        var node = CiteNodes.create(List.of(new CiteSyntax.Item(item, 0, rawSuffix)), false, 0);
        for (int i = 0; i < end; i++) {
            scanner.next();
        }
        return ParsedInline.of(node, scanner.position());
    }

    /**
     * Whether the first characters of what follows '@' decide the citation, whatever follows them:
     * no key (the character after '@' starts none, and no "{" opens one), or a key followed by
     * something other than a locator bracket, each seen with the character after it.
     */
    static boolean decided(String first) {
        CiteSyntax.Key key = CiteSyntax.keyAt(first, 0);
        if (key == null) {
            return first.length() > 1 && first.charAt(1) != '{';
        }
        int next = afterKey(first, key.end());
        return next + 1 < first.length() && (first.charAt(next) != '[' || first.charAt(next + 1) == '^');
    }

    /** Where a locator bracket would start after a key ending at {@code from}: past spaces and tabs, and one line break. */
    private static int afterKey(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '\n') {
            i++;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }
        return i;
    }

    /** Index of the {@code ]} closing a locator bracket after the key, or -1. */
    static int bracketAfter(String s, int from) {
        int i = afterKey(s, from);
        if (i >= s.length() || s.charAt(i) != '[' || i + 1 >= s.length() || s.charAt(i + 1) == '^') {
            return -1;
        }
        int depth = 0;
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
            } else if (c == ';' && depth == 1) {
                return -1;
            } else if (c == ']' && --depth == 0) {
                boolean linkAfter = j + 1 < s.length() && (s.charAt(j + 1) == '[' || s.charAt(j + 1) == '(');
                return linkAfter ? -1 : j;
            }
        }
        return -1;
    }

    /**
     * The rest of this line and the next one from the scanner's position, joined by '\n', at most
     * {@code most} characters: copying the whole rest at every {@code @} made a long line of
     * citations quadratic.
     */
    private static String rest(Scanner scanner, int most) {
        StringBuilder text = new StringBuilder();
        int lineBreaks = 0;
        while (scanner.hasNext() && text.length() < most) {
            char c = scanner.peek();
            if (c == '\n' && ++lineBreaks == 2) {
                break;
            }
            text.append(c);
            scanner.next();
        }
        return text.toString();
    }

    public static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('@');
        }

        @Override
        public InlineContentParser create() {
            return new NarrativeCitationParser();
        }
    }
}
