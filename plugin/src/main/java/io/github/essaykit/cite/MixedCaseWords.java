package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL 1.0.2's capitalize-first and capitalize-all capitalize a word only when it is lower case;
 * citeproc-java 3.5.2 capitalizes "bioRxiv", a publisher styles print with capitalize-first,
 * as "BioRxiv" (pandoc keeps it). A word that starts in lower case and has a capital later
 * ("bioRxiv", "eLife", "arXiv") is marked {@link BibTeXReader#KEEP_CASE} in the variables such
 * text cases reach outside the titles (the publisher, the genre, the medium, the archive), which
 * citeproc-java then leaves alone and {@link HtmlCleanup} removes. Upper case still applies.
 */
final class MixedCaseWords {

    private static final Pattern MIXED = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Ll}[\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]*)");

    private MixedCaseWords() {}

    /** The item with such words marked (the same item when it has none). */
    static CSLItemData mark(CSLItemData item) {
        String publisher = mark(item.getPublisher());
        String genre = mark(item.getGenre());
        String medium = mark(item.getMedium());
        String archive = mark(item.getArchive());
        if (publisher == item.getPublisher() && genre == item.getGenre() && medium == item.getMedium() && archive == item.getArchive()) {
            return item;
        }
        return new CSLItemDataBuilder(item).publisher(publisher).genre(genre).medium(medium).archive(archive).build();
    }

    /** The text with each word that starts lower case and has a capital marked (the very text when none does). */
    static String mark(String text) {
        if (text == null || text.chars().noneMatch(Character::isUpperCase)) {
            return text;
        }
        // the very text when no word matches (Matcher.replaceAll gives its input back)
        return MIXED.matcher(text).replaceAll(r -> Matcher.quoteReplacement(BibTeXReader.KEEP_CASE + r.group(1)));
    }
}
