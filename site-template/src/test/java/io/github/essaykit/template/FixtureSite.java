package io.github.essaykit.template;

import io.github.essaykit.testkit.StaticSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The static fixture site (src/test/resources/fixture) plus the built assets (target/classes),
 * served as a {@link StaticSite}.
 */
final class FixtureSite {
    private FixtureSite() {}

    /** Copies the fixture and the assets into {@code dir} and serves it. */
    static StaticSite start(Path dir) throws IOException {
        StaticSite.copyTree(resource("/fixture"), dir);
        StaticSite.copyTree(resource("/essaykit/assets"), dir.resolve("assets"));
        return StaticSite.serve(dir);
    }

    static Path resource(String name) {
        try {
            return Paths.get(FixtureSite.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    static String text(String name) {
        try (InputStream in = Files.newInputStream(resource(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
