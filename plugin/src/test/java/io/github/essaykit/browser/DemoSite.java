package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.testkit.StaticSite;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The demo essays ({@code content/src/essays}) copied to a temporary folder, built with the real
 * pipeline, and served as a {@link StaticSite} (127.0.0.1, strict Content-Security-Policy).
 */
final class DemoSite {
    static final Path DEMO = Path.of("..", "content", "src", "essays");
    static final String ESSAY = "how-the-crisis-ended.html";

    private DemoSite() {}

    /** Builds the demo into {@code work/site} (the sources are copied to {@code work/src} first). */
    static Path build(Path work, BuildResult[] result) throws IOException {
        Path src = work.resolve("src");
        StaticSite.copyTree(DEMO, src);
        Path out = work.resolve("site");
        BuildResult r = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(r.diagnostics().errors()).as("demo build errors").isEmpty();
        assertThat(r.ok()).isTrue();
        if (result != null) result[0] = r;
        return out;
    }

    /** Builds the demo and serves it. */
    static StaticSite start(Path work) throws IOException {
        return StaticSite.serve(build(work, null));
    }
}
