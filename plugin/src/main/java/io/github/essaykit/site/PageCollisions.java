package io.github.essaykit.site;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.discover.FileNames;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.parse.ParsedEssay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Two inputs must never become one file of the site, or one silently replaces the other: an
 * essay {@code index.md} would take the place of the site's index, {@code A.md} and
 * {@code a.md} are one file on a host that ignores case (macOS, Windows, many file shares),
 * {@code café.md} in its two Unicode forms is one file on macOS, and {@code a.md} beside a
 * copied {@code a.html} write the same page. Each is an error naming every file involved.
 */
final class PageCollisions {

    /** Where a file of the site comes from: a source file, or (null) the site itself. */
    private record Origin(String sitePath, String sourceFile) {}

    private static final Map<String, String> SITE_PAGES = Map.of(
            "index.html", "the site's index page",
            Pages.BIBLIOGRAPHY, "the site's bibliography page");

    private PageCollisions() {}

    /** The errors for {@code essays} (written as pages) and {@code copied} (written as they are). */
    static List<Diagnostic> check(List<ParsedEssay> essays, List<SourceFile> copied) {
        return check(essays, copied, List.of());
    }

    /**
     * As {@link #check(List, List)}, with the keys of the sources that may get a page of their
     * own ({@link SourcePages}): every key of the library, since which are cited is known later.
     */
    static List<Diagnostic> check(List<ParsedEssay> essays, List<SourceFile> copied, Collection<String> sourceKeys) {
        SiteNames byFile = new SiteNames(8 * essays.size() + 2 * sourceKeys.size());
        SITE_PAGES.keySet().forEach(page -> byFile.add(new Origin(page, null)));
        sourceKeys.forEach(key -> byFile.add(new Origin(SourcePages.path(key), null)));
        for (int page = 2; page <= IndexPages.count(essays.size()); page++) {
            byFile.add(new Origin(IndexPages.path(page), null));
        }
        TemplateAssets.NAMES.forEach(name -> byFile.add(new Origin("assets/" + name, null)));
        byFile.add(new Origin("assets/" + TemplateAssets.LIVE_RELOAD, null));
        PagePublishing.SITE_FILES.forEach(name -> byFile.add(new Origin(name, null)));
        // at most this many addresses: the site's pages, every source's page and every essay
        int addresses = 2 + IndexPages.count(essays.size()) + sourceKeys.size() + essays.size();
        for (int part = 1; part <= io.github.essaykit.publish.SiteFeeds.sitemapParts(addresses); part++) {
            byFile.add(new Origin(io.github.essaykit.publish.SiteFeeds.sitemapPart(part), null));
        }
        for (ParsedEssay e : essays) {
            byFile.add(new Origin(Pages.pagePath(e.slug()), e.file().relative()));
            byFile.add(new Origin(PagePublishing.citeFile(e.slug()), null));
            io.github.essaykit.publish.SourceRecords.EXTENSIONS.forEach(
                    ext -> byFile.add(new Origin(PagePublishing.sourcesFile(e.slug(), ext), null)));
        }
        copied.forEach(f -> byFile.add(new Origin(f.relative(), f.relative())));

        List<Diagnostic> problems = new ArrayList<>();
        for (List<Origin> same : byFile.shared.values()) {
            for (Origin origin : same) {
                if (origin.sourceFile() != null) {
                    problems.add(Diagnostic.error(origin.sourceFile(), 0, 0, message(origin, same)));
                }
            }
        }
        return problems;
    }

    /**
     * The site's files by their folded name, hashed: essay:serve checks the whole site after each
     * edit, and nearly every name is one file; only names shared by two or more are kept in order.
     */
    private static final class SiteNames {

        private final Map<String, Origin> first;
        private final Map<String, List<Origin>> shared = new TreeMap<>();

        SiteNames(int expected) {
            first = new HashMap<>(2 * expected);
        }

        void add(Origin origin) {
            String key = FileNames.folded(origin.sitePath());
            Origin before = first.putIfAbsent(key, origin);
            if (before != null) {
                shared.computeIfAbsent(key, k -> new ArrayList<>(List.of(before))).add(origin);
            }
        }
    }

    private static String message(Origin origin, List<Origin> same) {
        Origin site = same.stream().filter(o -> o.sourceFile() == null).findFirst().orElse(null);
        if (site != null) {
            String what = SITE_PAGES.getOrDefault(site.sitePath(), site.sitePath().startsWith("assets/")
                    ? "a file of the site's own template" : site.sitePath().startsWith(SourcePages.FOLDER)
                    ? "the page of a source of the bibliography" : site.sitePath().startsWith("page/")
                    ? "a page of the site's index" : "a file essaykit writes (a download, the feed or the sitemap)");
            return "would be written to " + origin.sitePath() + ", which is " + what + "; rename this file";
        }
        List<Origin> others = same.stream().filter(o -> o != origin).toList();
        String names = others.stream().map(o -> "'" + o.sourceFile() + "'").collect(Collectors.joining(", "));
        boolean exact = others.stream().allMatch(o -> o.sitePath().equals(origin.sitePath()));
        return "would be written to " + origin.sitePath() + (exact ? ", as would " + names
                : ", the same file as " + names + " on hosts that ignore upper and lower case or Unicode forms (macOS, Windows)")
                + "; rename one of them";
    }
}
