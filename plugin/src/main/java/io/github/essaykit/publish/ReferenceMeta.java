package io.github.essaykit.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The metadata reference managers read from an essay's page (Zotero's connector reads all
 * three): Highwire Press {@code citation_*} meta tags for the essay with one
 * {@code citation_reference} per source, a schema.org JSON-LD {@code ScholarlyArticle} whose
 * {@code citation} lists the sources, and a COinS ({@code Z3988}) OpenURL for each source.
 * Values are raw text here; the template escapes the tags' and spans' attributes, and the JSON-LD
 * is written inert for a {@code <script>} element.
 */
public final class ReferenceMeta {

    /** One {@code <meta name content>}. */
    public record Tag(String name, String content) {}

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
    /** "12–34", "12 - 34": first and last page (String.split's rule: trailing empty parts dropped). */
    static final Pattern PAGE_RANGE = Pattern.compile("\\s*[-–]+\\s*");

    private ReferenceMeta() {}

    /** Highwire tags: the essay's title, authors, date (YYYY/MM/DD), language, keywords, address, then its sources. */
    public static List<Tag> highwire(EssayRecord essay, List<String> references) {
        List<Tag> tags = new ArrayList<>();
        add(tags, "citation_title", essay.title());
        essay.authors().forEach(a -> add(tags, "citation_author", a));
        add(tags, "citation_publication_date", essay.date().replace('-', '/'));
        add(tags, "citation_journal_title", essay.siteTitle());
        add(tags, "citation_language", essay.lang());
        add(tags, "citation_keywords", String.join("; ", essay.tags()));
        add(tags, "citation_abstract_html_url", essay.url());
        references.forEach(reference -> add(tags, "citation_reference", reference));
        return tags;
    }

    private static void add(List<Tag> tags, String name, String content) {
        if (content != null && !content.isBlank()) {
            tags.add(new Tag(name, content.strip()));
        }
    }

    /**
     * A source as Highwire's {@code citation_reference} content: {@code citation_*=value} pairs
     * joined by "; ". The format has no escape, so a ';' in a value becomes ',' and line breaks
     * become spaces.
     */
    static String reference(CslVariables source) {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        pair(pairs, "citation_title", source.text("title"));
        source.names("author").forEach(n -> pair(pairs, "citation_author", CslVariables.displayName(n)));
        if (source.names("author").isEmpty()) {
            source.names("editor").forEach(n -> pair(pairs, "citation_author", CslVariables.displayName(n)));
        }
        String container = source.text("container-title");
        String type = source.type();
        pair(pairs, type.startsWith("article") ? "citation_journal_title"
                : type.equals("paper-conference") ? "citation_conference_title" : "citation_inbook_title", container);
        pair(pairs, "citation_publisher", source.text("publisher"));
        List<Integer> issued = source.date("issued");
        pair(pairs, "citation_publication_date", issued.isEmpty() ? source.dateText("issued") : slashDate(issued));
        pair(pairs, "citation_volume", source.text("volume"));
        pair(pairs, "citation_issue", source.text("issue"));
        String[] pages = PAGE_RANGE.split(source.text("page"));
        pair(pairs, "citation_firstpage", pages[0]);
        pair(pairs, "citation_lastpage", pages.length == 2 ? pages[1] : "");
        pair(pairs, "citation_doi", source.text("DOI"));
        pair(pairs, "citation_isbn", source.text("ISBN"));
        pair(pairs, "citation_issn", source.text("ISSN"));
        pair(pairs, "citation_public_url", source.text("URL"));
        List<String> out = new ArrayList<>();
        pairs.forEach((name, values) -> values.forEach(v -> out.add(name + "=" + v)));
        return String.join("; ", out);
    }

    private static void pair(Map<String, List<String>> pairs, String name, String value) {
        String text = value == null ? "" : LINE_BREAKS.matcher(value).replaceAll(" ").replace(';', ',').strip();
        if (!text.isEmpty()) {
            pairs.computeIfAbsent(name, k -> new ArrayList<>()).add(text);
        }
    }

    private static String slashDate(List<Integer> parts) {
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d", parts.get(0)));
        for (int i = 1; i < parts.size(); i++) {
            out.append(String.format(java.util.Locale.ROOT, "/%02d", parts.get(i)));
        }
        return out.toString();
    }

