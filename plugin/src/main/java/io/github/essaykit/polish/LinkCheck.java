package io.github.essaykit.polish;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.CodeStamp;
import io.github.essaykit.cache.EntryParts;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.ResultCache;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Suggestions;
import io.github.essaykit.parallel.Each;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
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
     * What earlier checks found, by page path, for the builds of one essay:serve session: each
     * page's scan while its HTML is the same, its {@link Page} while its scan and link origins
     * are, and its problems while its {@link Page} (or what it was made from) is the same and no
     * page or file its links led to changed ({@link PageProblems}); so an edit re-scans and
     * re-checks the pages it changed and those whose links lead into a page whose ids it changed. {@link #stored} keeps
     * only the problems, from one essay:build to the next; {@link #NONE} keeps nothing. Thread-safe.
     */
    public static final class Memo {

        public static final Memo NONE = new Memo(false, false, ResultCache.NONE);

        private record Scanned(String html, Scan scan) {}

        private record Made(Scan scan, Map<String, List<Place>> origins, Page page) {}

        private static final String STORED = Fingerprint.start(StoredChecks.FORMAT).add(CodeStamp.current()).hex();
        /** The entries of the pages' problems, by part; the table and targets are {@link #STORED} ({@link StoredChecks}). */
        private static final EntryParts PARTS = new EntryParts(STORED);

        private final boolean keep;
        private final boolean checks;
        private final ResultCache cache;
        private final Map<String, Scanned> scans = new ConcurrentHashMap<>();
        private final Map<String, Made> pages = new ConcurrentHashMap<>();
        private final Map<String, PageProblems> problems = new ConcurrentHashMap<>();
        /** Each page's ids' digest and each file ({@link PageProblems#FILE}) at the last check. */
        private Map<String, Object> targets = Map.of();
        private boolean read;
        /** What was read of the last run's checks (essay:build): what need not be written back. */
        private StoredChecks.Checks stored = StoredChecks.Checks.NONE;

        private Memo(boolean keep, boolean checks, ResultCache cache) {
            this.keep = keep;
            this.checks = checks;
            this.cache = cache;
        }

        public static Memo create() {
            return new Memo(true, true, ResultCache.NONE);
        }

        /**
         * Keeps no page's HTML or scan, only each page's problems, in {@code cache} from one
         * essay:build to the next ({@link StoredChecks}): a page taken from the page cache is known
         * by its key ({@link Page#keyed}).
         */
        public static Memo stored(ResultCache cache) {
            // read only at the check, after the cache forgets what the build did not use
            cache.keep(STORED);
            PARTS.keys().forEach(cache::keep);
            return new Memo(false, cache.keeps(), cache);
        }

        /**
         * The last run's checks, once (essay:build); a damaged entry only means pages are checked
         * again. The parts are read through {@code each} (the build's threads, idle meanwhile).
         */
        private synchronized void readStored(Each each) {
            if (read || !cache.keeps()) {
                return;
            }
            read = true;
            try {
                Optional<byte[]> table = cache.get(STORED);
                if (table.isPresent()) {
                    List<byte[]> parts = new ArrayList<>();
                    PARTS.keys().forEach(part -> cache.get(part).ifPresent(parts::add));
                    stored = StoredChecks.read(table.get(), parts, each);
                    targets = stored.targets();
                    problems.putAll(stored.problems());
                }
            } catch (Blob.Corrupt e) {
                stored = StoredChecks.Checks.NONE;
                targets = Map.of();
                problems.clear();
            }
        }

        /**
         * Keeps this check for the next run (essay:build): the table and targets, and each part of
         * the pages, only where they differ from what was read (a page checked again has new problems).
         */
        private synchronized void store() {
            if (!cache.keeps()) {
                return;
            }
            Set<String> checkedAgain = new HashSet<>();
            problems.forEach((path, page) -> {
                if (stored.problems().get(path) != page) {
                    checkedAgain.add(path);
                }
            });
            StoredChecks.Table table = StoredChecks.table(targets, problems, stored.table(), checkedAgain);
            boolean sameTable = table == stored.table();
            if (sameTable && targets.equals(stored.targets())) {
                cache.keep(STORED);
            } else {
                cache.put(STORED, StoredChecks.writeTargets(table, targets));
            }
            boolean[] changed = new boolean[EntryParts.COUNT];
            checkedAgain.forEach(path -> changed[StoredChecks.part(path)] = true);
            stored.problems().keySet().forEach(path -> changed[StoredChecks.part(path)] |= !problems.containsKey(path));
            List<SortedMap<String, PageProblems>> parts = EntryParts.split(problems, StoredChecks::part);
            for (int part = 0; part < EntryParts.COUNT; part++) {
                Map<String, PageProblems> pages = parts.get(part);
                PARTS.save(cache, part, !sameTable || changed[part], () -> StoredChecks.writePart(table, pages));
            }
        }

        /** The scan of a page, the one kept while its HTML is the same. */
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

        /**
         * {@link LinkCheck#page(String, Scan, Map, Addresses)}, the one kept while the scan is the same
         * value (a page taken from the page cache brings the very scan it was made with) and the
         * origins are equal.
         */
        public Page page(String path, Scan scan, Map<String, List<Place>> origins, Addresses kept) {
            Made known = keep ? pages.get(path) : null;
            if (known != null && known.scan() == scan && (known.origins() == origins || known.origins().equals(origins))) {
                return known.page();
            }
            Page page = LinkCheck.page(path, scan, origins, kept);
            if (keep) {
                pages.put(path, new Made(scan, origins, page));
            }
            return page;
        }

        /**
         * The paths that are another page (other ids), a file or nothing since the last check,
         * which only the pages linking to them need to look at again.
         */
        private synchronized Set<String> targetsChanged(Map<String, Page> pages, Set<String> files) {
            Map<String, Object> now = new HashMap<>();
            files.forEach(file -> now.put(file, PageProblems.FILE));
            pages.forEach((path, page) -> now.put(path, page.ids.digest()));
            Set<String> changed = new HashSet<>();
            now.forEach((path, state) -> {
                if (!state.equals(targets.get(path))) {
                    changed.add(path);
                }
            });
            targets.keySet().forEach(path -> {
                if (!now.containsKey(path)) {
                    changed.add(path);
                }
            });
            targets = now;
            return changed;
        }

        /** Forgets the pages not in {@code paths}. */
        public void retain(Set<String> paths) {
            scans.keySet().retainAll(paths);
            pages.keySet().retainAll(paths);
            problems.keySet().retainAll(paths);
        }
    }

    /** A page's ids (and the ids used twice) and its links, from its HTML. */
    public static Scan scan(String path, String html) {
        TagScanner.Found found = TagScanner.scan(html);
        if (found == null) {
            return parsed(path, html);
        }
        Set<String> ids = new HashSet<>();
        for (String id : found.ids()) {
            if (!ids.add(id)) {
                return scanTracked(path, html); // where each is: the parser tracks positions
            }
        }
        return new Scan(Set.copyOf(ids), List.copyOf(found.links()), List.of());
    }

    /** {@link #scan} by jsoup's parser: for a page {@link TagScanner} cannot read, and to check it against. */
    static Scan parsed(String path, String html) {
        // positions only for a page with a repeated id: tracking them is a sixth of the parse
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            if (!ids.add(e.id())) {
                return scanTracked(path, html);
            }
        }
        return new Scan(Set.copyOf(ids), links(doc), List.of());
    }

    private static List<String> links(Document doc) {
        List<String> links = new ArrayList<>();
        for (Element e : doc.select("[href], [src]")) {
            links.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
        return List.copyOf(links);
    }

    /** {@link #scan} of a page with a repeated id, its elements' positions tracked to name where each is. */
    private static Scan scanTracked(String path, String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Map<String, Element> ids = new HashMap<>();
        List<Diagnostic> duplicates = new ArrayList<>();
        for (Element e : doc.select("[id]")) {
            Element first = ids.putIfAbsent(e.id(), e);
            if (first != null) {
                duplicates.add(duplicate(path, e, first));
            }
        }
        return new Scan(Set.copyOf(ids.keySet()), links(doc), List.copyOf(duplicates));
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
        List<Page> checked = new ArrayList<>();
        Addresses addresses = new Addresses();
        pages.forEach((path, html) -> checked.add(memo.page(path, memo.scan(path, html), origins.getOrDefault(path, Map.of()),
                addresses)));
        memo.retain(pages.keySet());
        return check(checked, files, memo);
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
     * there (the "also in" lines of source previews: over a hundred a page, the same addresses on
     * many pages, so each is kept once: {@link #page(String, Scan, Map, Addresses)});
     * all left until the whole site is known ({@link #check(List, Set)}); and its ids, packed.
     * What a build keeps of each page, so that it keeps no page's every id and link string.
     */
    public static final class Page {

        /** A page's links: its problems found alone and links to check against the site, and its template's links. */
        record Links(List<Step> steps, List<String> templateLinks) {

            /** Past this many, a page's template links are kept as one string ({@link PackedStrings}), not shared one by one. */
            static final int PACKED = 256;

            Links {
                steps = List.copyOf(steps);
                templateLinks = templateLinks.size() > PACKED ? PackedStrings.of(templateLinks) : List.copyOf(templateLinks);
            }
        }

        private final String path;
        private final PackedIds ids;
        private final String key;
        /** Read on first use: a page from the cache whose stored check holds never needs its links. */
        private final Supplier<Links> load;
        private volatile Links links;

        Page(String path, PackedIds ids, List<Step> steps, List<String> templateLinks) {
            this(path, ids, null, null, new Links(steps, templateLinks));
        }

        private Page(String path, PackedIds ids, String key, Supplier<Links> load, Links links) {
            this.path = path;
            this.ids = ids;
            this.key = key;
            this.load = load;
            this.links = links;
        }

        /** A page whose links are read by {@code load} when first asked for (the same links each time). */
        static Page lazy(String path, PackedIds ids, Supplier<Links> load) {
            return new Page(path, ids, null, load, null);
        }

        /**
         * This page, known by {@code key}: the fingerprint of everything it is made from (its page
         * cache key), so that a stored check of the page made from the same holds for it in the next build.
         */
        public Page keyed(String key) {
            Links known = links;
            return new Page(path, ids, key, known == null ? this::links : null, known);
        }

        /** The fingerprint of what the page is made from, or null when it is not known. */
        String key() {
            return key;
        }

        public String path() {
            return path;
        }

        PackedIds ids() {
            return ids;
        }

        List<Step> steps() {
            return links().steps();
        }

        List<String> templateLinks() {
            return links().templateLinks();
        }

        /** The page's links, read by {@code load} if not yet known. */
        Links links() {
            Links known = links;
            if (known == null) { // two threads may both read: the same links
                known = load.get();
                links = known;
            }
            return known;
        }

        /** Equal pages check alike: the same path, ids, problems and links (a stored page and the one it was written from). */
        @Override
        public boolean equals(Object other) {
            return other instanceof Page page && page.path.equals(path) && page.ids.equals(ids) && page.links().equals(links());
        }

        @Override
        public int hashCode() {
            return path.hashCode() * 31 + steps().hashCode();
        }
    }

    /** A problem found, or a link to check against the site ({@code at} null: written by a template). */
    record Step(Diagnostic found, String link, Place at) {}

    /** @param origins address → where it was written in the page's essay (an address not there: a template's) */
    public static Page page(String path, Scan scan, Map<String, List<Place>> origins) {
        return page(path, scan, origins, new Addresses());
    }

    /**
     * @param origins address → where it was written in the page's essay (an address not there: a template's)
     * @param kept the build's links, each parsed and kept once (shared by the pages made in parallel)
     */
    public static Page page(String path, Scan scan, Map<String, List<Place>> origins, Addresses kept) {
        PackedIds own = new PackedIds(scan.ids());
        Ids alone = new Ids() {
            @Override
            public PackedIds of(String page) {
                return page.equals(path) ? own : null;
            }

            @Override
            public Collection<String> named(String page) {
                return page.equals(path) ? scan.ids() : List.of();
            }
        };
        List<Step> steps = new ArrayList<>();
        scan.duplicates().forEach(d -> steps.add(new Step(d, null, null)));
        List<String> templateLinks = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (String link : scan.links()) {
            List<Place> written = origins.getOrDefault(link, List.of());
            if (!written.isEmpty() && !reported.add(link)) {
                continue; // reported at every place the essay wrote it
            }
            boolean elsewhere = elsewhere(path, link, kept);
            if (written.isEmpty()) {
                if (elsewhere) {
                    templateLinks.add(kept.keep(link));
                } else {
                    found(steps, path, link, null, alone, Set.of(), null, kept);
                }
            }
            for (Place at : written) {
                if (startsAtServerRoot(kept.parse(link))) {
                    // pandoc keeps it and blogs use it ("/about"): kept, but it cannot work from disk
                    steps.add(new Step(Diagnostic.warning(at.file(), at.line(), at.column(), at.what() + "link '" + link
                            + "' starts at the server root, so it works only when the site is served at the root of its"
                            + " host, not from disk or under a path; write it relative to this essay if it is part of the site"), null, null));
                } else if (elsewhere) {
                    steps.add(new Step(null, link, at));
                } else {
                    found(steps, path, link, at, alone, Set.of(), null, kept);
                }
            }
        }
        return new Page(path, own, steps, templateLinks);
    }

    /** The problems of {@code pages}, by path; each page's in its order, those of links a template wrote into others last. */
    public static List<Diagnostic> check(List<Page> pages, Set<String> files) {
        return check(pages, files, Memo.NONE);
    }

    /** As {@link #check(List, Set)}, taking from {@code memo} the problems of each page that still hold ({@link PageProblems}). */
    public static List<Diagnostic> check(List<Page> pages, Set<String> files, Memo memo) {
        return check(pages, files, memo, Each.ONE_BY_ONE);
    }

    /**
     * As {@link #check(List, Set, Memo)}, the pages checked through {@code each} (the build's
     * threads: each page's links are looked up on their own, and a site's are a hundred thousand).
     */
    public static List<Diagnostic> check(List<Page> pages, Set<String> files, Memo memo, Each each) {
        return check(pages, files, memo, each, new Addresses());
    }

    /** As {@link #check(List, Set, Memo, Each)}, parsing links with the build's {@code addresses} (those its pages parsed). */
    public static List<Diagnostic> check(List<Page> pages, Set<String> files, Memo memo, Each each, Addresses addresses) {
        Map<String, Page> byPath = new HashMap<>();
        pages.forEach(page -> byPath.put(page.path, page));
        Ids site = page -> {
            Page known = byPath.get(page);
            return known == null ? null : known.ids;
        };
        memo.readStored(each);
        Set<String> changed = memo.checks ? memo.targetsChanged(byPath, files) : Set.of();
        List<String> paths = byPath.keySet().stream().sorted().toList();
        Function<String, List<Diagnostic>> check = path -> {
            Page page = byPath.get(path);
            PageProblems known = memo.checks ? memo.problems.get(path) : null;
            if (known != null && known.holds(page, changed)) {
                return known.problems();
            }
            PageProblems.Seen seen = memo.checks ? new PageProblems.Seen() : null;
            List<Step> checked = new ArrayList<>();
            for (Step step : page.steps()) {
                if (step.found() != null) {
                    checked.add(step);
                } else {
                    found(checked, path, step.link(), step.at(), site, files, seen, addresses);
                }
            }
            for (String link : page.templateLinks()) {
                found(checked, path, link, null, site, files, seen, addresses);
            }
            List<Diagnostic> problems = checked.stream().map(Step::found).toList();
            if (seen != null) {
                memo.problems.put(path, seen.found(page, problems));
            }
            return problems;
        };
        List<List<Diagnostic>> found = each.map(paths, check);
        memo.problems.keySet().retainAll(byPath.keySet());
        memo.store();
        List<Diagnostic> problems = new ArrayList<>();
        found.forEach(problems::addAll);
        return problems;
    }

    /**
     * Adds the problem of {@code link} on {@code page}, written at {@code at} (null: by a template), if it has one.
     *
     * @param seen records what the link's target was, or null
     */
    private static void found(List<Step> steps, String page, String link, Place at, Ids ids, Set<String> files,
            PageProblems.Seen seen, Addresses addresses) {
        String problem = problem(page, link, ids, files, at != null && at.what().isEmpty(), seen, addresses);
        if (problem != null) {
            steps.add(new Step(at == null ? Diagnostic.error(page, 0, 0, problem)
                    : Diagnostic.error(at.file(), at.line(), at.column(), at.what() + problem), null, null));
        }
    }

    /** Whether a link leads into another page or file of the site, so only the whole site can tell whether it is sound. */
    private static boolean elsewhere(String page, String link, Addresses addresses) {
        if (link.startsWith("#")) {
            return false; // most of a page's links, and never another page: no lookup
        }
        Addresses.Parsed uri = addresses.parse(link);
        if (!uri.valid() || uri.external()) {
            return false;
        }
        String path = uri.path();
        if (path.startsWith("/") || path.isEmpty()) {
            return false;
        }
        String target = addresses.resolve(page, path);
        return target != null && !target.equals(page);
    }

    /** The pages a link may lead to, and their ids. */
    private interface Ids {

        /** The ids of a page, null when it is none. */
        PackedIds of(String page);

        /** The ids of a page as text, to suggest the nearest: known while the page alone is checked. */
        default Collection<String> named(String page) {
            return List.of();
        }

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

    private static boolean startsAtServerRoot(Addresses.Parsed uri) {
        return uri.valid() && !uri.external() && uri.path().startsWith("/");
    }

    /**
     * @param inEssay whether the author wrote the link, so "this essay" is the page
     * @param seen records what the link's target was, or null
     */
    private static String problem(String page, String link, Ids ids, Set<String> files, boolean inEssay, PageProblems.Seen seen,
            Addresses addresses) {
        Addresses.Parsed uri = addresses.parse(link);
        if (!uri.valid()) {
            // an address on another site may hold characters a browser percent-encodes ("https://x/?q=\"a\"")
            return EXTERNAL.matcher(link.strip()).lookingAt() ? null : "link '" + link + "' is not a valid URL";
        }
        if (uri.external()) {
            return null;
        }
        String path = uri.path(); // decoded as a path: '+' stays '+'
        if (path.startsWith("/")) {
            return "link '" + link + "' starts at the server root; use a relative link so the site works under any path";
        }
        String target = path.isEmpty() ? page : addresses.resolve(page, path);
        if (target != null && seen != null) {
            seen.target(target);
        }
        if (target == null || (!ids.isPage(target) && !files.contains(target))) {
            return "link '" + link + "' leads to no file of the site";
        }
        String fragment = uri.fragment();
        PackedIds known = ids.of(target);
        boolean named = fragment == null || fragment.isEmpty() || known == null || known.contains(fragment);
        if (!named) {
            if (inEssay && target.equals(page)) {
                String suggestion = Suggestions.didYouMean("#" + fragment, ids.named(page).stream().sorted().map(id -> "#" + id).toList());
                return "link '" + link + "' names no element of this essay" + suggestion + "; link to a heading, label or id of it";
            }
            return "link '" + link + "' names no element of " + target;
        }
        return null;
    }
}
