package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL 1.0.2 title case keeps a stop word lower case unless it is the first or last word of the
 * string or follows a colon; citeproc-java 3.5.2 also takes an opening quotation mark as the start
 * of a new sentence and prints "Before ‘The Missiles of October’", where pandoc keeps "the". A
 * lower-case stop word right after an opening quote inside a title is marked {@link
 * BibTeXReader#KEEP_CASE}, which citeproc-java leaves as it is (a lower-case word stays lower
 * case in every text-case) and {@link HtmlCleanup} removes.
 */
final class QuotedStopWords {

    // an opening quote after a word or a space, not at the start and not right after a colon
    private static final Pattern AFTER_QUOTE = Pattern.compile("(?<=[^:\\s][\\s(]?[“‘\"])(\\p{Ll}+)(?=[\\s’”'\"])");

    private QuotedStopWords() {}

    /** The item with such stop words in its titles marked (the same item when there are none). */
    static CSLItemData mark(CSLItemData item) {
        return TitleFields.map(item, QuotedStopWords::mark);
    }

    /** The text with each lower-case stop word that follows an opening quote mid-text marked. */
    static String mark(String text) {
        if (text == null || text.indexOf('“') < 0 && text.indexOf('‘') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        Matcher m = AFTER_QUOTE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            boolean stop = TitleCaseStopWords.CSL_1_0_2.contains(m.group(1));
            changed |= stop;
            m.appendReplacement(out, Matcher.quoteReplacement(stop ? BibTeXReader.KEEP_CASE + m.group(1) : m.group(1)));
        }
        m.appendTail(out);
        return changed ? out.toString() : text;
    }
}