    /** The ISO date "2001-03-04" (or "2001", "2001-03") of a date variable, else its text. */
    private static String isoDate(CslVariables source, String variable) {
        List<Integer> parts = source.date(variable);
        return parts.isEmpty() ? source.dateText(variable) : slashDate(parts).replace('/', '-');
    }

    /**
     * COinS: the source as an OpenURL 1.0 ContextObject in KEV form (Z39.88-2004), the value of
     * the {@code title} of a {@code <span class="Z3988">}. Journal articles and papers use the
     * journal format, books and chapters the book format, everything else Dublin Core.
     */
    static String coins(CslVariables item) {
        String type = item.type();
        List<String[]> kev = new ArrayList<>();
        kev.add(new String[] {"ctx_ver", "Z39.88-2004"});
        boolean journal = type.startsWith("article") || type.equals("paper-conference");
        boolean book = type.equals("book") || type.equals("chapter") || type.equals("report") || type.equals("thesis");
        if (journal) {
            kev.add(new String[] {"rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"});
            kev.add(new String[] {"rft.genre", type.equals("paper-conference") ? "proceeding" : "article"});
            kev.add(new String[] {"rft.atitle", item.text("title")});
            kev.add(new String[] {"rft.jtitle", item.text("container-title")});
            kev.add(new String[] {"rft.volume", item.text("volume")});
            kev.add(new String[] {"rft.issue", item.text("issue")});
        } else if (book) {
            kev.add(new String[] {"rft_val_fmt", "info:ofi/fmt:kev:mtx:book"});
            boolean chapter = type.equals("chapter");
            kev.add(new String[] {"rft.genre", chapter ? "bookitem" : type.equals("report") ? "report"
                    : type.equals("thesis") ? "document" : "book"});
            kev.add(new String[] {chapter ? "rft.atitle" : "rft.btitle", item.text("title")});
            kev.add(new String[] {"rft.btitle", chapter ? item.text("container-title") : ""});
            kev.add(new String[] {"rft.pub", item.text("publisher")});
            kev.add(new String[] {"rft.place", item.text("publisher-place")});
            kev.add(new String[] {"rft.edition", item.text("edition")});
            kev.add(new String[] {"rft.series", item.text("collection-title")});
            kev.add(new String[] {"rft.isbn", item.text("ISBN")});
        } else {
            kev.add(new String[] {"rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"});
            kev.add(new String[] {"rft.type", type});
            kev.add(new String[] {"rft.title", item.text("title")});
            kev.add(new String[] {"rft.source", item.text("container-title")});
            kev.add(new String[] {"rft.publisher", item.text("publisher")});
        }
        List<Map<String, Object>> authors = item.names("author");
        boolean dc = !journal && !book;
        for (int i = 0; i < authors.size(); i++) {
            Map<String, Object> name = authors.get(i);
            if (dc) {
                kev.add(new String[] {"rft.creator", CslVariables.invertedName(name)});
            } else if (name.get("literal") != null) {
                kev.add(new String[] {"rft.aucorp", String.valueOf(name.get("literal"))});
            } else if (i == 0) {
                kev.add(new String[] {"rft.aulast", CslVariables.invertedName(Map.of("family", name.getOrDefault("family", ""),
                        "non-dropping-particle", name.getOrDefault("non-dropping-particle", "")))});
                kev.add(new String[] {"rft.aufirst", String.valueOf(name.getOrDefault("given", ""))});
            } else {
                kev.add(new String[] {"rft.au", CslVariables.displayName(name)});
            }
        }
        kev.add(new String[] {"rft.date", isoDate(item, "issued")});
        if (!dc) {
            String[] pages = PAGE_RANGE.split(item.text("page"));
            kev.add(new String[] {pages.length == 2 ? "rft.spage" : "rft.pages", pages[0]});
            kev.add(new String[] {"rft.epage", pages.length == 2 ? pages[1] : ""});
            kev.add(new String[] {"rft.issn", journal ? item.text("ISSN") : ""});
        }
        kev.add(new String[] {"rft_id", item.text("DOI").isEmpty() ? "" : "info:doi/" + item.text("DOI")});
        kev.add(new String[] {"rft_id", item.text("URL")});
        List<String> out = new ArrayList<>();
        for (String[] pair : kev) {
            if (!pair[1].isBlank()) {
                out.add(pair[0] + "=" + URLEncoder.encode(pair[1].strip(), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", out);
    }

    /** The essay as a schema.org {@code ScholarlyArticle}, its sources as {@code citation}, for a {@code <script type="application/ld+json">}. */
    static String jsonLd(EssayRecord essay, List<CslVariables> sources) {
        return article(essay, sources.stream().map(ReferenceMeta::work).toList());
    }

    /**
     * The same, each source's work written already ({@link #workJson}): a source cited by
     * hundreds of essays is written once a build.
     */
    static String jsonLdOfWorks(EssayRecord essay, List<String> works) {
        return article(essay, works.stream().map(JsonText.Raw::new).toList());
    }

    /** A source's schema.org work ({@link #work}) as {@link #jsonLdOfWorks} takes it. */
    static String workJson(CslVariables source) {
        return JsonText.forScript(work(source));
    }

    /** The article of {@link #jsonLd}, its {@code citation} the works given (maps, or JSON written already). */
    private static String article(EssayRecord essay, List<?> works) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "ScholarlyArticle");
        article.put("headline", essay.title());
        put(article, "author", essay.authors().stream().map(ReferenceMeta::person).toList());
        put(article, "datePublished", essay.date());
        put(article, "description", essay.summary());
        put(article, "inLanguage", essay.lang());
        put(article, "keywords", essay.tags());
        put(article, "url", essay.url());
        if (!essay.siteTitle().isBlank()) {
            article.put("isPartOf", typed("WebSite", essay.siteTitle()));
        }
        put(article, "citation", works);
        return JsonText.forScript(article);
    }

    private static Map<String, Object> person(String name) {
        return typed("Person", name);
    }

    /** {"@type": type, "name": name}, in that order. */
    private static Map<String, Object> typed(String type, String name) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put("name", name);
        return thing;
    }

    /** A source as a schema.org creative work of the nearest type. */
    static Map<String, Object> work(CslVariables source) {
        Map<String, Object> work = new LinkedHashMap<>();
        String type = source.type();
        work.put("@type", switch (type) {
            case "book" -> "Book";
            case "chapter" -> "Chapter";
            case "article-journal", "paper-conference" -> "ScholarlyArticle";
            case "article-newspaper", "article-magazine" -> "NewsArticle";
            case "report" -> "Report";
            case "thesis" -> "Thesis";
            case "webpage", "post", "post-weblog" -> "WebPage";
            case "dataset" -> "Dataset";
            case "motion_picture" -> "Movie";
            case "legislation" -> "Legislation";
            default -> "CreativeWork";
        });
        work.put("@id", "#" + io.github.essaykit.resolve.Sourcing.entryId(source.key()));
        put(work, "name", source.text("title"));
        List<Map<String, Object>> authors = new ArrayList<>();
        for (Map<String, Object> name : source.names("author")) {
            authors.add(typed(name.get("literal") != null ? "Organization" : "Person", CslVariables.displayName(name)));
        }
        put(work, "author", authors);
        put(work, "datePublished", isoDate(source, "issued"));
        String container = source.text("container-title");
        if (!container.isEmpty()) {
            work.put("isPartOf", typed(type.startsWith("article") ? "Periodical" : "CreativeWork", container));
        }
        String publisher = source.text("publisher");
        if (!publisher.isEmpty()) {
            work.put("publisher", typed("Organization", publisher));
        }
        put(work, "pagination", source.text("page"));
        put(work, "isbn", source.text("ISBN"));
        put(work, "url", source.text("URL"));
        put(work, "sameAs", source.text("DOI").isEmpty() ? "" : "https://doi.org/" + source.text("DOI"));
        return work;
    }

    private static void put(Map<String, Object> map, String name, Object value) {
        if (value instanceof String s ? !s.isBlank() : value instanceof Collection<?> c ? !c.isEmpty() : value != null) {
            map.put(name, value);
        }
    }
}
