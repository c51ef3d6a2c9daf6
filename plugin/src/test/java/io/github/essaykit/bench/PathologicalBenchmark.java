package io.github.essaykit.bench;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: times a whole build (discover to polish, nothing written) of each
 * {@link PathologicalCases} case at n and 2n, best of three runs after a warm-up, and prints a
 * table with the ratio; linear growth shows as a ratio near 2, quadratic near 4.
 * Run from plugin/: java -cp target/classes:target/test-classes:$(cat cp.txt)
 * io.github.essaykit.bench.PathologicalBenchmark [n] [CASE...]
 */
public final class PathologicalBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<PathologicalCases> cases = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            cases.add(PathologicalCases.valueOf(args[i]));
        }
        if (cases.isEmpty()) {
            cases.addAll(List.of(PathologicalCases.values()));
        }
        time(PathologicalCases.CITATIONS_IN_PARAGRAPH, 1000); // warm-up: class loading, JIT
        System.out.printf(Locale.ROOT, "%-38s %9s %10s %9s %10s %6s %s%n", "case", "n", "time", "2n", "time", "ratio", "result");
        for (PathologicalCases c : cases) {
            Run small = time(c, n);
            Run large = time(c, 2 * n);
            System.out.printf(Locale.ROOT, "%-38s %9d %8d ms %9d %8d ms %6.2f %s%n", c.title(), n, small.millis(), 2 * n,
                    large.millis(), (double) Math.max(1, large.millis()) / Math.max(1, small.millis()), large.summary());
        }
    }

    private record Run(long millis, String summary) {}

    private static Run time(PathologicalCases c, int n) throws Exception {
        Path dir = Files.createTempDirectory("essaykit-pathological");
        Path src = c.write(dir, n);
        long best = Long.MAX_VALUE;
        String summary = "";
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            try {
                BuildResult result = SiteBuilder.compile(SiteConfig.defaults(src, dir.resolve("out")));
                summary = result.diagnostics().errors().size() + " errors, " + result.diagnostics().warnings().size() + " warnings";
            } catch (RuntimeException | StackOverflowError e) {
                summary = "crashed: " + e;
            }
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            if (best > 20_000) {
                break; // quadratic: one run says enough
            }
        }
        return new Run(best, summary);
    }
}
