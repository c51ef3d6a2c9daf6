package io.github.essaykit.sources;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.Value;

/**
 * BibTeX/BibLaTeX entry to CSL item, as pandoc maps it: citeproc-java's converter, then its quirks
 * corrected (checked against {@code pandoc -f bibtex -t csljson}): {@code number} is {@code issue}
 * for periodicals, {@code address} is only the publisher's place, the year is not an event date,
 * {@code editor} is not also a collection editor, {@code urldate} is a real date, and a title
 * without {@code shorttitle} gets the part before its colon as short title.
 */
final class BibTeXMapping {

    private static final Set<CSLType> PERIODICAL = Set.of(
            CSLType.ARTICLE_JOURNAL, CSLType.ARTICLE_MAGAZINE, CSLType.ARTICLE_NEWSPAPER, CSLType.ARTICLE);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private final BibTeXConverter converter = new BibTeXConverter();

    Source toSource(BibTeXEntry entry, String key, String file, int line) {
        CSLItemData raw = converter.toItemData(entry);
        CSLItemDataBuilder item = new CSLItemDataBuilder(raw).id(key);
        item.citationKey(key);
        if (field(entry, "eventdate") == null) {
            item.eventDate((CSLDate) null);
        }
        if (field(entry, "venue") == null) {
            item.eventPlace((String) null);
        }
        item.numberOfPages(field(entry, "pagetotal"));
        if (raw.getType() == CSLType.CHAPTER || raw.getType() == CSLType.PAPER_CONFERENCE) {
            item.collectionEditor((CSLName[]) null);
        }
        if (PERIODICAL.contains(raw.getType()) && raw.getNumber() != null && field(entry, "issue") == null) {
            item.issue(raw.getNumber());
            item.number((String) null);
        }
        String day = field(entry, "day");
        if (day != null && day.matches("\\d{1,2}") && raw.getIssued() != null && raw.getIssued().getDateParts() != null
                && raw.getIssued().getDateParts().length == 1 && raw.getIssued().getDateParts()[0].length == 2) {
            int[] parts = raw.getIssued().getDateParts()[0];
            item.issued(new CSLDateBuilder().dateParts(parts[0], parts[1], Integer.parseInt(day)).build());
        }
        String urldate = field(entry, "urldate");
        if (urldate != null) {
            item.accessed(isoDate(urldate));
        }
        String shortTitle = field(entry, "shorttitle");
        if (shortTitle != null) {
            item.titleShort(shortTitle);
        } else if (raw.getTitle() != null && raw.getTitle().contains(": ")) {
            item.titleShort(raw.getTitle().substring(0, raw.getTitle().indexOf(": ")));
        }
        String archiveUrl = first(entry, "archiveurl", "archive-url", "archive_url");
        String archiveDate = first(entry, "archivedate", "archive-date", "archive_date");
        return new Source(key, item.build(), file, line, archiveUrl, archiveDate);
    }

    /** An ISO date (2026-11-20, 2026-11, 2026) as CSL date parts; anything else kept raw. */
    static CSLDate isoDate(String text) {
        Matcher m = ISO_DATE.matcher(text.trim());
        if (!m.matches()) {
            return new CSLDateBuilder().raw(text).build();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new CSLDateBuilder().dateParts(year).build();
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            return new CSLDateBuilder().dateParts(year, month).build();
        }
        return new CSLDateBuilder().dateParts(year, month, Integer.parseInt(m.group(3))).build();
    }

    private static String first(BibTeXEntry entry, String... names) {
        for (String name : names) {
            String value = field(entry, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String field(BibTeXEntry entry, String name) {
        for (Map.Entry<Key, Value> f : entry.getFields().entrySet()) {
            if (f.getKey().getValue().toLowerCase(Locale.ROOT).equals(name)) {
                String value = f.getValue().toUserString().strip();
                return value.isEmpty() ? null : stripBraces(value);
            }
        }
        return null;
    }

    private static String stripBraces(String value) {
        return value.replace("{", "").replace("}", "");
    }
}
