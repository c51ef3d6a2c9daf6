package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Count;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.sources.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Warnings for the sources no essay cites. A few are worth a line each, with their position; a
 * large bibliography of which the site cites a handful would bury every other message under
 * thousands of lines, so past {@link #EACH} per file they become one line that names the first
 * few, unless the user asks for every one ({@code verbose}).
 */
final class UnusedSources {

    /** Up to this many unused sources in one file get a warning each. */
    static final int EACH = 10;

    /** How many keys the summary line names. */
    static final int NAMED = 5;

    private static final String ADVICE = "cite it, list it in an essay's nocite, or remove it";

    private UnusedSources() {}

    static List<Diagnostic> warnings(List<Source> unused, boolean verbose) {
        Map<String, List<Source>> byFile = unused.stream()
                .collect(Collectors.groupingBy(Source::file, LinkedHashMap::new, Collectors.toList()));
        List<Diagnostic> warnings = new ArrayList<>();
        byFile.forEach((file, sources) -> {
            if (verbose || sources.size() <= EACH) {
                for (Source source : sources) {
                    warnings.add(Diagnostic.warning(file, source.line(), 1,
                            "source '" + source.key() + "' is cited by no essay; " + ADVICE));
                }
            } else {
                warnings.add(summary(file, sources));
            }
        });
        return warnings;
    }

    private static Diagnostic summary(String file, List<Source> sources) {
        String named = sources.stream().limit(NAMED).map(Source::key).collect(Collectors.joining(", "));
        return Diagnostic.warning(file, sources.get(0).line(), 1, Count.of(sources.size(), "source")
                + " of this file are cited by no essay: " + named + ", …; cite them, list them in an essay's nocite, "
                + "or remove them (-Dessay.verbose lists each with its line)");
    }
}
