package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.AxeAudit;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo pages under {@code Content-Security-Policy: default-src 'self'}: no console errors, and
 * no serious or critical axe-core violations. The audit is written to target/axe-demo-report.txt.
 */
class DemoPageQualityTest {
    static final List<String> AUDITED = List.of("index.html", DemoSite.ESSAY, "bibliography.html");

    @TempDir static Path tmp;
    static StaticSite site;
    static ChromeDriver driver;
    static Previews previews;

    @BeforeAll
    static void start() throws Exception {
        site = DemoSite.start(tmp);
        driver = Browsers.desktopViewport(tmp.resolve("quality"), 1280, 900);
        previews = new Previews(driver);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (site != null) site.close();
    }

    private void open(String page) {
        previews.load(site.url(page));
    }

    /**
     * The trigger's own preview, open and settled (faded in, images loaded): the previous one is
     * closed and awaited first, since it may cover the next trigger.
     */
    private WebElement hover(String css) {
        return previews.hover(driver.findElement(By.cssSelector(css)));
    }

    @Test
    void theConsoleReportsCspViolations() {
        open("index.html");
        assertThat(Browsers.severeLogsAfterInlineStyle(driver)).as("the CSP is enforced and the log is read")
                .anySatisfy(m -> assertThat(m).contains("Content Security Policy"));
    }

    @Test
    void noConsoleErrorsUnderTheStrictCsp() {
        List<String> pages = new ArrayList<>(AUDITED);
        pages.addAll(List.of("what-the-tapes-show.html", "markup-reference.html"));
        open("index.html");
        Browsers.severeLogs(driver);
        for (String page : pages) {
            open(page);
            for (String css : List.of("a.cite-link", "a.xref[href^='#fig']", "a.essay-link")) {
                if (!driver.findElements(By.cssSelector(css)).isEmpty()) hover(css);
            }
            previews.close();
            assertThat(Browsers.severeLogs(driver)).as(page).isEmpty();
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolations() throws IOException {
        AxeAudit axe = new AxeAudit(driver);
        for (String page : AUDITED) {
            open(page);
            axe.audit(page);
        }
        open(DemoSite.ESSAY);
        hover("#cite-8");
        axe.audit(DemoSite.ESSAY + " with a citation preview open");
        Browsers.emulateDark(driver, true);
        try {
            open(DemoSite.ESSAY);
            hover("#cite-8");
            axe.audit(DemoSite.ESSAY + " (dark) with a citation preview open");
        } finally {
            Browsers.emulateDark(driver, false);
        }
        axe.writeReport(Path.of("target", "axe-demo-report.txt"));
        axe.report().forEach(line -> System.out.println("axe " + line));
        assertThat(axe.blocking()).isEmpty();
    }

    @Test
    void printShowsSourceUrlsOnceAndNoPreview() {
        open(DemoSite.ESSAY);
        hover("#cite-5");
        Browsers.emulatePrint(driver, true);
        try {
            assertThat(style("#ek-preview", null, "display")).isEqualTo("none");
            assertThat(style("#sources", null, "display")).isEqualTo("block");
            assertThat(style("#ref-kaplan2001 a[href^='https://www.theatlantic.com']", "::after", "content"))
                    .as("the URL is the link text already").isIn("none", "normal");
            assertThat(style("#ref-bernstein1980 a[href^='https://doi.org']", "::after", "content")).isIn("none", "normal");
            assertThat(style("#cite-5", "::after", "content")).as("internal links print as text").isIn("none", "normal");
        } finally {
            Browsers.emulatePrint(driver, false);
        }
    }

    private String style(String css, String pseudo, String property) {
        return Browsers.computedStyle(driver, css, pseudo, property);
    }
}
