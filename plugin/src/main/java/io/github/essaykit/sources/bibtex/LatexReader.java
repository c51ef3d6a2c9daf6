package io.github.essaykit.sources.bibtex;

import io.github.essaykit.sources.bibtex.Inline.Kind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the LaTeX of one field value into inlines the way pandoc's LaTeX reader does for
 * bibliographies: accents in every form ({@code \"{o}}, {@code {\"o}}, {@code \"o},
 * {@code \'\i}), symbols, smart dashes and quotes, brace groups kept (they protect case), a few
 * formatting commands, and unknown commands dropped with their arguments.
 */
final class LatexReader {

    private enum Until { END, GROUP, DOUBLE_QUOTE, SINGLE_QUOTE }

    private final String text;
    private int pos;
    private boolean closed;

    private LatexReader(String text) {
        this.text = text;
    }

    static List<Inline> read(String value) {
        LatexReader reader = new LatexReader(value.strip());
        List<Inline> inlines = reader.sequence(Until.END);
        List<List<Inline>> paragraphs = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline == PARAGRAPH) {
                paragraphs.add(current);
                current = new ArrayList<>();
            } else {
                current.add(inline);
            }
        }
        paragraphs.add(current);
        paragraphs.replaceAll(p -> Inline.strip(Inline.normalise(p)));
        paragraphs.removeIf(List::isEmpty);
        if (paragraphs.size() <= 1) {
            return paragraphs.isEmpty() ? List.of() : paragraphs.get(0);
        }
        // pandoc flattens several paragraphs by collecting every inline at every depth, unspaced
        List<Inline> flat = new ArrayList<>();
        paragraphs.forEach(p -> flatten(p, flat));
        return flat;
    }

    private static void flatten(List<Inline> inlines, List<Inline> out) {
        for (Inline inline : inlines) {
            out.add(inline);
            flatten(inline.children(), out);
        }
    }

    /** A paragraph break (a blank line or \par) at the top level of a value. */
    private static final Inline PARAGRAPH = new Inline(Kind.RAW, "\n\n", List.of());

    /** Inlines up to the end of the text or the given closing mark; {@link #closed} says if found. */
    private List<Inline> sequence(Until until) {
        List<Inline> out = new ArrayList<>();
        closed = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '}') {
                if (until == Until.GROUP) {
                    pos++;
                    closed = true;
                    return Inline.normalise(out);
                }
                if (until != Until.END) {
                    return Inline.normalise(out); // a quote left open inside a group
                }
                pos++;
            } else if (until == Until.DOUBLE_QUOTE && text.startsWith("''", pos)) {
                pos += 2;
                closed = true;
                return Inline.normalise(out);
            } else if (until == Until.DOUBLE_QUOTE && c == '”') {
                pos++;
                closed = true;
                return Inline.normalise(out);
            } else if (until == Until.SINGLE_QUOTE && (c == '\'' || c == '’') && !letterAt(pos + 1)) {
                pos++;
                closed = true;
                return Inline.normalise(out);
            } else if (c == '{') {
                pos++;
                List<Inline> inner = sequence(Until.GROUP);
                closed = false;
                if (!inner.isEmpty()) {
                    out.add(Inline.of(Kind.GROUP, inner));
                }
            } else if (c == '\\') {
                Kind declared = command(out);
                if (declared != null) {
                    List<Inline> rest = sequence(until);
                    if (!rest.isEmpty()) {
                        out.add(Inline.of(declared, rest));
                    }
                    return Inline.normalise(out);
                }
            } else if (c == '%') {
                // up to the line's end: pandoc reads the newline after a comment as a space ("50%\nof": "50 of")
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (isSpace(c)) {
                int newlines = 0;
                while (pos < text.length() && isSpace(text.charAt(pos))) {
                    newlines += text.charAt(pos) == '\n' ? 1 : 0;
                    pos++;
                }
                out.add(newlines >= 2 && until == Until.END ? PARAGRAPH : Inline.SPACE_INLINE);
            } else if (c == '~') {
                pos++;
                out.add(Inline.str("\u00a0"));
            } else if (c == '-') {
                int dashes = text.startsWith("---", pos) ? 3 : text.startsWith("--", pos) ? 2 : 1;
                pos += dashes;
                out.add(Inline.str(dashes == 3 ? "—" : dashes == 2 ? "–" : "-"));
            } else if (c == '`') {
                quote(out, text.startsWith("``", pos), text.startsWith("``", pos) ? 2 : 1);
            } else if (c == '“' || c == '‘') {
                quote(out, c == '“', 1);
            } else if (c == '’' || c == '”') {
                pos++;
                out.add(Inline.str(String.valueOf(c)));
            } else if (c == '\'') {
                boolean twice = text.startsWith("''", pos);
                pos += twice ? 2 : 1;
                out.add(Inline.str(twice ? "”" : "’"));
            } else if (c == '$') {
                int end = text.indexOf('$', pos + 1);
                if (end < 0) {
                    pos++;
                    out.add(Inline.str("$"));
                } else {
                    out.add(new Inline(Kind.VERBATIM, text.substring(pos + 1, end), List.of()));
                    pos = end + 1;
                }
            } else {
                int start = pos;
                while (pos < text.length() && "{}\\%~-`'$“”‘’".indexOf(text.charAt(pos)) < 0
                        && !isSpace(text.charAt(pos))) {
                    pos++;
                }
                out.add(Inline.str(text.substring(start, pos)));
            }
        }
        return Inline.normalise(out);
    }

    private void quote(List<Inline> out, boolean isDouble, int length) {
        int start = pos;
        pos += length;
        List<Inline> inner = sequence(isDouble ? Until.DOUBLE_QUOTE : Until.SINGLE_QUOTE);
        if (closed) {
            closed = false;
            out.add(Inline.of(Kind.QUOTED, inner));
        } else {
            pos = start + length;
            out.add(Inline.str(isDouble ? "“" : "‘"));
        }
    }

    /** Reads one command at {@code pos} into {@code out}; returns the kind if it is a declaration. */
    private Kind command(List<Inline> out) {
        pos++; // the backslash
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos);
        if (!isLetter(c)) {
            pos++;
            String symbol = String.valueOf(c);
            if (LatexSymbols.ACCENTS.containsKey(symbol)) {
                out.add(Inline.str(accent(symbol)));
            } else if ("&%$#_{}".indexOf(c) >= 0) {
                out.add(Inline.str(symbol));
            } else if (c == '\\') {
                skipOptional();
                out.add(new Inline(Kind.LINEBREAK, "\n", List.of()));
            } else if (c == ',') {
                out.add(Inline.str("\u2006"));
            } else if (c == ' ' || c == '\n' || c == '\t') {
                out.add(Inline.str("\u00a0"));
            }
            return null;
        }
        int start = pos;
        while (pos < text.length() && isLetter(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        skipSpaces();
        if (LatexSymbols.DECLARATIONS.containsKey(name)) {
            return LatexSymbols.DECLARATIONS.get(name);
        }
        if (LatexSymbols.ACCENTS.containsKey(name)) {
            out.add(Inline.str(accent(name)));
        } else if (LatexSymbols.SYMBOLS.containsKey(name)) {
            out.add(Inline.str(LatexSymbols.SYMBOLS.get(name)));
        } else if (LatexSymbols.FORMATS.containsKey(name)) {
            Inline formatted = Inline.of(LatexSymbols.FORMATS.get(name), argument());
            out.add(name.startsWith("mkbib") ? Inline.of(Kind.UNCASED, List.of(formatted)) : formatted);
        } else {
            switch (name) {
                case "url" -> out.add(new Inline(Kind.VERBATIM, unescapeUrl(rawArgument()), List.of()));
                case "ensuremath" -> out.add(new Inline(Kind.VERBATIM, rawArgument(), List.of()));
                case "texttt" -> out.add(new Inline(Kind.VERBATIM, Inline.plain(argument()), List.of())); // read, then code
                case "item", "begin", "end" -> {
                    // an environment is a block and a list item too: pandoc keeps their text, unspaced, as of paragraphs
                    if (name.equals("item")) {
                        skipOptional();
                    } else {
                        rawArgument();
                    }
                    out.add(PARAGRAPH);
                }
                case "href" -> {
                    rawArgument();
                    out.add(Inline.of(Kind.SPAN, argument()));
                }
                case "textcolor" -> {
                    rawArgument();
                    out.add(Inline.of(Kind.SPAN, argument()));
                }
                case "color" -> rawArgument();
                case "bibstring" -> out.add(Inline.str(LatexSymbols.bibstring(rawArgument())));
                case "uppercase", "MakeUppercase" -> out.addAll(changeCase(argument(), true));
                case "lowercase", "MakeLowercase" -> out.addAll(changeCase(argument(), false));
                case "protect" -> { }
                case "par" -> out.add(PARAGRAPH);
                case "part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph" -> {
                    // a heading is a block of its own: pandoc keeps its text, unspaced from the blocks around it
                    if (pos < text.length() && text.charAt(pos) == '*') {
                        pos++;
                    }
                    skipOptional();
                    out.add(PARAGRAPH);
                    out.addAll(argument());
                    out.add(PARAGRAPH);
                }
                default -> {
                    skipArguments();
                    out.add(new Inline(Kind.RAW, "", List.of()));
                }
            }
        }
        return null;
    }

    /** An accent on the next letter, a braced argument or a command such as {@code \i}. */
    private String accent(String command) {
        char mark = LatexSymbols.ACCENTS.get(command);
        String base;
        if (pos < text.length() && text.charAt(pos) == '{') {
            base = Inline.plain(argument());
        } else if (pos < text.length() && text.charAt(pos) == '\\') {
            List<Inline> inner = new ArrayList<>();
            command(inner);
            base = Inline.plain(inner);
            if (base.isEmpty()) {
                return ""; // pandoc drops an accent on an unknown command
            }
        } else if (pos < text.length() && text.charAt(pos) != '}') {
            base = text.substring(pos, pos + 1);
            pos++;
        } else {
            base = ""; // "{\d}" has no letter: the closing brace is the group's ("Ragnhei{\d}ur")
        }
        if (base.isEmpty()) {
            return switch (command) {
                case "'", "^", "~", "`" -> command;
                default -> String.valueOf(mark);
            };
        }
        int first = base.offsetByCodePoints(0, 1);
        return Normalizer.normalize(base.substring(0, first) + mark, Normalizer.Form.NFC) + base.substring(first);
    }

    /** Spaces before a braced argument, which TeX skips ({@code \\href {url} {text}}). */
    private void skipSpacesBeforeBrace() {
        int at = pos;
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '{') {
            pos = at;
        }
    }

    /** A braced argument read as inlines, or the next single character. */
    private List<Inline> argument() {
        skipSpacesBeforeBrace();
        if (pos < text.length() && text.charAt(pos) == '{') {
            pos++;
            List<Inline> inner = sequence(Until.GROUP);
            closed = false;
            return inner;
        }
        if (pos < text.length()) {
            pos++;
            return List.of(Inline.str(text.substring(pos - 1, pos)));
        }
        return List.of();
    }

    /** A braced argument's source text (nested braces kept), or the next character. */
    private String rawArgument() {
        skipSpacesBeforeBrace();
        if (pos >= text.length()) {
            return "";
        }
        if (text.charAt(pos) != '{') {
            return text.substring(pos, ++pos);
        }
        int depth = 0;
        int start = pos + 1;
        for (; pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return text.substring(start, pos++);
            }
        }
        return text.substring(start);
    }

    /** A {@code \\url} argument as pandoc reads it: a backslash before {@code # $ % & ~ _ ^ \\ { }} goes. */
    private static String unescapeUrl(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\\' && i + 1 < url.length() && "#$%&~_^\\{}".indexOf(url.charAt(i + 1)) >= 0) {
                c = url.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The optional and braced arguments of a command pandoc does not know (dropped with it). */
    private void skipArguments() {
        // optional arguments, then adjacent braced ones: "\\foo{b}[2]" leaves "[2]", "\\foo{} {x}" leaves "x"
        while (pos < text.length() && text.charAt(pos) == '[') {
            skipOptional();
        }
        skipSpacesBeforeBrace();
        while (pos < text.length() && text.charAt(pos) == '{') {
            rawArgument();
        }
    }

    private void skipOptional() {
        if (pos < text.length() && text.charAt(pos) == '[') {
            int end = text.indexOf(']', pos);
            pos = end < 0 ? text.length() : end + 1;
        }
    }

    private void skipSpaces() {
        boolean newline = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n' && !newline) {
                newline = true;
                pos++;
            } else {
                break;
            }
        }
    }

    private static List<Inline> changeCase(List<Inline> inlines, boolean upper) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline.kind() == Kind.STR) {
                out.add(Inline.str(upper ? inline.text().toUpperCase(Locale.ROOT) : inline.text().toLowerCase(Locale.ROOT)));
            } else {
                out.add(inline.withChildren(changeCase(inline.children(), upper)));
            }
        }
        return out;
    }

    private boolean letterAt(int index) {
        return index < text.length() && Character.isLetter(text.charAt(index));
    }

    /** TeX's spaces: other Unicode spaces (U+2009, U+2002…) are text, kept as written, as pandoc keeps them. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
