package io.github.essaykit.bench;

import io.github.essaykit.cite.CitationFormatter;
import io.github.essaykit.cite.CitationRequest;
import io.github.essaykit.cite.CitationStyle;
import io.github.essaykit.markdown.CiteItem;
import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.SourceLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Not a test: generates 5,000 entries as .bib, CSL-JSON and CSL-YAML, times loading each, formatting 1,000 citations in
 * one essay and the site bibliography of all 5,000 (wall and this thread's CPU time: steadier on a shared machine).
 * Run: java -cp target/classes:target/test-classes:$(deps) io.github.essaykit.bench.CitationBenchmark [style] [keysPerEssay]
 */
public final class CitationBenchmark {

    public static void main(String[] args) throws Exception {
        String styleId = args.length > 0 ? args[0] : "chicago-author-date";
        int distinct = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("essaykit-bench");
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            bib.append("@book{key").append(i).append(",\n  author = {Author").append(i % 700).append(", Given},\n")
                    .append("  title = {A Title Number ").append(i).append(": On Things},\n  publisher = {Press},\n")
                    .append("  address = {New York},\n  year = {").append(1900 + i % 120).append("}\n}\n\n");
        }
        Path file = dir.resolve("big.bib");
        Files.writeString(file, bib);
        StringBuilder json = new StringBuilder("[\n");
        StringBuilder yaml = new StringBuilder("references:\n");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"id\": \"key").append(i).append("\", \"type\": \"book\", \"author\": [{\"family\": \"Author")
                    .append(i % 700).append("\", \"given\": \"Given\"}], \"title\": \"A Title Number ").append(i)
                    .append(": On Things\", \"publisher\": \"Press\", \"publisher-place\": \"New York\", \"issued\": {\"date-parts\": [[")
                    .append(1900 + i % 120).append("]]}}");
            yaml.append("- id: key").append(i).append("\n  type: book\n  author:\n  - family: Author").append(i % 700)
                    .append("\n    given: Given\n  title: 'A Title Number ").append(i).append(": On Things'\n  publisher: Press\n")
                    .append("  publisher-place: New York\n  issued:\n    date-parts:\n    - - ").append(1900 + i % 120).append("\n");
        }
        Path jsonFile = Files.writeString(Files.createDirectories(dir.resolve("json")).resolve("big.json"), json.append("\n]\n"));
        Path yamlFile = Files.writeString(Files.createDirectories(dir.resolve("yaml")).resolve("big.yaml"), yaml);
        for (Path other : List.of(jsonFile, yamlFile)) {
            long wall = System.nanoTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            LoadedSources same = SourceLoader.create(other.getParent()).load(List.of(other));
            System.out.printf("load 5,000 entries from %s: %d ms (thread CPU %d ms; %d sources, %d diagnostics)%n", other.getFileName(),
                    (System.nanoTime() - wall) / 1_000_000, (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    same.library().size(), same.diagnostics().all().size());
        }
        long t0 = System.nanoTime();
        long loadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        LoadedSources loaded = SourceLoader.create(dir).load(List.of(file));
        long t1 = System.nanoTime();
        loadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - loadCpu;
        CitationStyle style = CitationStyle.load(styleId, "en-US", dir).style();
        long t2 = System.nanoTime();
        Random random = new Random(1);
        List<CitationRequest> citations = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String key = "key" + random.nextInt(distinct);
            citations.add(new CitationRequest(List.of(new CiteItem(key, "", "page", String.valueOf(1 + i % 300), "", CiteItem.Mode.NORMAL)), i + 1, false));
        }
        CitationFormatter formatter = CitationFormatter.create(style, loaded.library());
        var result = formatter.formatEssay(citations, List.of());
        long t3 = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        var site = formatter.bibliography(loaded.library().keys());
        long t4 = System.nanoTime();
        cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu;
        System.out.printf("style %s: load 5,000 entries from big.bib %d ms (thread CPU %d ms; %d sources, %d diagnostics); style %d ms;%n"
                        + "1,000 citations over %d keys %d ms (%.3f ms each), essay bibliography %d entries;%n"
                        + "site bibliography of 5,000 keys %d ms (thread CPU %d ms)%n",
                styleId, (t1 - t0) / 1_000_000, loadCpu / 1_000_000, loaded.library().size(), loaded.diagnostics().all().size(), (t2 - t1) / 1_000_000,
                distinct, (t3 - t2) / 1_000_000, (t3 - t2) / 1e6 / 1_000, result.bibliography().size(), (t4 - t3) / 1_000_000,
                cpu / 1_000_000);
        // as a build does it: the order of every cited key fixed once (resolve), then the entries;
        // twice more in this JVM, the last with the JIT warm
        for (int round = 1; round <= 3; round++) {
            long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            CitationFormatter ordered = CitationFormatter.create(style, loaded.library()).ordered(loaded.library().keys());
            long c1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            var entries = ordered.bibliography(loaded.library().keys());
            long c2 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            var again = ordered.bibliography(loaded.library().keys());
            long c3 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            System.out.printf("round %d, thread CPU: order of 5,000 keys %d ms; their %d entries %d ms; the same list again "
                    + "%d ms%n", round, (c1 - c0) / 1_000_000, entries.size(), (c2 - c1) / 1_000_000,
                    again.size() == entries.size() ? (c3 - c2) / 1_000_000 : -1);
        }
        System.out.println(result.citations().get(0) + " / " + site.get(0));
    }
}
