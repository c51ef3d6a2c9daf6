package io.github.essaykit.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void resolvesRelativePaths() {
        assertThat(SitePaths.resolve("a/b/c.html", "../d.html")).isEqualTo("a/d.html");
        assertThat(SitePaths.resolve("a/b.md", "./img/x.svg")).isEqualTo("a/img/x.svg");
        assertThat(SitePaths.resolve("c.html", "../d.html")).isNull();
    }

    @Test
    void findsTheWayBackToTheRoot() {
        assertThat(SitePaths.toRoot("index.html")).isEmpty();
        assertThat(SitePaths.toRoot("notes/deep/tapes.html")).isEqualTo("../../");
    }
}
