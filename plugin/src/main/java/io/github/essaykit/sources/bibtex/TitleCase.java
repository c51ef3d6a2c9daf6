package io.github.essaykit.sources.bibtex;

import io.github.essaykit.sources.bibtex.Inline.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * English BibTeX titles are in title case; CSL wants sentence case and lets the style capitalise.
 * As pandoc (citeproc's sentence case, {@code unTitlecase}): every brace group is protected while
 * the title is sentence-cased, then stays protected ({@code nocase}) only if it holds a word that
 * starts in lower case ({@code {ggplot2}}, {@code {eBay}}); {@code {JATS}} needs no protection.
 */
final class TitleCase {

    private enum State { START, START_SENTENCE, AFTER_WORD_END, AFTER_WORD_CHAR, AFTER_SENTENCE_END, BEFORE_LAST_WORD }

    private State state = State.START;

    private TitleCase() {}

    static List<Inline> toSentenceCase(List<Inline> title) {
        List<Inline> protectedTitle = protect(title);
        return unprotect(new TitleCase().transform(protectedTitle));
    }

    /**
     * A title without braces as the reader would sentence-case it, words (split at spaces) read
     * as the reader reads them: what a writer must brace is what this changes.
     */
    static String sentenceCase(String plain) {
        List<Inline> inlines = new ArrayList<>();
        String[] words = plain.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                inlines.add(Inline.SPACE_INLINE);
            }
            if (!words[i].isEmpty()) {
                inlines.add(Inline.str(words[i]));
            }
        }
        return Inline.plain(new TitleCase().transform(inlines));
    }

    private List<Inline> transform(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        int last = inlines.size() - 1;
        boolean lastWord = last > 0 && inlines.get(last).isStr() && !hasWordBreak(inlines.get(last).text());
        for (int i = 0; i < inlines.size(); i++) {
            if (lastWord && i == last && (state == State.AFTER_WORD_END || state == State.START_SENTENCE
                    || state == State.START)) {
                state = State.BEFORE_LAST_WORD;
            }
            out.add(go(inlines.get(i)));
        }
        return out;
    }

    private Inline go(Inline inline) {
        switch (inline.kind()) {
            case STR -> {
                StringBuilder text = new StringBuilder();
                for (String chunk : chunks(inline.text())) {
                    text.append(step(chunk));
                }
                return Inline.str(text.toString());
            }
            case SPACE -> {
                step(" ");
                return inline;
            }
            case SMALLCAPS, SUP, SUB, UNCASED -> {
                step(strText(inline.children()));
                return inline;
            }
            case NOCASE -> {
                Inline result = state == State.AFTER_WORD_CHAR ? inline.with(Kind.GROUP) : inline;
                step(strText(inline.children()));
                return result;
            }
            case VERBATIM, LINEBREAK, RAW -> {
                return inline;
            }
            default -> {
                List<Inline> children = new ArrayList<>();
                for (Inline child : inline.children()) {
                    children.add(go(child));
                }
                return inline.withChildren(children);
            }
        }
    }

    /** Updates the state from the chunk's last character, and sentence-cases a word. */
    private String step(String chunk) {
        State before = state;
        if (!chunk.isEmpty()) {
            int c = chunk.codePointBefore(chunk.length());
            if (c == '.' || c == '?' || c == '!' || c == ':') {
                state = State.AFTER_SENTENCE_END;
            } else if (isAlphaNum(c)) {
                state = State.AFTER_WORD_CHAR;
            } else if (isSpace(c) && state == State.AFTER_SENTENCE_END) {
                state = State.START_SENTENCE;
            } else if (isWordBreak(c)) {
                state = State.AFTER_WORD_END;
            }
        }
        if (chunk.isEmpty() || !chunk.codePoints().allMatch(TitleCase::isAlphaNum)) {
            return chunk;
        }
        boolean start = before == State.START || before == State.START_SENTENCE;
        if (isCapitalized(chunk) && !start) {
            return chunk.toLowerCase(Locale.ROOT);
        }
        if ((isCapitalized(chunk) || chunk.codePoints().allMatch(Character::isLowerCase)) && start) {
            String lower = chunk.toLowerCase(Locale.ROOT);
            int first = lower.offsetByCodePoints(0, 1);
            return lower.substring(0, first).toUpperCase(Locale.ROOT) + lower.substring(first);
        }
        return chunk;
    }

    /** Runs of letters and digits, runs of spaces, and every other character on its own. */
    private static List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int j = i + Character.charCount(c);
            if (isAlphaNum(c) || isSpace(c)) {
                boolean alnum = isAlphaNum(c);
                while (j < text.length()) {
                    int d = text.codePointAt(j);
                    if (alnum ? !isAlphaNum(d) : !isSpace(d)) {
                        break;
                    }
                    j += Character.charCount(d);
                }
            }
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
    }

    private static boolean isCapitalized(String chunk) {
        int first = chunk.codePointAt(0);
        return isUpper(first) && chunk.substring(Character.charCount(first)).codePoints().allMatch(Character::isLowerCase);
    }

    private static boolean isUpper(int c) {
        int type = Character.getType(c);
        return type == Character.UPPERCASE_LETTER || type == Character.TITLECASE_LETTER;
    }

    static boolean isAlphaNum(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isWordBreak(int c) {
        return c == '-' || c == '/' || c == '\u2013' || c == '\u2014' || isSpace(c);
    }

    /** Haskell's isSpace: white space and every space separator (no-break space too). */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean hasWordBreak(String text) {
        return text.codePoints().anyMatch(TitleCase::isWordBreak);
    }

    private static String strText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline.isStr()) {
                out.append(inline.text());
            } else {
                out.append(strText(inline.children()));
            }
        }
        return out.toString();
    }

    private static List<Inline> protect(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            Inline walked = inline.children().isEmpty() ? inline : inline.withChildren(protect(inline.children()));
            out.add(walked.kind() == Kind.GROUP ? walked.with(Kind.NOCASE) : walked);
        }
        return out;
    }

    private static List<Inline> unprotect(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            Inline walked = inline.children().isEmpty() ? inline : inline.withChildren(unprotect(inline.children()));
            if (walked.kind() == Kind.NOCASE && !hasLowercaseWord(walked.children())) {
                walked = walked.with(Kind.GROUP);
            }
            out.add(walked);
        }
        return out;
    }

    /** A word (text after a punctuation mark) that starts in lower case, among these inlines. */
    private static boolean hasLowercaseWord(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (!inline.isStr()) {
                continue;
            }
            boolean wordStart = true;
            for (int i = 0; i < inline.text().length(); ) {
                int c = inline.text().codePointAt(i);
                if (isPunctuation(c)) {
                    wordStart = true;
                } else {
                    if (wordStart && Character.getType(c) == Character.LOWERCASE_LETTER) {
                        return true;
                    }
                    wordStart = false;
                }
                i += Character.charCount(c);
            }
        }
        return false;
    }

    static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
