package io.github.essaykit.site;

import io.github.essaykit.site.CitationCorpusPandocTest.Comparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus test's list of differences from pandoc, one text file so that it is easy to update:
 * a line {@code ## reason} gives the reason of the entries after it; an entry is three lines,
 * {@code @ style essay kind n}, {@code - pandoc's text}, {@code + essaykit's text}. Lines
 * starting with a single {@code #} and blank lines are comments.
 */
record KnownDifferences(Map<Comparison, String> reasons) {

    static KnownDifferences read(Path file) throws IOException {
        Map<Comparison, String> reasons = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        String reason = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                reason = line.substring(3).strip();
            } else if (line.startsWith("@ ")) {
                String[] where = line.substring(2).strip().split(" ");
                String pandoc = expect(lines, ++i, "- ", file);
                String ours = expect(lines, ++i, "+ ", file);
                if (reason == null || where.length != 4) {
                    throw new IllegalStateException(file + ":" + (i - 1) + ": an entry needs a reason above it and '@ style essay kind n'");
                }
                reasons.put(new Comparison(where[0], where[1], where[2], Integer.parseInt(where[3]), pandoc, ours), reason);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": unexpected line: " + line);
            }
        }
        return new KnownDifferences(Map.copyOf(reasons));
    }

    private static String expect(List<String> lines, int i, String prefix, Path file) {
        if (i >= lines.size() || !lines.get(i).startsWith(prefix)) {
            throw new IllegalStateException(file + ":" + (i + 1) + ": expected a line starting with '" + prefix + "'");
        }
        return lines.get(i).substring(prefix.length());
    }

    /** The reason this difference is listed with, or null if it is not listed. */
    String reason(Comparison difference) {
        return reasons.get(difference);
    }

    List<Comparison> forStyle(String style) {
        return reasons.keySet().stream().filter(c -> c.style().equals(style)).toList();
    }
}
