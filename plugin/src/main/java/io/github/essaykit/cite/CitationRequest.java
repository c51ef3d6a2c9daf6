package io.github.essaykit.cite;

import io.github.essaykit.markdown.CiteItem;
import java.util.List;

/**
 * One citation of an essay, in reading order: its items; for note styles the footnote number it
 * lands in (its own generated note, or the author's note holding it) and whether it is written
 * inside an author's footnote. Item prefixes are written before the item with a space added;
 * suffixes are written as given (", emphasis added"), a space added when they begin with a letter.
 */
public record CitationRequest(List<CiteItem> items, int noteNumber, boolean inFootnote) {

    public CitationRequest {
        items = List.copyOf(items);
    }

    public static CitationRequest of(CiteItem... items) {
        return new CitationRequest(List.of(items), 0, false);
    }
}
