package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.polish.LinkCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * {@link AddressPlaces} reads a bibliography entry's links as the link check reads pages; for the
 * HTML entries are (text, em, strong, small caps, links, an archive link) that is what jsoup
 * finds in them as {@code a[href]}.
 */
class EntryLinksTest {

    private static final String[] PIECES = {"Okafor, Ngozi. 2015. ", "<em>The Tapes</em>", "<strong>12</strong>",
        "<span class=\"smallcaps\">Press</span>", "“Before ‘the Missiles’”", " &amp; ", " &lt;b&gt; ",
        "<a href=\"https://doi.org/10.1000/x&amp;y\">https://doi.org/10.1000/x&amp;y</a>",
        "<a href=\"https://example.org/a?b=1&amp;c=2#top\">example.org</a>", "<a href=\"http://x.test/é ü\">x</a>",
        " <a class=\"archive-link\" href=\"https://web.archive.org/web/2020/https://example.org/\">Archived copy</a>",
        "<a href=\"\">empty</a>", ". ", "<em><a href=\"https://a.test/&quot;q&quot;\">a</a></em>"};

    @Test
    void anEntrysLinksAreItsAnchorsAsJsoupReadsThem() {
        Random random = new Random(5);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                html.append(PIECES[random.nextInt(PIECES.length)]);
            }
            List<String> jsoup = new ArrayList<>();
            Jsoup.parseBodyFragment(html.toString()).select("a[href]").forEach(a -> jsoup.add(a.attr("href")));
            assertThat(LinkCheck.scan("", html.toString()).links()).as(html.toString()).isEqualTo(jsoup);
        }
    }
}
