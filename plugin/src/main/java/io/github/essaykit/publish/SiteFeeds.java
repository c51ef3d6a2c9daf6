package io.github.essaykit.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Atom feed ({@code feed.xml}, RFC 4287) and the sitemap ({@code sitemap.xml}, sitemaps.org
 * 0.9) of a site with a public address. Times come from the essays' dates, never from the clock,
 * so the same essays give the same files; a date without a day is its first day, at midnight UTC.
 * Essays without a date have no place in a feed (Atom requires an entry's time) and are left
 * out of it; the sitemap lists them without {@code lastmod}.
 */
public final class SiteFeeds {

    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";

    /** An essay as the feed and sitemap list it: its record and its page ("notes/tapes.html"). */
    public record Item(EssayRecord essay, String page) {}

    private SiteFeeds() {}

    /** The feed of the dated essays, newest first. */
    public static String atom(SiteAddress address, String siteTitle, String lang, List<Item> essays) {
        List<Item> dated = essays.stream().filter(i -> !i.essay().date().isEmpty())
                .sorted(Comparator.comparing((Item i) -> time(i.essay().date())).reversed().thenComparing(Item::page)).toList();
        String updated = dated.isEmpty() ? "1970-01-01T00:00:00Z" : time(dated.get(0).essay().date());
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"").append(lang.isBlank() ? "" : " xml:lang=\"" + x(lang) + "\"")
                .append(">\n");
        element(out, "  ", "title", siteTitle);
        element(out, "  ", "id", address.base());
        out.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(x(address.at(FEED))).append("\"/>\n");
        out.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(x(address.base())).append("\"/>\n");
        element(out, "  ", "updated", updated);
        out.append("  <author>\n");
        element(out, "    ", "name", siteTitle);
        out.append("  </author>\n");
        element(out, "  ", "generator", "essaykit");
        for (Item item : dated) {
            EssayRecord essay = item.essay();
            String url = address.at(item.page());
            out.append("  <entry>\n");
            element(out, "    ", "title", essay.title());
            element(out, "    ", "id", url);
            out.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(x(url)).append("\"/>\n");
            element(out, "    ", "published", time(essay.date()));
            element(out, "    ", "updated", time(essay.date()));
            for (String author : essay.authors()) {
                out.append("    <author>\n");
                element(out, "      ", "name", author);
                out.append("    </author>\n");
            }
            for (String tag : essay.tags()) {
                out.append("    <category term=\"").append(x(tag)).append("\"/>\n");
            }
            if (!essay.summary().isBlank()) {
                element(out, "    ", "summary", essay.summary());
            }
            out.append("  </entry>\n");
        }
        return out.append("</feed>\n").toString();
    }

    /** The most addresses one sitemap file may hold (sitemaps.org). */
    static final int SITEMAP_LIMIT = 50_000;

    /** "sitemap-2.xml": a part of a sitemap too long for one file. */
    public static String sitemapPart(int part) {
        return "sitemap-" + part + ".xml";
    }

    /** How many parts a sitemap of {@code addresses} addresses is split into: 0 when sitemap.xml holds them all. */
    public static int sitemapParts(int addresses) {
        return addresses <= SITEMAP_LIMIT ? 0 : (addresses + SITEMAP_LIMIT - 1) / SITEMAP_LIMIT;
    }

    /**
     * The sitemap's files by name: the site's pages, then every essay (with its day as
     * {@code lastmod} when it has one), in sitemap.xml; past 50,000 addresses, which one file may
     * not hold, sitemap.xml is an index of sitemap-1.xml, sitemap-2.xml, … of 50,000 each.
     */
    public static Map<String, String> sitemaps(SiteAddress address, List<String> sitePages, List<Item> essays) {
        List<String[]> urls = new ArrayList<>(); // address, lastmod or null
        sitePages.forEach(page -> urls.add(new String[] {address.at(page), null}));
        for (Item item : essays.stream().sorted(Comparator.comparing(Item::page)).toList()) {
            // a day only: a month or a year alone would claim a day
            urls.add(new String[] {address.at(item.page()), item.essay().date().length() == 10 ? item.essay().date() : null});
        }
        Map<String, String> files = new LinkedHashMap<>();
        int parts = sitemapParts(urls.size());
        if (parts == 0) {
            files.put(SITEMAP, urlset(urls));
            return files;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        index.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int part = 1; part <= parts; part++) {
            files.put(sitemapPart(part), urlset(urls.subList((part - 1) * SITEMAP_LIMIT, Math.min(urls.size(), part * SITEMAP_LIMIT))));
            index.append("  <sitemap>\n");
            element(index, "    ", "loc", address.at(sitemapPart(part)));
            index.append("  </sitemap>\n");
        }
        files.put(SITEMAP, index.append("</sitemapindex>\n").toString());
        return files;
    }

    private static String urlset(List<String[]> urls) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String[] url : urls) {
            out.append("  <url>\n");
            element(out, "    ", "loc", url[0]);
            if (url[1] != null) {
                element(out, "    ", "lastmod", url[1]);
            }
            out.append("  </url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    /** "2012-10-16T00:00:00Z" of an ISO date "2012", "2012-10" or "2012-10-16". */
    static String time(String isoDate) {
        String day = switch (isoDate.length()) {
            case 4 -> isoDate + "-01-01";
            case 7 -> isoDate + "-01";
            default -> isoDate;
        };
        return day + "T00:00:00Z";
    }

    private static void element(StringBuilder out, String indent, String name, String text) {
        out.append(indent).append('<').append(name).append('>').append(x(text.strip())).append("</").append(name).append(">\n");
    }

    private static String x(String text) {
        return XmlText.escape(text);
    }
}
