package io.github.essaykit.bench;

import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.SourceLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: times {@link SourceLoader} alone on n and 2n entries written as Zotero and Better
 * BibTeX export them (CSL-JSON pretty-printed, CSL-YAML, BibLaTeX; about 15 fields each, a
 * {@code note} with "key: value" lines), best of five runs after a warm-up, in the loading thread's
 * CPU time (on a shared machine wall time mostly measures the other processes; both are printed).
 * Linear loading shows as a ratio near 2. Run from plugin/:
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.essaykit.bench.SourceLoadingBenchmark [n]
 */
public final class SourceLoadingBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = Files.createTempDirectory("essaykit-loading");
        for (String format : List.of("json", "yaml", "bib")) {
            time(dir, format, n); // warm-up at full size: class loading, JIT
        }
        System.out.printf(Locale.ROOT, "%-6s %6s %8s %8s %6s %8s %8s %6s %s%n", "format", "n", "cpu", "wall", "2n", "cpu", "wall",
                "ratio", "result");
        for (String format : List.of("json", "yaml", "bib")) {
            Run small = time(dir, format, n);
            Run large = time(dir, format, 2 * n);
            System.out.printf(Locale.ROOT, "%-6s %6d %5d ms %5d ms %6d %5d ms %5d ms %6.2f %s%n", format, n, small.cpu(), small.wall(),
                    2 * n, large.cpu(), large.wall(), (double) Math.max(1, large.cpu()) / Math.max(1, small.cpu()), large.summary());
        }
    }

    private record Run(long cpu, long wall, String summary) {}

    private static Run time(Path dir, String format, int n) throws Exception {
        Path file = dir.resolve("sources-" + n + "." + format);
        Files.writeString(file, ZoteroExports.write(format, n));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = Long.MAX_VALUE;
        long wall = Long.MAX_VALUE;
        String summary = "";
        for (int run = 0; run < 5; run++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            LoadedSources loaded = SourceLoader.create(dir).load(List.of(file));
            wall = Math.min(wall, (System.nanoTime() - start) / 1_000_000);
            cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000);
            summary = loaded.library().size() + " sources, " + loaded.diagnostics().all().size() + " diagnostics";
            if (cpu > 20_000) {
                break;
            }
        }
        return new Run(cpu, wall, summary);
    }
}
