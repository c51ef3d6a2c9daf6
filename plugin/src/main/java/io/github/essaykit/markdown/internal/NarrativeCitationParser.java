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

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        int previous = scanner.peekPreviousCodePoint();
        if (Character.isLetterOrDigit(previous)) {
            return ParsedInline.none();
        }
        var start = scanner.position();
        String rest = rest(scanner);
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

    /** Index of the {@code ]} closing a locator bracket after the key, or -1. */
    private static int bracketAfter(String s, int from) {
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
     * {@link #LOOKAHEAD} characters: copying the whole rest at every {@code @} made a long line of
     * citations quadratic.
     */
    private static String rest(Scanner scanner) {
        StringBuilder text = new StringBuilder();
        int lineBreaks = 0;
        while (scanner.hasNext() && text.length() < LOOKAHEAD) {
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
