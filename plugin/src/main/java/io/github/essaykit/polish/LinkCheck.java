package io.github.essaykit.polish;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Suggestions;
import io.github.essaykit.discover.SitePaths;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The last check before writing: every local href and src of every page must name a file of
 * the site, and every #fragment an id of its page. Site-root links ("/x") are reported too:
 * they break a site served under a path or opened from disk. A broken address the author wrote
 * is reported at each place it was written ({@link Place}: the essay's line and column, or the
 * line of the source in its bibliography file); only one a template wrote is reported against
 * the page.
 */
public final class LinkCheck {

    /**
     * A place an address of a page was written: a line and column of an essay, or a source's line
     * in its bibliography file; {@code what} opens the message ("source 'x': ").
     */
    public record Place(String file, int line, int column, String what) {

        public Place(String file, int line, int column) {
            this(file, line, column, "");
        }
    }

    private static final Pattern EXTERNAL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:|//");

    private LinkCheck() {}

    /** What the check needs of a page, found by {@link #scan}: its ids, its links in document order, ids used twice. */
    public record Scan(Set<String> ids, List<String> links, List<Diagnostic> duplicates) {}

    /**
     * Pages scanned by earlier checks, by path, reused while a page's HTML is unchanged: under
     * essay:serve an edit re-parses only the pages it changed. {@link #NONE} keeps nothing, not
     * even the HTML, so a build keeps only each page's scan.
     */
    public static final class Memo {

        public static final Memo NONE = new Memo(false);

        private record Scanned(String html, Scan scan) {}

        private final boolean keep;
        private final Map<String, Scanned> scans = new ConcurrentHashMap<>();

        private Memo(boolean keep) {
            this.keep = keep;
        }

        public static Memo create() {
            return new Memo(true);
        }

        /** The scan of a page, the one kept while its HTML is the same. Thread-safe. */
        public Scan scan(String path, String html) {
            Scanned known = keep ? scans.get(path) : null;
            if (known != null && known.html().equals(html)) {
                return known.scan();
            }
            Scan scan = LinkCheck.scan(path, html);
            if (keep) {
                scans.put(path, new Scanned(html, scan));
            }
            return scan;
        }

        /** Forgets the pages not in {@code paths}. */
        public void retain(Set<String> paths) {
            scans.keySet().retainAll(paths);
        }
    }

