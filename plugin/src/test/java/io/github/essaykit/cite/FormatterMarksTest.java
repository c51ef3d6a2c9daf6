package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The private-use characters the formatter's steps put into values and rendered text, each meaning
 * one thing: two steps that shared one (Ordinals' and the name suffixes', the page parts' and the
 * straight quotation mark's) would read each other's marks.
 */
class FormatterMarksTest {

    @Test
    void everyMarkIsACharacterOfItsOwn() {
        List<Integer> marks = List.of(BibTeXReader.PAGE_SLASH.codePointAt(0), BibTeXReader.KEEP_CASE.codePointAt(0),
                LibraryItems.PAGE_DASH.codePointAt(0), LibraryItems.NAME_MARK.codePointAt(0), (int) LibraryItems.PAGE_TEXT,
                (int) QuotesOnceHtmlFormat.STRAIGHT, (int) Ordinals.ORDINAL, (int) Ordinals.LONG_ORDINAL,
                UpperCaseTitles.MARK.codePointAt(0), (int) NameParts.DROPPING_START, (int) NameParts.DROPPING_END,
                (int) NameParts.NON_DROPPING_START, (int) NameParts.NON_DROPPING_END, (int) NameParts.GIVEN_END,
                (int) NameParts.FAMILY_END, (int) NameParts.SUFFIX_START, (int) NameParts.SUFFIX_END);
        assertThat(marks).doesNotHaveDuplicates();
        // NameParts.place drops its own marks: none of the others'
        assertThat(marks.subList(0, 9)).noneMatch(NameParts::isMark);
        assertThat(marks.subList(9, marks.size())).allMatch(NameParts::isMark);
    }
}
