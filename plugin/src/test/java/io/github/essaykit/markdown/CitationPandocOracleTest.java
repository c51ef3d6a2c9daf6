package io.github.essaykit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Citations parse as pandoc 2.17 parses them: cases/pandoc-citations.tsv was written by
 * cases/pandoc-oracle.py from pandoc's own output (keys, modes, prefixes, and how its citeproc
 * splits suffixes into label, locator and suffix).
 */
class CitationPandocOracleTest {

    /**
     * Deliberate differences: CSL 1.0.2 locator type names where pandoc 2.17 used older ones.
     * Prefixes and suffixes get pandoc's smart quotes and no-break spaces after abbreviations, as
     * pandoc's do.
     */
    private static final Map<String, String> OUR_LABELS = Map.of("number", "issue", "sub verbo", "sub-verbo");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (var in = CitationPandocOracleTest.class.getResourceAsStream("/cases/pandoc-citations.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split("\t");
                cases.add(Arguments.of(columns[0], columns[1]));
            }
        }
        assertThat(cases).hasSizeGreaterThan(50);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesLikePandoc(String markdown, String expected) {
        List<Citation> citations = Nodes.find(markdown, Citation.class);
        if (expected.equals("NONE")) {
            assertThat(citations).isEmpty();
            return;
        }
        assertThat(citations).hasSize(1);
        List<CiteItem> want = new ArrayList<>();
        for (String item : expected.split(" ;; ", -1)) {
            String[] f = item.split("\\|", -1);
            String label = OUR_LABELS.getOrDefault(f[3], f[3]);
            want.add(new CiteItem(f[0], f[2], label, f[4], f[5], CiteItem.Mode.valueOf(f[1])));
        }
        assertThat(citations.get(0).items()).containsExactlyElementsOf(want);
        assertThat(citations.get(0).isBracketed()).isEqualTo(markdown.startsWith("["));
    }
}
