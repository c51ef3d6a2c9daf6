package io.github.essaykit.cite;

import java.util.List;

/**
 * A citation as HTML (escaped; italics as {@code <em>}). {@code inText} is what stands in the
 * sentence; with a note style and a citation outside any footnote, {@code note} is the content
 * of the footnote to generate for it ({@code inText} is then empty, or the author's name for
 * {@code @key}); otherwise {@code note} is empty. {@code links} are the stretches of
 * {@code inText} that pandoc links to each cited item, in reading order, or none when they could
 * not be told apart (then the whole citation is one link).
 */
public record FormattedCitation(String inText, String note, List<Link> links) {

    /**
     * One cited item's own text, {@code inText.substring(start, end)}: its rendering without
     * prefix and suffix. {@code item} is its index among the citation's items as written.
     */
    public record Link(int item, int start, int end) {}

    public FormattedCitation {
        links = List.copyOf(links);
    }

    public FormattedCitation(String inText, String note) {
        this(inText, note, List.of());
    }

    public boolean makesNote() {
        return !note.isEmpty();
    }

    /** Whether the citation is all superscript (AMA's "<sup>1</sup>"), so it sits on the word before it. */
    public boolean raised() {
        return HtmlCleanup.unwrapped(List.of(inText), "sup") != null;
    }
}
