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
import java.util.Optional;
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
     * Pages scanned by earlier checks, by path, reused while a page's HTML is unchanged, and each
     * page's problems while its links and targets are: under essay:serve an edit re-parses and
     * re-checks only the pages it changed. {@link #NONE} keeps nothing, not even the HTML, so a
     * build keeps only each page's scan.
     */
    public static final class Memo {

        public static final Memo NONE = new Memo(false);

        private record Scanned(String html, Scan scan) {}

        private final boolean keep;
        private final Map<String, Scanned> scans = new ConcurrentHashMap<>();
        private final Map<String, Checked> checked = new ConcurrentHashMap<>();

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
            checked.keySet().retainAll(paths);
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
        return checkScans(scans, files, origins, memo);
    }

    /**
     * @param scans page path → its {@link #scan}
     * @param files every other file the site will hold
     * @param origins page path → address → where it was written (an address not there: a template's)
     */
    public static List<Diagnostic> check(Map<String, Scan> scans, Set<String> files, Map<String, Map<String, List<Place>>> origins) {
        return checkScans(scans, files, origins, Memo.NONE);
    }

    /**
     * As {@link #check(Map, Set, Map)}, taking from {@code memo} the problems of each page whose
     * scan and origins are the values checked last time and whose every target (each page or
     * file its links lead to) is what it was: under essay:serve an edit re-checks the pages it
     * changed and those linking into them.
     */
    public static List<Diagnostic> checkScans(Map<String, Scan> scans, Set<String> files,
            Map<String, Map<String, List<Place>>> origins, Memo memo) {
        Map<String, Set<String>> ids = new HashMap<>();
        scans.forEach((path, scan) -> ids.put(path, scan.ids()));
        Addresses addresses = new Addresses();
        List<Diagnostic> problems = new ArrayList<>();
        scans.keySet().stream().sorted().forEach(path -> {
            Scan scan = scans.get(path);
            Map<String, List<Place>> places = origins.getOrDefault(path, Map.of());
            Checked known = memo.keep ? memo.checked.get(path) : null;
            // origins made afresh each build (the site bibliography's) are compared by value
            if (known != null && known.scan() == scan && (known.places() == places || known.places().equals(places))
                    && known.targetsAsNow(ids, files)) {
                problems.addAll(known.problems());
                return;
            }
            addresses.looked.clear();
            List<Diagnostic> found = check(path, scan, places, ids, files, addresses);
            problems.addAll(found);
            if (memo.keep) {
                Map<String, Object> targets = new HashMap<>();
                addresses.looked.forEach(target -> targets.put(target, Checked.state(target, ids, files)));
                memo.checked.put(path, new Checked(scan, places, targets, List.copyOf(found)));
            }
        });
        memo.checked.keySet().retainAll(scans.keySet());
        return problems;
    }

    /** The problems of one page's links. */
    private static List<Diagnostic> check(String path, Scan scan, Map<String, List<Place>> places, Map<String, Set<String>> ids,
            Set<String> files, Addresses addresses) {
        List<Diagnostic> problems = new ArrayList<>(scan.duplicates());
        Set<String> reported = new HashSet<>();
        for (String link : scan.links()) {
            List<Place> written = places.getOrDefault(link, List.of());
            if (!written.isEmpty() && !reported.add(link)) {
                continue; // reported at every place the essay wrote it
            }
            if (written.isEmpty()) {
                String problem = problem(path, link, ids, files, false, addresses);
                if (problem != null) {
                    problems.add(Diagnostic.error(path, 0, 0, problem));
                }
            }
            for (Place at : written) {
                if (startsAtServerRoot(addresses.uri(link))) {
                    // pandoc keeps it and blogs use it ("/about"): kept, but it cannot work from disk
                    problems.add(Diagnostic.warning(at.file(), at.line(), at.column(), at.what() + "link '" + link
                            + "' starts at the server root, so it works only when the site is served at the root of its"
                            + " host, not from disk or under a path; write it relative to this essay if it is part of the site"));
                    continue;
                }
                String problem = problem(path, link, ids, files, at.what().isEmpty(), addresses);
                if (problem != null) {
                    problems.add(Diagnostic.error(at.file(), at.line(), at.column(), at.what() + problem));
                }
            }
        }
        return problems;
    }

    /**
     * A page's problems as last checked, with what each target was then: the ids of a page (the
     * very set, as pages kept unchanged keep theirs), a file, or nothing.
     */
    private record Checked(Scan scan, Map<String, List<Place>> places, Map<String, Object> targets, List<Diagnostic> problems) {

        private static final Object FILE = new Object();
        private static final Object NOTHING = new Object();

        static Object state(String target, Map<String, Set<String>> ids, Set<String> files) {
            Set<String> page = ids.get(target);
            return page != null ? page : files.contains(target) ? FILE : NOTHING;
        }

        boolean targetsAsNow(Map<String, Set<String>> ids, Set<String> files) {
            for (Map.Entry<String, Object> target : targets.entrySet()) {
                if (state(target.getKey(), ids, files) != target.getValue()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A second element with an id: where it is in the page, and where the first one is. */
    private static Diagnostic duplicate(String page, Element second, Element first) {
        Range.Position at = second.sourceRange().start();
        return Diagnostic.error(page, at.lineNumber(), at.columnNumber(), "id '" + second.id() + "' is on more than one element"
                + " of this page (first on line " + first.sourceRange().start().lineNumber() + "); ids must be unique in a page:"
                + " change the raw HTML or template that repeats it");
    }

    private static boolean startsAtServerRoot(URI uri) {
        return uri != null && uri.getScheme() == null && uri.getHost() == null && uri.getPath() != null
                && uri.getPath().startsWith("/");
    }

    /** @param inEssay whether the author wrote the link, so "this essay" is the page */
    private static String problem(String page, String link, Map<String, Set<String>> ids, Set<String> files, boolean inEssay,
            Addresses addresses) {
        URI uri = addresses.uri(link);
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
        String target = path.isEmpty() ? page : addresses.resolve(page, path);
        if (target != null) {
            addresses.looked.add(target);
        }
        if (target == null || (!ids.containsKey(target) && !files.contains(target))) {
            return "link '" + link + "' leads to no file of the site";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
            if (inEssay && target.equals(page)) {
                String suggestion = Suggestions.didYouMean("#" + fragment, ids.get(target).stream().map(id -> "#" + id).toList());
                return "link '" + link + "' names no element of this essay" + suggestion + "; link to a heading, label or id of it";
            }
            return "link '" + link + "' names no element of " + target;
        }
        return null;
    }

    /**
     * Each distinct address parsed, and each relative path resolved from each folder, once per
     * check: a site's pages repeat most of their links (notes, entries, assets).
     */
    private static final class Addresses {

        private final Map<String, Optional<URI>> uris = new HashMap<>();
        private final Map<String, Optional<String>> targets = new HashMap<>();
        /** The targets the links of the page being checked lead to. */
        final Set<String> looked = new HashSet<>();

        /** {@link SitePaths#uri} of the stripped link; null when it is not a valid URL. */
        URI uri(String link) {
            return uris.computeIfAbsent(link, l -> Optional.ofNullable(SitePaths.uri(l.strip()))).orElse(null);
        }

        /** {@link SitePaths#resolve}: from the page's folder, so pages side by side share it. */
        String resolve(String page, String path) {
            String folder = page.substring(0, page.lastIndexOf('/') + 1);
            return targets.computeIfAbsent(folder + '\u0000' + path, k -> Optional.ofNullable(SitePaths.resolve(page, path)))
                    .orElse(null);
        }
    }
}
