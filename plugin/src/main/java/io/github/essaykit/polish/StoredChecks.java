package io.github.essaykit.polish;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.StoredDiagnostics;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
        Map<String, Integer> table = new LinkedHashMap<>();
        Map<String, Object> sortedTargets = new TreeMap<>(targets);
        Map<String, PageProblems> sortedProblems = new TreeMap<>();
        problems.forEach((path, page) -> {
            if (page.key() != null) { // a page not made from known inputs cannot be known again
                sortedProblems.put(path, page);
            }
        });
        sortedTargets.keySet().forEach(path -> number(table, path));
        sortedProblems.forEach((path, page) -> {
            number(table, path);
            page.targets().forEach(target -> number(table, target));
        });
        Blob.Writer out = new Blob.Writer().string(FORMAT);
        out.strings(table.keySet());
        out.integer(sortedTargets.size());
        sortedTargets.forEach((path, state) -> {
            out.integer(table.get(path));
            out.string(state instanceof String digest ? digest : "");
        });
        out.integer(sortedProblems.size());
        sortedProblems.forEach((path, page) -> {
            out.integer(table.get(path)).string(page.key());
            int[] numbers = page.targets().stream().mapToInt(table::get).sorted().toArray();
            out.integer(numbers.length);
            for (int number : numbers) {
                out.integer(number);
            }
            StoredDiagnostics.write(out, page.problems());
        });
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

    private static void number(Map<String, Integer> table, String path) {
        table.putIfAbsent(path, table.size());
    }

    private static String path(Blob.Reader in, List<String> table) {
        int number = in.integer();
        if (number < 0 || number >= table.size()) {
            throw new Blob.Corrupt("no path " + number);
        }
        return table.get(number);
    }
}
