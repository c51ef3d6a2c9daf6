package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A site-wide page is made again exactly when what it is made from is no longer equal. */
class SitePagesTest {

    private final List<String> made = new ArrayList<>();

    private String page(SitePages pages, String path, Object key, String html) {
        return pages.page(path, () -> key, () -> {
            made.add(path);
            return html;
        });
    }

    @Test
    void keepsAPageWhileItsInputsAreEqualAndMakesItAgainWhenOneChanges() {
        SitePages pages = SitePages.create();
        assertThat(page(pages, "index.html", List.of("site", List.of("a", 1)), "<p>1</p>")).isEqualTo("<p>1</p>");
        // equal inputs, other objects (the next build's): kept, not made
        assertThat(page(pages, "index.html", List.of("site", List.of("a", 1)), "<p>2</p>")).isEqualTo("<p>1</p>");
        assertThat(made).containsExactly("index.html");

        assertThat(page(pages, "index.html", List.of("site", List.of("a", 2)), "<p>3</p>")).isEqualTo("<p>3</p>");
        assertThat(page(pages, "bibliography.html", List.of("site", List.of("a", 2)), "<p>b</p>")).isEqualTo("<p>b</p>");
        assertThat(page(pages, "index.html", List.of("other site", List.of("a", 2)), "<p>4</p>")).isEqualTo("<p>4</p>");
        assertThat(made).containsExactly("index.html", "index.html", "bibliography.html", "index.html");
    }

    @Test
    void withoutMemoryEveryPageIsMade() {
        page(SitePages.NONE, "index.html", "key", "<p>1</p>");
        assertThat(page(SitePages.NONE, "index.html", "key", "<p>2</p>")).isEqualTo("<p>2</p>");
        assertThat(made).hasSize(2);
    }
}