    /** A page's ids (and the ids used twice) and its links, from its HTML. */
    public static Scan scan(String path, String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Map<String, Element> ids = new HashMap<>();
        List<Diagnostic> duplicates = new ArrayList<>();
        for (Element e : doc.select("[id]")) {
            Element first = ids.putIfAbsent(e.id(), e);
            if (first != null) {
                duplicates.add(duplicate(path, e, first));
            }
        }
        List<String> links = new ArrayList<>();
        for (Element e : doc.select("[href], [src]")) {
            links.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
        return new Scan(Set.copyOf(ids.keySet()), List.copyOf(links), List.copyOf(duplicates));
    }

    /** @param pages page path → HTML; @param files every other file the site will hold */
    public static List<Diagnostic> check(Map<String, String> pages, Set<String> files) {
        return check(pages, files, Map.of(), Memo.NONE);
    }

    public static List<Diagnostic> check(Map<String, String> pages, Set<String> files, Memo memo) {
        return check(pages, files, Map.of(), memo);
    }

    /** @param origins page path → address → where it was written (an address not there: a template's) */
    public static List<Diagnostic> check(Map<String, String> pages, Set<String> files,
            Map<String, Map<String, List<Place>>> origins, Memo memo) {
        Map<String, Scan> scans = new HashMap<>();
        pages.forEach((path, html) -> scans.put(path, memo.scan(path, html)));
        memo.retain(pages.keySet());
        return check(scans, files, origins);
    }

    /**
     * @param scans page path → its {@link #scan}
     * @param files every other file the site will hold
     * @param origins page path → address → where it was written (an address not there: a template's)
     */
    public static List<Diagnostic> check(Map<String, Scan> scans, Set<String> files, Map<String, Map<String, List<Place>>> origins) {
        List<Page> pages = new ArrayList<>();
        scans.forEach((path, scan) -> pages.add(page(path, scan, origins.getOrDefault(path, Map.of()))));
        return check(pages, files);
    }

    /**
     * A page's links checked as far as the page alone tells: the problems found and the links the
     * author wrote into other pages and files, in the page's order, then those a template wrote
     * there (each "also in" list links to every other essay citing a source: hundreds a page,
     * the same addresses on many pages, so each is kept once: {@link #page(String, Scan, Map, Map)});
     * all left until the whole site is known ({@link #check(List, Set)}); and its ids, packed.
     * What a build keeps of each page, so that it keeps no page's every id and link string.
     */
    public static final class Page {

        private final String path;
        private final PackedIds ids;
        private final List<Step> steps;
        private final List<String> templateLinks;

        private Page(String path, PackedIds ids, List<Step> steps, List<String> templateLinks) {
            this.path = path;
            this.ids = ids;
            this.steps = List.copyOf(steps);
            this.templateLinks = List.copyOf(templateLinks);
        }

        public String path() {
            return path;
        }
    }

    /** A problem found, or a link to check against the site ({@code at} null: written by a template). */
    private record Step(Diagnostic found, String link, Place at) {}

    /** @param origins address → where it was written in the page's essay (an address not there: a template's) */
    public static Page page(String path, Scan scan, Map<String, List<Place>> origins) {
        return page(path, scan, origins, new HashMap<>());
    }

    /**
     * @param origins address → where it was written in the page's essay (an address not there: a template's)
     * @param kept the addresses other pages kept, each once (a thread-safe map for pages made in parallel)
     */
    public static Page page(String path, Scan scan, Map<String, List<Place>> origins, Map<String, String> kept) {
        PackedIds own = new PackedIds(scan.ids());
        Ids alone = page -> page.equals(path) ? own : null;
        List<Step> steps = new ArrayList<>();
        scan.duplicates().forEach(d -> steps.add(new Step(d, null, null)));
        List<String> templateLinks = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (String link : scan.links()) {
            List<Place> written = origins.getOrDefault(link, List.of());
            if (!written.isEmpty() && !reported.add(link)) {
                continue; // reported at every place the essay wrote it
            }
            boolean elsewhere = elsewhere(path, link);
            if (written.isEmpty()) {
                if (elsewhere) {
                    templateLinks.add(kept.computeIfAbsent(link, k -> k));
                } else {
                    found(steps, path, link, null, alone, Set.of());
                }
            }
            for (Place at : written) {
                if (startsAtServerRoot(link)) {
                    // pandoc keeps it and blogs use it ("/about"): kept, but it cannot work from disk
                    steps.add(new Step(Diagnostic.warning(at.file(), at.line(), at.column(), at.what() + "link '" + link
                            + "' starts at the server root, so it works only when the site is served at the root of its"
                            + " host, not from disk or under a path; write it relative to this essay if it is part of the site"), null, null));
                } else if (elsewhere) {
                    steps.add(new Step(null, link, at));
                } else {
                    found(steps, path, link, at, alone, Set.of());
                }
            }
        }
        return new Page(path, own, steps, templateLinks);
    }

    /** The problems of {@code pages}, by path; each page's in its order, those of links a template wrote into others last. */
    public static List<Diagnostic> check(List<Page> pages, Set<String> files) {
        Map<String, Page> byPath = new HashMap<>();
        pages.forEach(page -> byPath.put(page.path, page));
        Ids site = page -> {
            Page known = byPath.get(page);
            return known == null ? null : known.ids;
        };
        List<Step> checked = new ArrayList<>();
        byPath.keySet().stream().sorted().forEach(path -> {
            for (Step step : byPath.get(path).steps) {
                if (step.found() != null) {
                    checked.add(step);
                } else {
                    found(checked, path, step.link(), step.at(), site, files);
                }
            }
            for (String link : byPath.get(path).templateLinks) {
                found(checked, path, link, null, site, files);
            }
        });
        return checked.stream().map(Step::found).toList();
    }

    /** Adds the problem of {@code link} on {@code page}, written at {@code at} (null: by a template), if it has one. */
    private static void found(List<Step> steps, String page, String link, Place at, Ids ids, Set<String> files) {
        String problem = problem(page, link, ids, files, at != null && at.what().isEmpty());
        if (problem != null) {
            steps.add(new Step(at == null ? Diagnostic.error(page, 0, 0, problem)
                    : Diagnostic.error(at.file(), at.line(), at.column(), at.what() + problem), null, null));
        }
    }

    /** Whether a link leads into another page or file of the site, so only the whole site can tell whether it is sound. */
    private static boolean elsewhere(String page, String link) {
        URI uri = SitePaths.uri(link.strip());
        if (uri == null || uri.getScheme() != null || uri.getHost() != null) {
            return false;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.startsWith("/") || path.isEmpty()) {
            return false;
        }
        String target = SitePaths.resolve(page, path);
        return target != null && !target.equals(page);
    }

    /** The pages a link may lead to, and their ids. */
    private interface Ids {

        /** The ids of a page, null when it is none. */
        PackedIds of(String page);

        default boolean isPage(String page) {
            return of(page) != null;
        }
    }

    /** A second element with an id: where it is in the page, and where the first one is. */
    private static Diagnostic duplicate(String page, Element second, Element first) {
        Range.Position at = second.sourceRange().start();
        return Diagnostic.error(page, at.lineNumber(), at.columnNumber(), "id '" + second.id() + "' is on more than one element"
                + " of this page (first on line " + first.sourceRange().start().lineNumber() + "); ids must be unique in a page:"
                + " change the raw HTML or template that repeats it");
    }

    private static boolean startsAtServerRoot(String link) {
        URI uri = SitePaths.uri(link.strip());
        return uri != null && uri.getScheme() == null && uri.getHost() == null && uri.getPath() != null
                && uri.getPath().startsWith("/");
    }

    /** @param inEssay whether the author wrote the link, so "this essay" is the page */
    private static String problem(String page, String link, Ids ids, Set<String> files, boolean inEssay) {
        URI uri = SitePaths.uri(link.strip());
        if (uri == null) {
            // an address on another site may hold characters a browser percent-encodes ("https://x/?q=\"a\"")
            return EXTERNAL.matcher(link.strip()).lookingAt() ? null : "link '" + link + "' is not a valid URL";
        }
        if (uri.getScheme() != null || uri.getHost() != null) {
            return null;
        }
        String path = uri.getPath() == null ? "" : uri.getPath(); // decoded as a path: '+' stays '+'
        if (path.startsWith("/")) {
            return "link '" + link + "' starts at the server root; use a relative link so the site works under any path";
        }
        String target = path.isEmpty() ? page : SitePaths.resolve(page, path);
        if (target == null || (!ids.isPage(target) && !files.contains(target))) {
            return "link '" + link + "' leads to no file of the site";
        }
        String fragment = uri.getFragment();
        PackedIds known = ids.of(target);
        if (fragment != null && !fragment.isEmpty() && known != null && !known.contains(fragment)) {
            if (inEssay && target.equals(page)) {
                String suggestion = Suggestions.didYouMean("#" + fragment, known.all().stream().map(id -> "#" + id).toList());
                return "link '" + link + "' names no element of this essay" + suggestion + "; link to a heading, label or id of it";
            }
            return "link '" + link + "' names no element of " + target;
        }
        return null;
    }
}
