package io.github.essaykit.bench;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Not a test: compiles the demo site (content/src/essays: 3 essays, 76 citations) N times in
 * one JVM and prints each run and the median in ms. Compile is the whole pipeline except
 * writing files. Run from plugin/ after mvn test-compile and dependency:build-classpath -Dmdep.outputFile=target/cp.txt:
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.github.essaykit.bench.DemoBuildBenchmark [runs] [style]
 */
public final class DemoBuildBenchmark {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String style = args.length > 1 ? args[1] : null;
        Path source = Path.of(args.length > 2 ? args[2] : "../content/src/essays");
        SiteConfig defaults = SiteConfig.defaults(source, Path.of("target/bench-out"));
        SiteConfig config = SiteConfig.builder(defaults.sourceDirectory(), defaults.outputDirectory()).style(style)
                .build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            BuildResult result = SiteBuilder.compile(config);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            times.add(ms);
            cpu.add(cpuMs);
            System.out.printf("run %d: %d ms (thread CPU %d ms), %d citations, %d diagnostics%n", i + 1, ms, cpuMs,
                    result.stats().citations(), result.diagnostics().all().size());
        }
        System.out.printf("%s: first %d ms (CPU %d), median %d ms (CPU %d) over %d runs%n", config.style(), times.get(0),
                cpu.get(0), median(times), median(cpu), runs);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
