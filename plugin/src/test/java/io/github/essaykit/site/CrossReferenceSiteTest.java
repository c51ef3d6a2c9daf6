package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-reference fixture built whole: words, numbers, targets and links between essays. */
class CrossReferenceSiteTest {

    @TempDir
    static Path dir;

    static Document ships;
    static Document harbours;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path src = copy(Path.of("src/test/resources/cases/crossrefs"), dir.resolve("src"));
        result = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("out")));
        ships = Jsoup.parse(dir.resolve("out/ships.html"));
        harbours = Jsoup.parse(dir.resolve("out/harbours.html"));
    }

    static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    @Test
    void buildsWithoutProblems() {
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(result.stats().crossReferences()).isEqualTo(6);
    }

    @Test
    void referencesShowWordAndNumberAndLeadToTheirTarget() {
        Element intro = ships.selectFirst(".essay-body p");
        assertThat(intro.text()).isEqualTo("Intro text before any section. See Section 1, 1.1 and Section 2. "
                + "The figures are Figures 1 and 2, the table is Table 1.");
        for (Element ref : intro.select("a.xref")) {
            String id = ref.attr("href").substring(1);
            Element target = ships.getElementById(id);
            assertThat(target).as(ref.text()).isNotNull();
            assertThat(ref.attr("data-preview")).isEqualTo(id);
        }
        assertThat(intro.select("a.xref").eachAttr("href"))
                .containsExactly("#sec-counting", "#sec-rates", "#sec-tables", "#fig-hull", "#fig-mast", "#tbl-rates");
        assertThat(ships.getElementById("sec-rates").tagName()).isEqualTo("h3");
        assertThat(ships.getElementById("fig-hull").tagName()).isEqualTo("figure");
        assertThat(ships.getElementById("tbl-rates").tagName()).isEqualTo("table");
    }

    @Test
    void sectionsAreNumberedAndCaptionsCarryTheirNumber() {
        assertThat(ships.select(".essay-body h2, .essay-body h3").eachText()).containsExactly(
                "1 Counting ships", "1.1 Rates", "2 Tables and lists", "3 An unlabelled heading");
        assertThat(ships.select("figcaption").eachText()).containsExactly("Figure 1: A hull in section.", "Figure 2: A mast.");
        assertThat(ships.selectFirst("#tbl-rates caption").text()).isEqualTo("Table 1: Rates of the line");
        assertThat(ships.selectFirst("#fig-hull img").attr("src")).isEqualTo("hull.svg");
        assertThat(ships.select(".essay-body h2").last().id()).isEqualTo("an-unlabelled-heading");
        assertThat(harbours.select(".secnum")).as("numbers only where asked").isEmpty();
    }

    @Test
    void linksBetweenEssaysAreRewrittenAndEmptyTextIsFilled() {
        assertThat(ships.select("a.essay-link").eachAttr("href"))
                .containsExactly("harbours.html", "harbours.html#sec-piers", "harbours.html#sec-piers", "harbours.html");
        assertThat(ships.select("a.essay-link").eachText())
                .containsExactly("the harbours essay", "section on piers", "the section Piers and moles of Harbours", "Harbours");
        assertThat(harbours.select("a.essay-link").eachText()).containsExactly("Section 1.1 of Ships of the Line",
                "Figure 1 of Ships of the Line", "the rates table", "an unlabelled part");
        Element preview = harbours.getElementById(harbours.selectFirst("a.essay-link").attr("data-preview"));
        assertThat(preview.closest(".preview-data")).isNotNull();
        assertThat(preview.text()).contains("Rates").contains("A first rate carried a hundred guns or more.");
    }

    @Test
    void everyFragmentOfTheSiteResolves() {
        for (Document page : new Document[] {ships, harbours}) {
            for (Element a : page.select("a[href*=#]")) {
                String[] parts = a.attr("href").split("#", 2);
                Document target = parts[0].isEmpty() ? page : parts[0].equals("ships.html") ? ships : harbours;
                assertThat(target.getElementById(parts[1])).as(a.outerHtml()).isNotNull();
            }
        }
    }

    @Test
    void reportsEachErrorAtItsPosition() throws Exception {
        Path src = copy(Path.of("src/test/resources/cases/crossrefs"), dir.resolve("broken"));
        Files.writeString(src.resolve("bad.md"), """
                ---
                title: Bad
                ---
                ## One {#sec-one}

                ## Two {#sec-one}

                See @sec-on and @fig-none, [](ships.md#sec-nope) and [](nowhere.md).
                """);
        BuildResult broken = SiteBuilder.compile(SiteConfig.defaults(src, dir.resolve("never")));
        assertThat(broken.diagnostics().errors()).extracting(Diagnostic::toString).containsExactly(
                "bad.md:6:8: error: label 'sec-one' is defined twice in this essay (first at line 4); rename one",
                "bad.md:8:5: error: cross-reference to 'sec-on', which no heading, figure, table or equation of this essay has (did you mean 'sec-one'?)",
                "bad.md:8:17: error: cross-reference to 'fig-none', which no heading, figure, table or equation of this essay has",
                "bad.md:8:28: error: link to 'ships.md#sec-nope', but that essay has no heading or label 'sec-nope'",
                "bad.md:8:54: error: link to 'nowhere.md', which is not an essay of this site");
        assertThat(dir.resolve("never")).doesNotExist();
    }
}
