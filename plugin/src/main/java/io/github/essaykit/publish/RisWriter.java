package io.github.essaykit.publish;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sources as RIS records (the tagged format of Research Information Systems, read by EndNote,
 * Zotero, Mendeley and most catalogues): {@code TY} first and {@code ER} last, one
 * {@code "XX  - value"} line per value, lines ended by CR LF as the format asks.
 */
final class RisWriter {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");
    private static final Pattern KEYWORD_BREAKS = Pattern.compile("[,;]");

    private final StringBuilder out = new StringBuilder();

    private RisWriter() {}

    static String write(List<CslVariables> items) {
        RisWriter writer = new RisWriter();
        items.forEach(writer::record);
        return writer.out.toString();
    }

    /** The RIS reference type of a CSL type; GEN (generic) for the rest. */
    static String type(String cslType) {
        return switch (cslType) {
            case "article-journal" -> "JOUR";
            case "article-magazine" -> "MGZN";
            case "article-newspaper" -> "NEWS";
            case "book" -> "BOOK";
            case "chapter" -> "CHAP";
            case "paper-conference" -> "CPAPER";
            case "entry-encyclopedia", "entry-dictionary", "entry" -> "ENCYC";
            case "thesis" -> "THES";
            case "report" -> "RPRT";
            case "webpage", "post", "post-weblog" -> "ELEC";
            case "dataset" -> "DATA";
            case "patent" -> "PAT";
            case "manuscript" -> "MANSCPT";
            case "pamphlet" -> "PAMP";
            case "graphic" -> "ART";
            case "song" -> "SOUND";
            case "legal_case" -> "CASE";
            case "legislation" -> "STAT";
            case "personal_communication" -> "PCOMM";
            case "motion_picture" -> "MPCT";
            case "map" -> "MAP";
            case "speech" -> "SLIDE";
            case "software" -> "COMP";
            default -> "GEN";
        };
    }

    private void record(CslVariables item) {
        String type = type(item.type());
        line("TY", type);
        line("ID", item.key());
        names("AU", item.names("author"));
        names("A2", item.names("editor"));
        names("A2", item.names("container-author"));
        names("A4", item.names("translator"));
        line("TI", item.text("title"));
        line("ST", item.text("title-short"));
        line("T2", item.text("container-title"));
        line("J2", item.text("container-title-short"));
        line("T3", item.text("collection-title"));
        date(item);
        line("VL", item.text("volume"));
        line("IS", item.text("issue"));
        line("ET", item.text("edition"));
        line("M1", item.text("number"));
        pages(item.text("page"));
        line("SP", item.text("number-of-pages").isEmpty() || !item.text("page").isEmpty() ? "" : item.text("number-of-pages"));
        line("PB", item.text("publisher"));
        line("CY", item.text("publisher-place"));
        line("M3", item.text("genre"));
        line("SN", item.text("ISBN").isEmpty() ? item.text("ISSN") : item.text("ISBN"));
        line("DO", item.text("DOI"));
        line("UR", item.text("URL"));
        line("AB", item.text("abstract"));
        line("N1", item.text("note"));
        line("LA", item.text("language"));
        for (String keyword : KEYWORD_BREAKS.split(item.text("keyword"))) {
            line("KW", keyword.strip());
        }
        line("ER", "");
    }

    private void names(String tag, List<Map<String, Object>> names) {
        names.forEach(name -> line(tag, CslVariables.invertedName(name)));
    }

    /** PY the year; DA the whole date "YYYY/MM/DD/"; Y2 the date the source was accessed. */
    private void date(CslVariables item) {
        List<Integer> issued = item.date("issued");
        if (!issued.isEmpty()) {
            line("PY", String.format(Locale.ROOT, "%04d", issued.get(0)));
            line("DA", risDate(issued));
        } else {
            line("PY", item.dateText("issued"));
        }
        List<Integer> accessed = item.date("accessed");
        line("Y2", accessed.isEmpty() ? item.dateText("accessed") : risDate(accessed));
    }

    private static String risDate(List<Integer> parts) {
        StringBuilder date = new StringBuilder(String.format(Locale.ROOT, "%04d/", parts.get(0)));
        for (int i = 1; i < 3; i++) {
            date.append(i < parts.size() ? String.format(Locale.ROOT, "%02d", parts.get(i)) : "").append('/');
        }
        return date.toString();
    }

    /** SP the first page, EP the last when the pages are one range. */
    private void pages(String page) {
        String[] range = ReferenceMeta.PAGE_RANGE.split(page);
        if (range.length == 2 && !page.contains(",")) {
            line("SP", range[0]);
            line("EP", range[1]);
        } else {
            line("SP", page);
        }
    }

    /** One tagged line; empty values are left out, except ER's. Line breaks in a value become spaces. */
    private void line(String tag, String value) {
        String text = value == null ? "" : LINE_BREAKS.matcher(value).replaceAll(" ").strip();
        if (text.isEmpty() && !tag.equals("ER")) {
            return;
        }
        out.append(tag).append("  - ").append(text).append("\r\n");
    }
}
