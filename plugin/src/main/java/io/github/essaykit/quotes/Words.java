package io.github.essaykit.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as the words a quote check compares: runs of letters and digits, lower-cased and in
 * compatibility form (a PDF's "ﬁ" is "fi"). Everything else separates words, so whitespace, line
 * breaks, quotation marks, dashes and punctuation never make a quote differ; an apostrophe inside
 * a word is dropped ("don’t" and "don't" are both "dont").
 */
final class Words {

    /** One word: its comparable form and where it is in the text it came from. */
    record Word(String text, int start, int end) {}

    private Words() {}

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (Character.isLetterOrDigit(c) || (start >= 0 && Character.getType(c) == Character.NON_SPACING_MARK)) {
                if (start < 0) {
                    start = i;
                }
                word.appendCodePoint(c);
            } else if (start >= 0 && isApostrophe(c) && i + width < text.length()
                    && Character.isLetter(text.codePointAt(i + width))) {
                // inside a word: skipped
            } else if (start >= 0) {
                words.add(word(word, start, i));
                word.setLength(0);
                start = -1;
            }
            i += width;
        }
        if (start >= 0) {
            words.add(word(word, start, text.length()));
        }
        return words;
    }

    private static Word word(StringBuilder text, int start, int end) {
        String plain = text.toString();
        boolean ascii = plain.chars().allMatch(c -> c < 128);
        String form = ascii ? plain : Normalizer.normalize(plain, Normalizer.Form.NFKC);
        return new Word(form.toLowerCase(Locale.ROOT), start, end);
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }
}
