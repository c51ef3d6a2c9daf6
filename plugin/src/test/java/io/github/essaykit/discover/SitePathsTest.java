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

    @Test
    void percentEncodesEveryPartOfAnHrefButTheSlashes() {
        assertThat(SitePaths.href("my essay.html")).isEqualTo("my%20essay.html");
        assertThat(SitePaths.href("notes/café.html")).isEqualTo("notes/caf%C3%A9.html");
        assertThat(SitePaths.href("日記/2024.html")).isEqualTo("%E6%97%A5%E8%A8%98/2024.html");
        assertThat(SitePaths.href("a+b&c(d)'e.html")).isEqualTo("a%2Bb%26c%28d%29%27e.html");
        assertThat(SitePaths.href("plain-name_1.v2~x.html")).isEqualTo("plain-name_1.v2~x.html");
    }

    @Test
    void readsALinkTheWayABrowserDoes() {
        assertThat(SitePaths.uri("my essay.md#sec-a").getPath()).isEqualTo("my essay.md");
        assertThat(SitePaths.uri("my essay.md#sec-a").getFragment()).isEqualTo("sec-a");
        assertThat(SitePaths.uri("caf%C3%A9.md").getPath()).isEqualTo("café.md");
        assertThat(SitePaths.uri("100%.md").getPath()).isEqualTo("100%.md");
        assertThat(SitePaths.uri("a+b.png").getPath()).isEqualTo("a+b.png");
        assertThat(SitePaths.uri("https://example.org/x y").getHost()).isEqualTo("example.org");
    }
}
