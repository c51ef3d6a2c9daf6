package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLItemData;

/**
 * citeproc-java 3.5.2 lower-cases a value that has no lower-case letter before it applies a text
 * case, so title case prints {@code JAMA} as "Jama" and {@code J. ACM} as "J. Acm"; pandoc keeps
 * words in capitals as they are, in such values too. A title with capitals and no lower-case
 * letter gets {@link #MARK} at its end, a lower-case letter that no case changes, so it is no
 * longer all capitals; {@link HtmlCleanup} removes it.
 */
final class UpperCaseTitles {

    /** U+1D00 LATIN LETTER SMALL CAPITAL A: lower case, without an upper-case form. */
    static final String MARK = "\u1D00";

    private UpperCaseTitles() {}

    /** The item with its all-capital titles marked (the same item when it has none). */
    static CSLItemData mark(CSLItemData item) {
        return TitleFields.map(item, UpperCaseTitles::mark);
    }

    static String mark(String text) {
        if (text == null) {
            return null;
        }
        int upper = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c)) {
                return text;
            }
            upper += Character.isUpperCase(c) && c != 0x1D400 ? 1 : 0; // BibTeXReader.KEEP_CASE is no letter here
        }
        return upper >= 2 ? text + MARK : text;
    }
}
