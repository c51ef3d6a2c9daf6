package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The math fixture built whole: equations numbered and cross-referenced, KaTeX and our math
 * files in the site and on the page with math, and nothing of them on a page without math or
 * in a site without math.
 */
class MathSiteTest {

    @TempDir
    static Path dir;

    static BuildResult result;
    static Document orbits;

    @BeforeAll
    static void build() throws Exception {
        Path src = CrossReferenceSiteTest.copy(Path.of("src/test/resources/cases/math"), dir.resolve("src"));
        result = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("out")));
        orbits = Jsoup.parse(dir.resolve("out/orbits.html"));
    }

    @Test
    void buildsWithoutProblems() {
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(result.stats().crossReferences()).isEqualTo(3);
    }

    @Test
    void mathIsWrittenInPandocsFormWithItsTexUntouched() {
        Element intro = orbits.selectFirst(".essay-body p");
        assertThat(intro.select("span.math.inline").eachText()).containsExactly("\\(r\\)", "\\(T\\)");
        assertThat(intro.text()).contains("A price of $5 and $6 is no math, nor is $10.");
        assertThat(orbits.select("span.math.display").eachText()).containsExactly(
                "\\[ T^2 = \\frac{4\\pi^2}{G M} r^3 \\]", "\\[E = -\\frac{G M}{2 a}\\]", "\\[ v = \\sqrt{\\frac{G M}{r}} \\]");
        assertThat(orbits.select("#notes span.math.inline").eachText())
                .containsExactly("\\(a \\approx 1.5 \\times 10^{11}\\,\\mathrm{m}\\)");
    }

    @Test
    void labelledEquationsAreNumberedAndCrossReferenced() {
        Element kepler = orbits.getElementById("eq-kepler");
        assertThat(kepler.className()).isEqualTo("equation");
        assertThat(kepler.selectFirst(".equation-number").text()).isEqualTo("(1)");
        assertThat(orbits.getElementById("eq-energy").selectFirst(".equation-number").text()).isEqualTo("(2)");
        Element intro = orbits.selectFirst(".essay-body p");
        assertThat(intro.select("a.xref").eachText()).containsExactly("Equation 1", "Equation 2", "1");
        assertThat(intro.select("a.xref").eachAttr("href")).containsExactly("#eq-kepler", "#eq-energy", "#eq-kepler");
        assertThat(intro.select("a.xref").eachAttr("data-preview")).containsExactly("eq-kepler", "eq-energy", "eq-kepler");
    }

    @Test
    void thePageWithMathLoadsKatexAndTheSiteHoldsIt() {
        assertThat(orbits.select("head link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("assets/katex/katex.min.css", "assets/essaykit-math.css", "assets/essaykit.css");
        assertThat(orbits.select("head script").eachAttr("src"))
                .containsExactly("assets/katex/katex.min.js", "assets/essaykit-math.js", "assets/essaykit.js");
        for (String file : List.of("katex/katex.min.js", "katex/katex.min.css", "katex/LICENSE", "essaykit-math.js",
                "essaykit-math.css", "katex/fonts/KaTeX_Main-Regular.woff2", "katex/fonts/KaTeX_Math-Italic.woff2")) {
            assertThat(dir.resolve("out/assets").resolve(file)).as(file).isNotEmptyFile();
        }
        assertThat(MathAssets.fonts(read("out/assets/katex/katex.min.css"))).hasSize(20)
                .allSatisfy(font -> assertThat(dir.resolve("out/assets/katex").resolve(font)).exists());
    }

    @Test
    void aPageWithoutMathReferencesNoMathAsset() {
        String plain = read("out/plain.html");
        assertThat(plain).doesNotContain("katex").doesNotContain("essaykit-math").doesNotContain("class=\"math");
        assertThat(read("out/index.html")).doesNotContain("katex").doesNotContain("essaykit-math");
    }

    @Test
    void aSiteWithoutMathHasNoMathFilesAndTheSamePageBytes() throws Exception {
        Path src = Files.createDirectories(dir.resolve("plain-src"));
        Files.copy(dir.resolve("src/plain.md"), src.resolve("plain.md"));
        BuildResult plainSite = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("plain-out")));
        assertThat(plainSite.diagnostics().all()).isEmpty();
        try (Stream<Path> files = Files.walk(dir.resolve("plain-out"))) {
            assertThat(files.map(p -> dir.resolve("plain-out").relativize(p).toString().replace('\\', '/')))
                    .noneMatch(p -> p.contains("katex") || p.contains("math"));
        }
        assertThat(Files.readAllBytes(dir.resolve("plain-out/plain.html")))
                .as("a page without math costs the same whether or not another page has math")
                .isEqualTo(Files.readAllBytes(dir.resolve("out/plain.html")));
    }

    @Test
    void anUnknownEquationLabelIsAnErrorAtTheReference() throws Exception {
        Path src = Files.createDirectories(dir.resolve("bad-src"));
        Files.writeString(src.resolve("bad.md"), "---\ntitle: Bad\n---\nSee @eq-nope.\n\n$$x$$ {#eq-nop}\n");
        BuildResult bad = SiteBuilder.build(SiteConfig.defaults(src, dir.resolve("bad-out")));
        assertThat(bad.ok()).isFalse();
        assertThat(bad.diagnostics().all()).extracting(Diagnostic::toString).singleElement().asString()
                .contains("bad.md:4:5").contains("eq-nope").contains("did you mean 'eq-nop'");
    }

    private static String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
