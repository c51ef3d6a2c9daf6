package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.testkit.AxeAudit;
import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The math fixture (plugin/src/test/resources/cases/math) built and served under {@code
 * Content-Security-Policy: default-src 'self'}: KaTeX typesets every formula, its fonts load,
 * the browser reports no CSP violation and no console error, and an equation's cross-reference
 * previews the typeset equation. Screenshot: target/screenshots/math-orbits.png.
 */
class MathBrowserTest {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(MathBrowserTest::build,
            work -> Browsers.recordingCspViolations(Browsers.desktopViewport(work, 1000, 900)));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();

    static StaticSite build(Path work) throws IOException {
        Path src = work.resolve("src");
        StaticSite.copyTree(Path.of("src/test/resources/cases/math"), src);
        BuildResult built = SiteBuilder.build(SiteConfig.defaults(src, work.resolve("site")));
        assertThat(built.ok()).isTrue();
        return StaticSite.serve(work.resolve("site"));
    }

    /** The page as every test reads it: KaTeX has typeset each formula and the fonts are in. */
    @BeforeAll
    static void typeset() {
        ChromeDriver driver = session.driver();
        Previews previews = session.previews();
        previews.load(session.site().url("orbits.html"));
        previews.await().until(d -> (Boolean) driver.executeScript(
                "return document.querySelectorAll('span.math').length > 0"
                        + " && [].every.call(document.querySelectorAll('span.math'), s => s.querySelector('.katex'))"));
        previews.await().until(d -> (Boolean) driver.executeScript("return document.fonts.status === 'loaded'"));
    }

    @Test
    void katexTypesetsEveryFormulaInlineAndDisplay() throws Exception {
        assertThat(driver.findElements(By.cssSelector(".essay-body span.math.inline .katex"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector(".essay-body span.math.display .katex-display"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#notes span.math.inline .katex"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".math-error"))).isEmpty();
        // KaTeX's MathML copy keeps the TeX as written, backslashes and all
        assertThat(driver.findElement(By.cssSelector("#eq-kepler annotation")).getAttribute("textContent"))
                .isEqualTo("\nT^2 = \\frac{4\\pi^2}{G M} r^3\n");
        WebElement number = driver.findElement(By.cssSelector("#eq-kepler .equation-number"));
        WebElement formula = driver.findElement(By.cssSelector("#eq-kepler .katex-display"));
        assertThat(number.getText()).isEqualTo("(1)");
        assertThat(number.getRect().getX()).as("the number stands right of the formula")
                .isGreaterThan(formula.getRect().getX() + formula.getRect().getWidth() / 2);
        Path shot = Browsers.screenshot(driver, "math-orbits");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void katexFontsLoadUnderTheStrictCsp() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) driver.executeScript(
                "return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)");
        assertThat(loaded).anySatisfy(f -> assertThat(f).contains("KaTeX_Main"))
                .anySatisfy(f -> assertThat(f).contains("KaTeX_Math"));
    }

    @Test
    void noCspViolationAndNoConsoleError() {
        previews.load(site.url("orbits.html"));
        previews.await().until(d -> (Boolean) driver.executeScript("return !!document.querySelector('.katex')"));
        assertThat((List<?>) driver.executeScript("return window.__violations")).isEmpty();
        assertThat(Browsers.severeLogs(driver)).isEmpty();
        assertThat(Browsers.severeLogsAfterInlineStyle(driver)).as("the CSP is enforced and the log is read")
                .anySatisfy(m -> assertThat(m).contains("Content Security Policy"));
    }

    @Test
    void aPageWithoutMathLoadsNothingOfIt() {
        previews.load(site.url("orbits.html"));
        long withMath = mathBytes();
        previews.load(site.url("plain.html"));
        assertThat(resources()).isNotEmpty().noneMatch(url -> url.contains("katex") || url.contains("math"));
        assertThat(mathBytes()).isZero();
        System.out.println("math files loaded by orbits.html: " + withMath + " bytes; by plain.html: 0 bytes");
        assertThat(withMath).isGreaterThan(250_000);
    }

    @SuppressWarnings("unchecked")
    private List<String> resources() {
        return (List<String>) driver.executeScript("return performance.getEntriesByType('resource').map(r => r.name)");
    }

    private long mathBytes() {
        return ((Number) driver.executeScript("""
                return performance.getEntriesByType('resource')
                  .filter(r => r.name.includes('katex') || r.name.includes('math'))
                  .reduce((sum, r) => sum + r.encodedBodySize, 0)""")).longValue();
    }

    @Test
    void noSeriousAccessibilityViolation() {
        previews.load(site.url("orbits.html"));
        previews.await().until(d -> (Boolean) driver.executeScript("return !!document.querySelector('.katex')"));
        AxeAudit axe = new AxeAudit(driver);
        axe.audit("orbits.html with math");
        System.out.println(String.join("\n", axe.report()));
        assertThat(axe.blocking()).isEmpty();
    }

    @Test
    void anEquationReferencePreviewsTheTypesetEquation() {
        previews.load(site.url("orbits.html"));
        WebElement ref = driver.findElement(By.cssSelector("a.xref[href='#eq-energy']"));
        assertThat(ref.getText()).isEqualTo("Equation 2");
        WebElement pv = previews.hover(ref);
        assertThat(pv.findElements(By.cssSelector(".katex-display"))).hasSize(1);
        assertThat(pv.getText()).contains("(2)");
        previews.close();
        assertThat((List<?>) driver.executeScript("return window.__violations")).isEmpty();
    }
}
