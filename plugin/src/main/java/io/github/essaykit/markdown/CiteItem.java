package io.github.essaykit.markdown;

import java.util.Objects;

/**
 * One cited source inside a citation, as pandoc models it: {@code [see @may1997, 170-72]} has
 * prefix "see", key "may1997", label "page", locator "170-72". Prefix and suffix are plain text
 * (escaped on output); label is a CSL locator term ("page", "chapter", "section", ...) or "" when
 * there is no locator.
 */
public record CiteItem(String key, String prefix, String label, String locator, String suffix, Mode mode) {

    /** How the author appears: as pandoc's NormalCitation, SuppressAuthor and AuthorInText. */
    public enum Mode {
        NORMAL,
        SUPPRESS_AUTHOR,
        AUTHOR_IN_TEXT
    }

    public CiteItem {
        Objects.requireNonNull(key, "key");
        prefix = prefix == null ? "" : prefix;
        label = label == null ? "" : label;
        locator = locator == null ? "" : locator;
        suffix = suffix == null ? "" : suffix;
        Objects.requireNonNull(mode, "mode");
    }

    public static CiteItem of(String key) {
        return new CiteItem(key, "", "", "", "", Mode.NORMAL);
    }

    public boolean hasLocator() {
        return !locator.isEmpty();
    }
}
