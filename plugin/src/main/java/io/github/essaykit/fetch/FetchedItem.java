package io.github.essaykit.fetch;

import io.github.essaykit.safety.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;

/**
 * What a lookup service answered, cut down to a clean CSL item before anything keeps it: only
 * CSL's own variables (not Crossref's references, licences, funders or abstract), each string as
 * plain text (markup such as JATS tags dropped, control characters removed, length bounded),
 * names as their parts, dates as numbers, and addresses only when {@link UrlPolicy} publishes
 * them. The item's id is the citation key, so the essay that cited it finds it.
 */
final class FetchedItem {

    private static final Set<String> STRINGS = Set.of("annote", "archive", "archive_location", "archive-place",
            "authority", "call-number", "chapter-number", "collection-number", "collection-title", "container-title",
            "container-title-short", "dimensions", "DOI", "edition", "event", "event-place", "genre", "ISBN", "ISSN",
            "issue", "jurisdiction", "language", "medium", "note", "number", "number-of-pages", "number-of-volumes",
            "original-publisher", "original-publisher-place", "original-title", "page", "PMCID", "PMID", "publisher",
            "publisher-place", "section", "source", "status", "title", "title-short", "URL", "version", "volume");
    private static final Set<String> NAMES = Set.of("author", "editor", "translator", "container-author",
            "collection-editor", "composer", "director", "editorial-director", "illustrator", "interviewer",
            "original-author", "recipient", "reviewed-author");
    private static final Set<String> NAME_PARTS = Set.of("family", "given", "literal", "suffix", "dropping-particle",
            "non-dropping-particle");
    private static final Set<String> DATES = Set.of("issued", "original-date", "event-date", "submitted");
    private static final Set<String> TYPES = Set.of("article", "article-journal", "article-magazine", "article-newspaper",
            "bill", "book", "broadcast", "chapter", "dataset", "entry", "entry-dictionary", "entry-encyclopedia", "figure",
            "graphic", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score",
            "pamphlet", "paper-conference", "patent", "personal_communication", "post", "post-weblog", "report", "review",
            "review-book", "song", "speech", "thesis", "treaty", "webpage");

    /** The longest string kept: a title or a container's name, never a document. */
    static final int MAX_TEXT = 2_000;

    private FetchedItem() {}

    static SourceLookup.Found clean(Map<?, ?> raw, Identifier id) {
        Map<String, Object> item = new TreeMap<>(); // sorted: the file is written in this order
        raw.forEach((k, v) -> {
            String name = String.valueOf(k);
            if (STRINGS.contains(name)) {
                String text = text(v instanceof List<?> list && !list.isEmpty() ? list.get(0) : v);
                if (!text.isEmpty() && (!name.equals("URL") || web(text))) {
                    item.put(name, text);
                }
            } else if (NAMES.contains(name) && v instanceof List<?> list) {
                List<Object> names = names(list);
                if (!names.isEmpty()) {
                    item.put(name, names);
                }
            } else if (DATES.contains(name) && v instanceof Map<?, ?> date) {
                Map<String, Object> parts = date(date);
                if (parts != null) {
                    item.put(name, parts);
                }
            }
        });
        if (!item.containsKey("title")) {
            return SourceLookup.Found.problem("the record found has no title");
        }
        String type = scalar(raw.get("type")).toLowerCase(Locale.ROOT);
        item.put("type", TYPES.contains(type) ? type : id.kind() == Identifier.Kind.ISBN ? "book" : "article");
        item.put(id.kind() == Identifier.Kind.DOI ? "DOI" : "ISBN", id.value());
        item.put("id", id.key());
        return new SourceLookup.Found(FetchedFile.ordered(item), null);
    }

    private static List<Object> names(List<?> list) {
        List<Object> names = new ArrayList<>();
        for (Object each : list) {
            if (each instanceof Map<?, ?> name) {
                Map<String, Object> parts = new TreeMap<>();
                name.forEach((k, v) -> {
                    String text = text(v);
                    if (NAME_PARTS.contains(String.valueOf(k)) && !text.isEmpty()) {
                        parts.put(String.valueOf(k), text);
                    }
                });
                if (parts.containsKey("family") || parts.containsKey("literal")) {
                    names.add(parts);
                }
            }
        }
        return names;
    }

    /** {@code date-parts} of up to two dates of at most three whole numbers each; else null. */
    private static Map<String, Object> date(Map<?, ?> date) {
        if (!(date.get("date-parts") instanceof List<?> ranges) || ranges.isEmpty() || ranges.size() > 2) {
            return null;
        }
        List<Object> clean = new ArrayList<>();
        for (Object range : ranges) {
            if (!(range instanceof List<?> parts) || parts.isEmpty() || parts.size() > 3) {
                return null;
            }
            List<Object> numbers = new ArrayList<>();
            for (Object part : parts) {
                String digits = scalar(part);
                if (!digits.matches("-?\\d{1,4}")) {
                    return null;
                }
                numbers.add(Integer.parseInt(digits));
            }
            clean.add(numbers);
        }
        return Map.of("date-parts", clean);
    }

    private static boolean web(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return UrlPolicy.allows(url) && (lower.startsWith("https://") || lower.startsWith("http://"));
    }

    /** Plain text: tags dropped and entities decoded (as a browser shows the text), controls removed, bounded. */
    private static String text(Object value) {
        String raw = scalar(value);
        if (raw.isEmpty()) {
            return "";
        }
        String text = raw.indexOf('<') >= 0 || raw.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(raw).text() : raw;
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        String clean = out.toString().replaceAll("\\s+", " ").strip();
        return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) + "…" : clean;
    }

    /** A JSON string or number as text ({@code 216}, not {@code 216.0}); anything else as "". */
    static String scalar(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.valueOf(n);
        }
        return value instanceof String s ? s.strip() : "";
    }
}
