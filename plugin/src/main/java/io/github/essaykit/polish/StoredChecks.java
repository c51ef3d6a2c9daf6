package io.github.essaykit.polish;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.EntryParts;
import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.cache.StoredDiagnostics;
import io.github.essaykit.parallel.Each;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
 *
 * <p>The table and the targets are one entry, the pages {@link EntryParts} by their path
 * ({@link #part}), each naming the table it was numbered by: a build that checked one page again
 * writes back that page's part, not the whole check (a one-edit build of 1,000 essays spent 40 ms
 * of its main thread on it). A table that still names every path needed is kept as it is.
 */
final class StoredChecks {

    static final String FORMAT = "link checks 2";

    /** What a stored check holds, and the table its paths were numbered by (null when none was read). */
    record Checks(Map<String, Object> targets, Map<String, PageProblems> problems, Table table) {

        static final Checks NONE = new Checks(Map.of(), Map.of(), null);
    }

    /** Every path the check names, numbered by place, and the print parts name it by. */
    record Table(List<String> paths, Map<String, Integer> numbers, String print) {

        static Table of(List<String> paths) {
            Fingerprint print = Fingerprint.start("link check paths").add(paths.size());
            paths.forEach(print::add);
            return numbered(paths, print.hex());
        }

        /** Paths read back with the print they were written with (the entry's checksum vouches for both). */
        private static Table numbered(List<String> paths, String print) {
            Map<String, Integer> numbers = new HashMap<>(2 * paths.size());
            for (int i = 0; i < paths.size(); i++) {
                numbers.put(paths.get(i), i);
            }
            return new Table(List.copyOf(paths), numbers, print);
        }

        boolean names(String path) {
            return numbers.containsKey(path);
        }
    }

    private StoredChecks() {}

    /** A page's part: the same for a path in every run (a string's hash is fixed by its text). */
    static int part(String path) {
        return Math.floorMod(path.hashCode(), EntryParts.COUNT);
    }

    /**
     * The table for these checks: {@code earlier} while it names every path they need and is not
     * mostly paths no longer needed; else the site's paths, then those only pages and links named, each sorted.
     *
     * @param checkedAgain the pages whose problems are not those read with {@code earlier}: only
     *     their targets can be missing from it
     */
    static Table table(Map<String, Object> targets, Map<String, PageProblems> problems, Table earlier, Set<String> checkedAgain) {
        if (earlier != null && earlier.paths().size() <= 2 * targets.size() + 1_000 && targets.keySet().stream().allMatch(earlier::names)
                && checkedAgain.stream().allMatch(path -> problems.get(path).key() == null
                        || earlier.names(path) && problems.get(path).targets().stream().allMatch(earlier::names))) {
            return earlier;
        }
        List<String> paths = new ArrayList<>(targets.keySet());
        paths.sort(null);
        Set<String> others = new HashSet<>();
        problems.forEach((at, page) -> {
            if (page.key() != null) {
                if (!targets.containsKey(at)) {
                    others.add(at);
                }
                page.targets().forEach(path -> {
                    if (!targets.containsKey(path)) {
                        others.add(path);
                    }
                });
            }
        });
        List<String> named = new ArrayList<>(others);
        named.sort(null);
        paths.addAll(named);
        return Table.of(paths);
    }

    /** The table and each site path's state at the check. */
    static byte[] writeTargets(Table table, Map<String, Object> targets) {
        Blob.Writer out = new Blob.Writer().string(FORMAT).string(table.print()).strings(table.paths());
        Map<Integer, Object> byNumber = new TreeMap<>();
        targets.forEach((path, state) -> byNumber.put(table.numbers().get(path), state));
        out.integer(byNumber.size());
        byNumber.forEach((number, state) -> out.integer(number).string(state instanceof String digest ? digest : ""));
        return out.bytes();
    }

    /** The problems of these pages (of one part), by the numbers of {@code table}; a page known by no key is left out. */
    static byte[] writePart(Table table, Map<String, PageProblems> pages) {
        Map<Integer, PageProblems> byNumber = new TreeMap<>();
        pages.forEach((path, page) -> {
            if (page.key() != null) { // a page not made from known inputs cannot be known again
                byNumber.put(table.numbers().get(path), page);
            }
        });
        Blob.Writer out = new Blob.Writer().string(FORMAT).string(table.print()).integer(byNumber.size());
        byNumber.forEach((number, page) -> {
            int[] numbers = new int[page.targets().size()];
            int i = 0;
            for (String path : page.targets()) {
                numbers[i++] = table.numbers().get(path);
            }
            Arrays.sort(numbers);
            out.integer(number).string(page.key()).integer(numbers.length);
            for (int n : numbers) {
                out.integer(n);
            }
            StoredDiagnostics.write(out, page.problems());
        });
        return out.bytes();
    }

    /**
     * The checks these entries hold: a part numbered by another table, or damaged, holds no page
     * (its pages are checked again).
     *
     * @throws Blob.Corrupt when {@code targets} are no stored table and targets
     */
    static Checks read(byte[] targets, List<byte[]> parts) {
        return read(targets, parts, Each.ONE_BY_ONE);
    }

    /** As {@link #read(byte[], List)}, the parts read through {@code each}. */
    static Checks read(byte[] targets, List<byte[]> parts, Each each) {
        Blob.Reader in = new Blob.Reader(targets);
        if (!in.string().equals(FORMAT)) {
            throw new Blob.Corrupt("not " + FORMAT);
        }
        String print = in.string();
        Table table = new Table(in.strings(), Map.of(), print); // numbered once the parts are read
        Map<String, Object> states = new HashMap<>();
        for (int i = in.count(); i > 0; i--) {
            String path = path(in, table.paths());
            String digest = in.string();
            states.put(path, digest.isEmpty() ? PageProblems.FILE : digest);
        }
        in.end();
        Map<String, PageProblems> problems = new HashMap<>();
        each.map(parts, part -> {
            try {
                return readPart(part, table);
            } catch (Blob.Corrupt e) {
                return Map.<String, PageProblems>of(); // its pages checked again, and the part written again
            }
        }).forEach(problems::putAll);
        return new Checks(states, problems, Table.numbered(table.paths(), table.print()));
    }

    private static Map<String, PageProblems> readPart(byte[] bytes, Table table) {
        Blob.Reader in = new Blob.Reader(bytes);
        if (!in.string().equals(FORMAT) || !in.string().equals(table.print())) {
            throw new Blob.Corrupt("not a part of " + FORMAT + " numbered by this table");
        }
        Map<String, PageProblems> problems = new HashMap<>();
        for (int i = in.count(); i > 0; i--) {
            String path = path(in, table.paths());
            String key = in.string();
            String[] pageTargets = new String[in.count()];
            for (int j = 0; j < pageTargets.length; j++) {
                pageTargets[j] = path(in, table.paths());
            }
            problems.put(path, new PageProblems(null, key, SortedPaths.of(Arrays.asList(pageTargets)), List.copyOf(StoredDiagnostics.read(in))));
        }
        in.end();
        return problems;
    }

    private static String path(Blob.Reader in, List<String> table) {
        int number = in.integer();
        if (number < 0 || number >= table.size()) {
            throw new Blob.Corrupt("no path " + number);
        }
        return table.get(number);
    }
}
