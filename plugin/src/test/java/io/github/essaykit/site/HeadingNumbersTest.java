package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings and the references to them agree: a numbered essay shows on each heading the number
 * its references name; an unnumbered one names sections by their titles. Every heading links to
 * itself.
 */
class HeadingNumbersTest {

    @TempDir
    static Path dir;

    static BuildResult result;
    static Document alpha;
    static Document beta;

    @BeforeAll
    static void build() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("alpha.md"), """
                ---
                title: Alpha
                number-sections: true
                ---
                See @sec-one, [-@sec-two] and @Sec-pre; and [](beta.md#sec-keep).

                ## Preface {#sec-pre -}

                ## One {#sec-one}

                ### Two {#sec-two}

                ## With a note[^n] {#sec-noted}

                [^n]: A note.
                """);
        Files.writeString(src.resolve("beta.md"), """
                ---
                title: Beta
                ---
                As @sec-keep shows; @Sec-keep; [-@sec-keep]; [@sec-keep; @sec-other]; [](alpha.md#sec-two).

                ## Keeping the secret {#sec-keep}

                ## Other {#sec-other}
                """);
        result = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("out")));
        alpha = Jsoup.parse(dir.resolve("out/alpha.html"));
        beta = Jsoup.parse(dir.resolve("out/beta.html"));
    }

    @Test
    void aNumberedEssayShowsOnEachHeadingTheNumberItsReferencesName() {
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(alpha.select(".essay-body h2, .essay-body h3").eachText())
                .containsExactly("Preface", "1 One", "1.1 Two", "2 With a note1 #");
        assertThat(alpha.selectFirst(".essay-body p").text()).isEqualTo(
                "See Section 1, 1.1 and The section Preface; and the section Keeping the secret of Beta.");
        assertThat(beta.selectFirst(".essay-body p").text()).isEqualTo("As the section Keeping the secret shows; "
                + "The section Keeping the secret; Keeping the secret; the sections Keeping the secret and Other; "
                + "Section 1.1 of Alpha.");
        assertThat(beta.select(".secnum")).as("beta numbers no section").isEmpty();
    }

    @Test
    void everyReferenceAgreesWithTheHeadingItPointsAt() {
        Document[] pages = {alpha, beta};
        int checked = 0;
        for (Document page : pages) {
            for (Element ref : page.select(".essay-body p a.xref")) {
                String[] href = ref.attr("href").split("#", 2);
                Document target = href[0].isEmpty() ? page : href[0].equals("alpha.html") ? alpha : beta;
                Element heading = target.getElementById(href[1]);
                Element number = heading.selectFirst(".secnum");
                if (number != null) {
                    assertThat(ref.text()).as(ref.outerHtml()).matches("(Section )?" + java.util.regex.Pattern.quote(number.text())
                            + "( of Alpha)?");
                } else {
                    assertThat(ref.select("em").first().text()).as(ref.outerHtml()).isEqualTo(heading.text());
                    assertThat(ref.text()).doesNotContainPattern("\\d");
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void everyHeadingLinksToItselfWithoutNestingLinks() {
        Element one = alpha.getElementById("sec-one");
        assertThat(one.select("> a.heading-link").eachAttr("href")).containsExactly("#sec-one");
        assertThat(one.selectFirst("a.heading-link .secnum").text()).isEqualTo("1");
        Element noted = alpha.getElementById("sec-noted");
        assertThat(noted.select("a.heading-link")).as("a note marker is a link: no link around it").isEmpty();
        Element anchor = noted.selectFirst("a.heading-anchor");
        assertThat(anchor.attr("href")).isEqualTo("#sec-noted");
        assertThat(anchor.attr("aria-label")).isEqualTo("Link to this section");
        assertThat(beta.select(".essay-body h2 > a.heading-link").eachAttr("href")).containsExactly("#sec-keep", "#sec-other");
    }
}
