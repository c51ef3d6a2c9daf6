package io.github.essaykit.bench;

import io.github.essaykit.parse.ParseCache;
import io.github.essaykit.serve.EventClient;
import io.github.essaykit.serve.LiveSite;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.lang.management.ManagementFactory;
import com.sun.management.OperatingSystemMXBean;
import java.util.Set;

/**
 * Time from saving one essay to the reload event, in a generated site of N essays (default
 * 1,000). Not a test: run it by hand, e.g.
 * {@code mvn -o -q -pl site-template,plugin test-compile} and then {@code java -cp ...
 * io.github.essaykit.bench.ReloadLatencyBench 1000 12 [cited]} (docs/maven.md has the whole command),
 * or on a folder {@link Corpus} wrote (the benchmark's essays, 2,000-entry bibliography):
 * {@code ... ReloadLatencyBench 1000 12 corpus target/bench/corpus-1000/essays}, whose essays get a
 * sentence appended (and their text back at the end). Each round edits one essay, waits for the
 * event on a real event-stream connection, and prints the latency and the process's CPU time
 * over it; the medians of the rounds after the warm-up are the figures.
 */
public final class ReloadLatencyBench {

    /** With a third argument "cited": a 500-entry sources.bib, and a citation in every paragraph. */
    private static boolean cited;
    private static final int SOURCES = 500;

    public static void main(String[] args) throws Exception {
        int essays = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        cited = args.length > 2 && args[2].equals("cited");
        Path corpus = args.length > 3 && args[2].equals("corpus") ? Path.of(args[3]) : null;
        Path dir = Files.createTempDirectory("essaykit-bench");
        Path sources = corpus != null ? corpus : Files.createDirectories(dir.resolve("essays"));
        List<Path> corpusEssays = corpus == null ? List.of() : essaysIn(corpus);
        Map<Path, String> originals = new HashMap<>();
        if (corpus != null) {
            essays = corpusEssays.size();
        } else if (cited) {
            StringBuilder bib = new StringBuilder();
            for (int k = 0; k < SOURCES; k++) {
                bib.append("@book{src").append(k).append(", author = {Writer").append(k % 90).append(", Ann},\n")
                        .append("  title = {Book ").append(k).append("}, publisher = {Press}, year = {")
                        .append(1950 + k % 70).append("}}\n\n");
            }
            Files.writeString(sources.resolve("sources.bib"), bib);
        }
        for (int i = 0; corpus == null && i < essays; i++) {
            Files.writeString(sources.resolve(String.format("essay-%04d.md", i)), essay(i, 0));
        }
        List<String> builds = new ArrayList<>();
        LiveSite.Listener listener = new LiveSite.Listener() {
            @Override
            public void built(BuildResult result, Set<Path> changed, long millis, ParseCache.Counts parses) {
                builds.add("build " + millis + " ms, parsed " + parses.parsed() + ", reused " + parses.reused()
                        + (result.ok() ? "" : ", FAILED " + result.diagnostics().summary()));
            }

            @Override
            public void crashed(RuntimeException e) {
                builds.add("crashed: " + e);
            }
        };
        long start = System.nanoTime();
        try (LiveSite site = LiveSite.start(SiteConfig.defaults(sources, dir.resolve("out/essays")), "127.0.0.1", 0, listener);
                EventClient page = new EventClient(site.address())) {
            System.out.printf("%d essays: first build %d ms (%s)%n", essays, (System.nanoTime() - start) / 1_000_000, builds);
            List<Long> latencies = new ArrayList<>();
            List<Long> cpus = new ArrayList<>();
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int round = 1; round <= rounds; round++) {
                Path edited = corpus != null ? corpusEssays.get((round * 37) % essays)
                        : sources.resolve(String.format("essay-%04d.md", (round * 37) % essays));
                String text = corpus != null ? Files.readString(edited) : null;
                if (text != null) {
                    originals.putIfAbsent(edited, text);
                }
                long cpu = os.getProcessCpuTime();
                long saved = System.nanoTime();
                Files.writeString(edited, text != null ? text + "\nOne more sentence, round " + round + ".\n" : essay(round, round));
                String event = page.next(60_000);
                long millis = (System.nanoTime() - saved) / 1_000_000;
                long cpuMillis = (os.getProcessCpuTime() - cpu) / 1_000_000;
                System.out.printf("round %2d: %s after %d ms, CPU %d ms  [%s]%n", round, event, millis, cpuMillis,
                        builds.get(builds.size() - 1));
                if (round > 2) {
                    latencies.add(millis);
                    cpus.add(cpuMillis);
                }
                Thread.sleep(300);
            }
            latencies.sort(null);
            cpus.sort(null);
            System.out.printf("save -> reload event, %d essays: median %d ms (CPU %d ms), min %d ms, max %d ms (%d rounds after 2"
                    + " warm-up; includes the %d ms debounce); load average %.1f%n", essays, latencies.get(latencies.size() / 2),
                    cpus.get(cpus.size() / 2), latencies.get(0), latencies.get(latencies.size() - 1), latencies.size(),
                    LiveSite.DEBOUNCE.toMillis(),
                    os.getSystemLoadAverage());
        } finally {
            for (Map.Entry<Path, String> original : originals.entrySet()) {
                Files.writeString(original.getKey(), original.getValue());
            }
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.UncheckedIOException e) {
                // the session's last write (after the restored essays) may still be under way: a temp folder left
            }
        }
    }

    private static List<Path> essaysIn(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static String essay(int i, int version) {
        StringBuilder text = new StringBuilder("---\ntitle: Essay " + i + "\ndate: 2025-01-01\n---\n");
        text.append("# Opening {#sec-open}\n\n");
        for (int p = 0; p < 12; p++) {
            text.append("Paragraph ").append(p).append(" of essay ").append(i).append(", version ").append(version)
                    .append(", with *emphasis*, a [link](https://example.org/").append(p).append(")")
                    .append(" and a note.[^n").append(p).append("]")
                    .append(cited ? " [@src" + ((i * 12 + p) % SOURCES) + ", " + (p + 1) + "]" : "").append("\n\n");
        }
        for (int p = 0; p < 12; p++) {
            text.append("[^n").append(p).append("]: Note ").append(p).append(".\n");
        }
        return text.toString();
    }
}
