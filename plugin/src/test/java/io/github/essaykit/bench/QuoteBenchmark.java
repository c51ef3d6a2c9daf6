package io.github.essaykit.bench;

import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.quotes.EssayQuotes;
import io.github.essaykit.quotes.QuoteCheck;
import io.github.essaykit.quotes.SourceTexts;
import io.github.essaykit.sources.SourceLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Not a test: times the quote check on a book-length source, a generated text of about
 * {@code megabytes} MB (words drawn from a 20,000-word vocabulary with Zipf frequencies, as in
 * prose, in lines of 70 characters), and an essay of {@code quotes} quotations of 6 to 30 words
 * taken from it: three in four faithful (curly quotes, capitals, some with an ellipsis gap), one in
 * four with a word changed, so each of those also pays for the nearest passage. Prints the text's
 * indexing and the checking of all quotations separately, best of five after a warm-up, thread CPU
 * and wall time. Run from plugin/ (classpath as in docs/testing.md):
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.essaykit.bench.QuoteBenchmark [megabytes] [quotes]
 */
public final class QuoteBenchmark {

    public static void main(String[] args) throws Exception {
        double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        int quotes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("essaykit-quotes");
        Random random = new Random(15);
        List<String> words = text(random, (int) (megabytes * 1_000_000));
        StringBuilder text = new StringBuilder();
        int column = 0;
        for (String word : words) {
            text.append(word);
            column += word.length() + 1;
            text.append(column > 70 ? '\n' : ' ');
            column = column > 70 ? 0 : column;
        }
        Files.writeString(dir.resolve("sources.bib"), "@book{book, title = {Book}, author = {Writer, A.}, date = {2000}}\n");
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/book.txt"), text);
        StringBuilder essay = new StringBuilder("---\ntitle: Quotes\n---\n\n");
        int misquotes = 0;
        for (int i = 0; i < quotes; i++) {
            int length = 6 + random.nextInt(25);
            int start = random.nextInt(words.size() - length - 40);
            List<String> quoted = new ArrayList<>(words.subList(start, start + length));
            if (i % 4 == 3) {
                quoted.set(length / 2, "zzz" + i);
                misquotes++;
            } else if (i % 4 == 1) {
                quoted.add(length / 2, "…");
                quoted.subList(length / 2 + 1, length / 2 + 3).clear();
            }
            quoted.set(0, quoted.get(0).substring(0, 1).toUpperCase(Locale.ROOT) + quoted.get(0).substring(1));
            essay.append("As the book has it, “").append(String.join(" ", quoted)).append("” [@book, ").append(i + 1).append("].\n\n");
        }
        Path file = dir.resolve("quotes.md");
        Files.writeString(file, essay);
        var library = SourceLoader.create(dir).load(List.of(dir.resolve("sources.bib"))).library();
        ParsedEssay parsed = new EssayParser(EssayMarkdown.parser(), StandardCharsets.UTF_8).parse(new SourceFile("quotes.md", file)).essay();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long bestIndexCpu = Long.MAX_VALUE, bestIndexWall = Long.MAX_VALUE, bestCheckCpu = Long.MAX_VALUE, bestCheckWall = Long.MAX_VALUE;
        int warnings = -1;
        for (int run = 0; run < 6; run++) {
            SourceTexts texts = SourceTexts.find(dir, library, StandardCharsets.UTF_8);
            long c0 = cpu.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            texts.text("book").orElseThrow(); // read and indexed
            long c1 = cpu.getCurrentThreadCpuTime(), w1 = System.nanoTime();
            EssayQuotes checked = QuoteCheck.check(parsed, texts);
            long c2 = cpu.getCurrentThreadCpuTime(), w2 = System.nanoTime();
            warnings = checked.warnings().size();
            if (checked.quotes().size() != quotes) {
                throw new IllegalStateException("found " + checked.quotes().size() + " quotations, wrote " + quotes);
            }
            if (run > 0) { // the first is the warm-up
                bestIndexCpu = Math.min(bestIndexCpu, c1 - c0);
                bestIndexWall = Math.min(bestIndexWall, w1 - w0);
                bestCheckCpu = Math.min(bestCheckCpu, c2 - c1);
                bestCheckWall = Math.min(bestCheckWall, w2 - w1);
            }
        }
        System.out.printf(Locale.ROOT, "source text %,d bytes, %,d words; %d quotations (%d changed): %d warnings%n",
                Files.size(dir.resolve("sources/book.txt")), words.size(), quotes, misquotes, warnings);
        System.out.printf(Locale.ROOT, "index once: %.0f ms cpu, %.0f ms wall%n", bestIndexCpu / 1e6, bestIndexWall / 1e6);
        System.out.printf(Locale.ROOT, "check all:  %.0f ms cpu, %.0f ms wall (%.2f ms per quotation)%n", bestCheckCpu / 1e6,
                bestCheckWall / 1e6, bestCheckCpu / 1e6 / quotes);
        if (warnings != misquotes) {
            throw new IllegalStateException(warnings + " warnings for " + misquotes + " changed quotations");
        }
    }

    /** Words of a Zipf-distributed vocabulary until about {@code bytes} characters. */
    private static List<String> text(Random random, int bytes) {
        int size = 20_000;
        String[] vocabulary = new String[size];
        double[] cumulative = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            int letters = 2 + random.nextInt(8);
            for (int k = 0; k < letters; k++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            vocabulary[i] = w.toString();
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        List<String> words = new ArrayList<>();
        int length = 0;
        while (length < bytes) {
            double pick = random.nextDouble() * sum;
            int i = java.util.Arrays.binarySearch(cumulative, pick);
            String word = vocabulary[Math.min(size - 1, i < 0 ? -i - 1 : i)];
            words.add(word);
            length += word.length() + 1;
        }
        return words;
    }
}
