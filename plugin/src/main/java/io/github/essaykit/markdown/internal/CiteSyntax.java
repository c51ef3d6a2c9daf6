package io.github.essaykit.markdown.internal;

import io.github.essaykit.markdown.CiteItem;
import java.util.ArrayList;
import java.util.List;

/**
 * pandoc's citation grammar on raw Markdown source text.
 *
 * <p>A key follows {@code @}: either braced, {@code @{any key}}, or a letter, digit or {@code _}
 * followed by letters, digits, {@code _}, and the internal punctuation {@code :.#$%&-+?<>~/} when
 * a letter, digit or {@code _} comes after it (so trailing punctuation is left out); {@code ://}
 * is kept for URL-like keys. An {@code @} right after a letter or digit (an e-mail address) or
 * after a backslash does not start a key.
 *
 * <p>The inside of {@code [...]} is a citation when it is a list of {@code prefix @key suffix}
 * items separated by {@code ;}: the prefix runs up to the next key (an optional {@code -} before
 * the {@code @} suppresses the author), the suffix up to the next top-level {@code ;}. Every item
 * needs a key, else the brackets are not a citation: {@code [@a; b; @c]} is text holding two
 * narrative citations, as in pandoc, and so is {@code [see b; @c]} (an unescaped {@code ;} in a
 * prefix, even in parentheses, ends an item that has no key).
 */
public final class CiteSyntax {

    private static final String INTERNAL = ":.#$%&-+?<>~/";

    private CiteSyntax() {}

    /** A key in source text: {@code at} is the index of the {@code @}, {@code end} is after it. */
    public record Key(String key, int at, int end, boolean suppressAuthor) {}

    /**
     * One parsed item, the offset of its {@code @} (or {@code -@}) in the parsed text, and its
     * suffix as written (plain text, before locator parsing).
     */
    public record Item(CiteItem item, int at, String rawSuffix) {}

    /** The key whose {@code @} is at {@code at}, or null. Looks back one character for context. */
    public static Key keyAt(CharSequence s, int at) {
        if (at >= s.length() || s.charAt(at) != '@' || !startAllowed(s, at)) {
            return null;
        }
        int start = at + 1;
        if (start < s.length() && s.charAt(start) == '{') {
            int depth = 0;
            for (int i = start; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return null;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    String key = s.subSequence(start + 1, i).toString().strip();
                    return key.isEmpty() ? null : new Key(key, at, i + 1, false);
                }
            }
            return null;
        }
        if (start >= s.length() || !regular(s.charAt(start))) {
            return null;
        }
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean nextRegular = i + 1 < s.length() && regular(s.charAt(i + 1));
            if (regular(c) || (INTERNAL.indexOf(c) >= 0 && nextRegular)) {
                i++;
            } else if ((c == ':' || c == '/') && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                i++;
            } else {
                break;
            }
        }
        return new Key(s.subSequence(start, i).toString(), at, i, false);
    }

    private static boolean regular(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean startAllowed(CharSequence s, int at) {
        if (at == 0) {
            return true;
        }
        char before = s.charAt(at - 1);
        return !Character.isLetterOrDigit(before) && !escaped(s, at);
    }

    private static boolean escaped(CharSequence s, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * The items of a bracketed citation, given the text between the brackets, or null when the
     * text is not a citation.
     */
    public static List<Item> bracketed(String text) {
        List<Item> items = new ArrayList<>();
        int pos = 0;
        while (true) {
            Key key = nextKey(text, pos);
            if (key == null) {
                return null;
            }
            int prefixEnd = key.at;
            boolean suppress = key.at > pos && text.charAt(key.at - 1) == '-';
            if (suppress && !(key.at - 1 == 0 || !Character.isLetterOrDigit(text.charAt(key.at - 2)))) {
                suppress = false;
            }
            if (suppress) {
                prefixEnd--;
            }
            if (separatorIn(text, pos, prefixEnd)) {
                return null;
            }
            int suffixEnd = itemEnd(text, key.end);
            String prefix = plain(text.substring(pos, prefixEnd)).strip();
            String rawSuffix = plain(text.substring(key.end, suffixEnd));
            LocatorParser.Split split = LocatorParser.parse(rawSuffix);
            CiteItem.Mode mode = suppress ? CiteItem.Mode.SUPPRESS_AUTHOR : CiteItem.Mode.NORMAL;
            CiteItem item = new CiteItem(key.key, SmartText.apply(prefix), split.label(), split.locator(),
                    SmartText.apply(split.suffix().stripTrailing()), mode);
            items.add(new Item(item, suppress ? key.at - 1 : key.at, rawSuffix.strip()));
            if (suffixEnd >= text.length()) {
                return items;
            }
            pos = suffixEnd + 1;
        }
    }

    /** The first key at or after {@code from} outside code spans, or null. */
    private static Key nextKey(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                i = afterCodeSpan(text, i);
            } else if (c == '@') {
                Key key = keyAt(text, i);
                if (key != null) {
                    return key;
                }
                i++;
            } else {
                i++;
            }
        }
        return null;
    }

    /** Index of the {@code ;} ending the item's suffix, or the text's length. */
    private static int itemEnd(String text, int from) {
        int depth = 0;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            } else if (c == '`') {
                i = afterCodeSpan(text, i);
                continue;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if ((c == ']' || c == '}' || c == ')') && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0) {
                return i;
            }
            i++;
        }
        return text.length();
    }

    /** Whether {@code text[from, to)} holds a {@code ;} that is neither escaped nor in a code span. */
    private static boolean separatorIn(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                i = afterCodeSpan(text, i);
            } else if (c == ';') {
                return true;
            } else {
                i++;
            }
        }
        return false;
    }

    private static int afterCodeSpan(String text, int open) {
        int run = open;
        while (run < text.length() && text.charAt(run) == '`') {
            run++;
        }
        String fence = text.substring(open, run);
        int close = text.indexOf(fence, run);
        while (close >= 0 && close + fence.length() < text.length()
                && text.charAt(close + fence.length()) == '`') {
            close = text.indexOf(fence, close + fence.length() + 1);
        }
        return close < 0 ? run : close + fence.length();
    }

    /** Source text as plain text: backslash escapes resolved, line breaks and runs of spaces as one space. */
    public static String plain(String source) {
        StringBuilder out = new StringBuilder(source.length());
        boolean space = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length() && isAsciiPunctuation(source.charAt(i + 1))) {
                c = source.charAt(++i);
            } else if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
