package io.github.essaykit.sources;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Objects;

/**
 * One source as loaded: its key (case-sensitive, as pandoc), the CSL item data citeproc formats,
 * where it was defined, and what CSL has no variable for (an archived copy; the entry's {@code
 * file} field, which may name the source's own text for quote checks). {@code asWritten} is the
 * item with the titles a BibTeX reading sentence-cased as the entry wrote them (the item itself
 * when none was): CSL title-cases for English only, so a citation in another language prints
 * them so (CSL 1.0.2, Text-case; pandoc 2.17 keeps them so). All field values are untrusted
 * text: formatters escape them.
 */
public record Source(String key, CSLItemData item, String file, int line, String archiveUrl, String archiveDate,
        String textFile, CSLItemData asWritten) {

    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(file, "file");
        archiveUrl = archiveUrl == null ? "" : archiveUrl;
        archiveDate = archiveDate == null ? "" : archiveDate;
        textFile = textFile == null ? "" : textFile.strip();
        asWritten = asWritten == null ? item : asWritten;
    }

    public Source(String key, CSLItemData item, String file, int line, String archiveUrl, String archiveDate, String textFile) {
        this(key, item, file, line, archiveUrl, archiveDate, textFile, null);
    }

    public Source(String key, CSLItemData item, String file, int line, String archiveUrl, String archiveDate) {
        this(key, item, file, line, archiveUrl, archiveDate, "");
    }

    /** "sources.bib:12", for messages. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }
}
