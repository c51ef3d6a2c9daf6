package io.github.essaykit.polish;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.StoredDiagnostics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The site-wide link check as essay:build keeps it between runs: what each path was at the last
 * check (a page's ids' digest, or a file) and each page's {@link PageProblems}. A build after one
 * edit then checks only the pages it changed and those whose links lead into a page whose ids
 * changed, not the hundred thousand links of a 1,000-essay site. Paths are written once, in a
 * table, and named by their number: each is the target of many pages' links.
 */
final class StoredChecks {

    static final String FORMAT = "link checks 1";

    /** What a stored check holds. */
    record Checks(Map<String, Object> targets, Map<String, PageProblems> problems) {}

    private StoredChecks() {}

    static byte[] write(Map<String, Object> targets, Map<String, PageProblems> problems) {
        // every page and file of the site, sorted, numbered by place; then the paths only a
        // page's links named. Numbered through a map: binary searches among 7,000 paths with long
        // common prefixes were most of a one-edit build's link check, and a build of 100,000
        // essays peaked as high without a map of its half-million targets (8889553)
        String[] paths = targets.keySet().toArray(String[]::new);
        Arrays.sort(paths);
        Map<String, Integer> numbered = new HashMap<>(2 * paths.length);
        for (int i = 0; i < paths.length; i++) {
            numbered.put(paths[i], i);
        }
        ToIntFunction<String> number = path -> {
            Integer at = numbered.get(path);
            return at != null ? at : numbered.computeIfAbsent(path, p -> numbered.size());
        };
        List<String> pages = new ArrayList<>();
        problems.forEach((path, page) -> {
            if (page.key() != null) { // a page not made from known inputs cannot be known again
                pages.add(path);
            }
        });
        pages.sort(Comparator.naturalOrder());
        List<int[]> pageTargets = new ArrayList<>(pages.size());
        for (String path : pages) {
            number.applyAsInt(path);
            pageTargets.add(problems.get(path).targets().stream().mapToInt(number).toArray());
        }
        Blob.Writer out = new Blob.Writer().string(FORMAT);
        String[] named = new String[numbered.size()]; // the site's paths, then the others in the order first named
        numbered.forEach((path, at) -> named[at] = path);
        out.integer(named.length);
        for (String path : named) {
            out.string(path);
        }
        out.integer(paths.length);
        for (int i = 0; i < paths.length; i++) {
            out.integer(i);
            out.string(targets.get(paths[i]) instanceof String digest ? digest : "");
        }
        out.integer(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            PageProblems page = problems.get(pages.get(i));
            out.integer(number.applyAsInt(pages.get(i))).string(page.key());
            int[] numbers = pageTargets.get(i);
            Arrays.sort(numbers);
            out.integer(numbers.length);
            for (int n : numbers) {
                out.integer(n);
            }
            StoredDiagnostics.write(out, page.problems());
        }
        return out.bytes();
    }

    /** @throws Blob.Corrupt when the bytes are no stored check */
    static Checks read(byte[] bytes) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        List<String> table = in.strings();
        Map<String, Object> targets = new HashMap<>();
        for (int i = in.count(); i > 0; i--) {
            String path = path(in, table);
            String digest = in.string();
            targets.put(path, digest.isEmpty() ? PageProblems.FILE : digest);
        }
        Map<String, PageProblems> problems = new HashMap<>();
        for (int i = in.count(); i > 0; i--) {
            String path = path(in, table);
            String key = in.string();
            String[] pageTargets = new String[in.count()];
            for (int j = 0; j < pageTargets.length; j++) {
                pageTargets[j] = path(in, table);
            }
            problems.put(path, new PageProblems(null, key, SortedPaths.of(Arrays.asList(pageTargets)), List.copyOf(StoredDiagnostics.read(in))));
        }
        in.end();
        return new Checks(targets, problems);
    }

    private static String path(Blob.Reader in, List<String> table) {
        int number = in.integer();
        if (number < 0 || number >= table.size()) {
            throw new Blob.Corrupt("no path " + number);
        }
        return table.get(number);
    }
}
