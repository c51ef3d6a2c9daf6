package io.github.essaykit.sources;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Objects;

/**
 * One source as loaded: its key (case-sensitive, as pandoc), the CSL item data citeproc formats,
 * where it was defined, and what CSL has no variable for (an archived copy). All field values are
 * untrusted text: formatters escape them.
 */
public record Source(String key, CSLItemData item, String file, int line, String archiveUrl, String archiveDate) {

    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(file, "file");
        archiveUrl = archiveUrl == null ? "" : archiveUrl;
        archiveDate = archiveDate == null ? "" : archiveDate;
    }

    /** "sources.bib:12", for messages. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }
}
