package io.github.essaykit.cite;

/**
 * A citation as HTML (escaped; italics as {@code <em>}). {@code inText} is what stands in the
 * sentence; with a note style and a citation outside any footnote, {@code note} is the content
 * of the footnote to generate for it ({@code inText} is then empty, or the author's name for
 * {@code @key}); otherwise {@code note} is empty.
 */
public record FormattedCitation(String inText, String note) {

    public boolean makesNote() {
        return !note.isEmpty();
    }
}
