package io.github.essaykit.quotes;

/**
 * A quotation after the check: the source it was checked against (the first cited source with a
 * text; empty when none of them has one), that text, and where it was found or the nearest
 * passage (null when neither).
 */
public record CheckedQuote(Quotation quotation, String key, SourceText text, SourceText.Match match) {

    /** No cited source has a text to check against. */
    public boolean unverified() {
        return text == null;
    }

    public boolean found() {
        return match != null && match.found();
    }
}
