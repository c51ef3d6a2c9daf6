package io.github.essaykit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.SourceLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The contract of each bibliography reader (BibTeX, CSL-JSON, CSL-YAML): any bytes give sources
 * and diagnostics naming the file, never an exception or a stack overflow. Seeds in
 * {@code SourceFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes (docs/testing.md).
 */
class SourceFuzzTest {

    private static final Path DIR = folder();

    @FuzzTest(maxDuration = "2m")
    void bibtex(byte[] data) throws IOException {
        load("sources.bib", data);
    }

    @FuzzTest(maxDuration = "2m")
    void cslJson(byte[] data) throws IOException {
        load("sources.json", data);
    }

    @FuzzTest(maxDuration = "2m")
    void cslYaml(byte[] data) throws IOException {
        load("sources.yaml", data);
    }

    private static void load(String name, byte[] data) throws IOException {
        Path file = DIR.resolve(name);
        Files.write(file, data);
        LoadedSources loaded = SourceLoader.create(DIR).load(List.of(file));
        assertThat(loaded.diagnostics().all()).allSatisfy(d -> assertThat(d.file()).isEqualTo(name));
        loaded.library().keys().forEach(key -> assertThat(loaded.library().expect(key).key()).isEqualTo(key));
    }

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("essaykit-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
