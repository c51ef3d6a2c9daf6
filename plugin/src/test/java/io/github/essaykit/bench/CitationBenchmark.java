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
 * Not a test: generates a 5,000-entry .bib, times loading it, formatting 1,000 citations in one essay and the site bibliography of all 5,000.
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
        long t0 = System.nanoTime();
        LoadedSources loaded = SourceLoader.create(dir).load(List.of(file));
        long t1 = System.nanoTime();
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
        System.out.printf("style %s: load 5,000 entries %d ms (%d sources, %d diagnostics); style %d ms;%n"
                        + "1,000 citations over %d keys %d ms (%.3f ms each), essay bibliography %d entries;%n"
                        + "site bibliography of 5,000 keys %d ms (thread CPU %d ms)%n",
                styleId, (t1 - t0) / 1_000_000, loaded.library().size(), loaded.diagnostics().all().size(), (t2 - t1) / 1_000_000,
                distinct, (t3 - t2) / 1_000_000, (t3 - t2) / 1e6 / 1_000, result.bibliography().size(), (t4 - t3) / 1_000_000,
                cpu / 1_000_000);
        System.out.println(result.citations().get(0) + " / " + site.get(0));

        // as a build does it: every cited key sorted once (SiteResolver.prepare), each entry formatted
        // once (by the first list holding it), then the site's list assembled from those entries
        var threads = ManagementFactory.getThreadMXBean();
        CitationFormatter build = CitationFormatter.create(style, loaded.library());
        long c0 = threads.getCurrentThreadCpuTime();
        build.prepareOrder(loaded.library().keys());
        long c1 = threads.getCurrentThreadCpuTime();
        build.bibliography(loaded.library().keys());
        long c2 = threads.getCurrentThreadCpuTime();
        var again = build.bibliography(loaded.library().keys());
        long c3 = threads.getCurrentThreadCpuTime();
        System.out.printf("thread CPU: sort 5,000 keys %d ms; format 5,000 entries %d ms; site bibliography of 5,000 entries"
                + " already formatted %d ms (%d entries)%n", (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000, (c3 - c2) / 1_000_000,
                again.size());
    }
}
