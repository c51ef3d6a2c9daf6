package io.github.essaykit.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book as Open Library's {@code api/books?jscmd=data} describes it, as a CSL item: title and
 * subtitle, authors (a name as "Given Family", or "Family, Given"), publishers and their places,
 * the year of {@code publish_date}, pages and its Open Library address. Values are copied as
 * given; {@link FetchedItem} cleans them after.
 */
final class OpenLibraryBook {

    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

    private OpenLibraryBook() {}

    static Map<String, Object> toCsl(Map<?, ?> book, String isbn) {
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("type", "book");
        String title = text(book.get("title"));
        String subtitle = text(book.get("subtitle"));
        csl.put("title", subtitle.isEmpty() ? title : title + ": " + subtitle);
        List<Object> authors = new ArrayList<>();
        for (String name : names(book.get("authors"))) {
            authors.add(person(name));
        }
        if (!authors.isEmpty()) {
            csl.put("author", authors);
        }
        put(csl, "publisher", String.join("; ", names(book.get("publishers"))));
        put(csl, "publisher-place", String.join("; ", names(book.get("publish_places"))));
        Matcher year = YEAR.matcher(text(book.get("publish_date")));
        if (year.find()) {
            csl.put("issued", Map.of("date-parts", List.of(List.of(Integer.parseInt(year.group(1))))));
        }
        put(csl, "number-of-pages", text(book.get("number_of_pages")));
        put(csl, "ISBN", isbn);
        put(csl, "URL", text(book.get("url")));
        return csl;
    }

    /** "Fred Kaplan" and "Kaplan, Fred" as family and given; one word as a literal name. */
    static Map<String, Object> person(String name) {
        int comma = name.indexOf(',');
        if (comma > 0) {
            return Map.of("family", name.substring(0, comma).strip(), "given", name.substring(comma + 1).strip());
        }
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return Map.of("literal", name);
        }
        return Map.of("family", name.substring(space + 1), "given", name.substring(0, space).strip());
    }

    /** The {@code name} of each map in a list. */
    private static List<String> names(Object list) {
        List<String> names = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map && !text(map.get("name")).isEmpty()) {
                    names.add(text(map.get("name")));
                }
            }
        }
        return names;
    }

    private static void put(Map<String, Object> csl, String name, String value) {
        if (!value.isEmpty()) {
            csl.put(name, value);
        }
    }

    private static String text(Object value) {
        return FetchedItem.scalar(value);
    }
}
