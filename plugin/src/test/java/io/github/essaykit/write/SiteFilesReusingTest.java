package io.github.essaykit.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A site made after another takes the earlier bytes of each text that is equal, and only of those. */
class SiteFilesReusingTest {

    @Test
    void anEqualTextKeepsItsBytesAndAChangedOneIsEncodedAgain() {
        SiteFiles earlier = SiteFiles.reusing(null);
        earlier.text("index.html", new String("<p>same</p>"));
        earlier.text("cite.bib", new String("@book{a}"));

        SiteFiles next = SiteFiles.reusing(earlier);
        next.text("index.html", new String("<p>same</p>")); // made again: another string, equal
        next.text("cite.bib", "@book{b}");
        next.text("new.html", "<p>new</p>");

        assertThat(next.all().get("index.html")).isSameAs(earlier.all().get("index.html"));
        assertThat(next.all().get("cite.bib")).isNotSameAs(earlier.all().get("cite.bib"));
        assertThat(text(next, "cite.bib")).isEqualTo("@book{b}");
        assertThat(text(next, "new.html")).isEqualTo("<p>new</p>");

        SiteFiles third = SiteFiles.reusing(next); // an earlier site's texts, not the one before it
        third.text("cite.bib", "@book{a}");
        assertThat(text(third, "cite.bib")).isEqualTo("@book{a}");
        assertThat(third.all().get("cite.bib")).isNotSameAs(earlier.all().get("cite.bib"));
    }

    @Test
    void bytesPutOverATextAreNotTakenForItsEncoding() {
        SiteFiles earlier = SiteFiles.reusing(null);
        earlier.text("page.html", "<p>text</p>");
        earlier.bytes("page.html", "<p>other</p>".getBytes(StandardCharsets.UTF_8));

        SiteFiles next = SiteFiles.reusing(earlier);
        next.text("page.html", "<p>text</p>");
        assertThat(text(next, "page.html")).isEqualTo("<p>text</p>");
    }

    @Test
    void filesComeInTheirPathsOrderWhetherTheEarlierSitesPathsWereTheSameOrNot() {
        SiteFiles earlier = SiteFiles.reusing(null);
        java.util.List.of("z.html", "downloads/b.bib", "a.html").forEach(p -> earlier.text(p, p));
        assertThat(earlier.all().keySet()).containsExactly("a.html", "downloads/b.bib", "z.html");

        SiteFiles same = SiteFiles.reusing(earlier);
        java.util.List.of("downloads/b.bib", "a.html", "z.html").forEach(p -> same.text(p, p));
        assertThat(same.all().keySet()).containsExactly("a.html", "downloads/b.bib", "z.html");

        SiteFiles swapped = SiteFiles.reusing(same); // as many files, one of them another
        java.util.List.of("downloads/b.bib", "m.html", "z.html").forEach(p -> swapped.text(p, p));
        assertThat(swapped.all().keySet()).containsExactly("downloads/b.bib", "m.html", "z.html");

        SiteFiles more = SiteFiles.reusing(swapped);
        java.util.List.of("downloads/b.bib", "m.html", "z.html", "b.html").forEach(p -> more.text(p, p));
        assertThat(more.all().keySet()).containsExactly("b.html", "downloads/b.bib", "m.html", "z.html");
    }

    private static String text(SiteFiles site, String path) {
        return new String(((SiteFiles.Bytes) site.all().get(path)).bytes(), StandardCharsets.UTF_8);
    }
}
