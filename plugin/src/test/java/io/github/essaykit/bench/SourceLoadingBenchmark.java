package io.github.essaykit.bench;

import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: times {@link SourceLoader} alone on n and 2n entries written as Zotero and Better
 * BibTeX export them (CSL-JSON pretty-printed, CSL-YAML, BibLaTeX; about 15 fields each, a
 * {@code note} with "key: value" lines), best of five runs after a warm-up. Linear loading shows
 * as a ratio near 2. Run from plugin/:
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.essaykit.bench.SourceLoadingBenchmark [n]
 */
public final class SourceLoadingBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = Files.createTempDirectory("essaykit-loading");
        for (String format : List.of("json", "yaml", "bib")) {
            time(dir, format, 500); // warm-up: class loading, JIT
        }
        System.out.printf(Locale.ROOT, "%-10s %7s %9s %7s %9s %6s %s%n", "format", "n", "time", "2n", "time", "ratio", "result");
        for (String format : List.of("json", "yaml", "bib")) {
            Run small = time(dir, format, n);
            Run large = time(dir, format, 2 * n);
            System.out.printf(Locale.ROOT, "%-10s %7d %6d ms %7d %6d ms %6.2f %s%n", format, n, small.millis(), 2 * n, large.millis(),
                    (double) Math.max(1, large.millis()) / Math.max(1, small.millis()), large.summary());
        }
    }

    private record Run(long millis, String summary) {}

    private static Run time(Path dir, String format, int n) throws Exception {
        Path file = dir.resolve("sources-" + n + "." + format);
        Files.writeString(file, ZoteroExports.write(format, n));
        long best = Long.MAX_VALUE;
        String summary = "";
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            LoadedSources loaded = SourceLoader.create(dir).load(List.of(file));
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            summary = loaded.library().size() + " sources, " + loaded.diagnostics().all().size() + " diagnostics";
            if (best > 20_000) {
                break;
            }
        }
        return new Run(best, summary);
    }
}
