package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.AxeAudit;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The demo pages under {@code Content-Security-Policy: default-src 'self'}: no console errors, no
 * axe-core violations at all, the site icon, the timeline in dark mode. The audit is written to
 * target/axe-demo-report.txt.
 */
class DemoPageQualityTest {
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
        List<String> pages = ALL_PAGES;
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

    static final List<String> ALL_PAGES = List.of("index.html", DemoSite.ESSAY, "what-the-tapes-show.html",
            "markup-reference.html", "bibliography.html");
    static final List<String> TRIGGERS = List.of("a.cite-link", ".footnote-ref a", "a.xref", "a.essay-link");

    /**
     * Every demo page, alone and with a preview of each kind open (citation, note, cross-reference,
     * link to another essay); the essay also in dark mode. Nothing may be found, of any impact.
     */
    @Test
    void axeFindsNothingOnAnyDemoPageWithOrWithoutAPreviewOpen() throws IOException {
        AxeAudit axe = new AxeAudit(driver);
        for (String page : ALL_PAGES) {
            auditWithEachPreview(axe, page, "");
        }
        Browsers.emulateDark(driver, true);
        try {
            auditWithEachPreview(axe, DemoSite.ESSAY, " (dark)");
        } finally {
            Browsers.emulateDark(driver, false);
        }
        axe.writeReport(Path.of("target", "axe-demo-report.txt"));
        axe.report().forEach(line -> System.out.println("axe " + line));
        assertThat(axe.report()).hasSizeGreaterThanOrEqualTo(ALL_PAGES.size() + 8);
        assertThat(axe.violations()).isEmpty();
    }

    private void auditWithEachPreview(AxeAudit axe, String page, String mode) {
        open(page);
        axe.audit(page + mode);
        for (String css : TRIGGERS) {
            List<WebElement> found = driver.findElements(By.cssSelector(".essay " + css + "[data-preview]"));
            if (found.isEmpty()) continue;
            WebElement trigger = found.get(found.size() / 2);
            boolean sidenote = css.contains("footnote") && !driver.findElements(By.cssSelector("body.ek-sidenotes")).isEmpty();
            if (sidenote) { // at this width a note shows in the margin: its sidenote lit is the "open" state
                previews.close();
                new Actions(driver).moveToLocation(2, 2).perform();
                driver.executeScript("arguments[0].scrollIntoView({block:'center'})", trigger);
                new Actions(driver).moveToElement(trigger).perform();
                previews.await().until(d -> !driver.findElements(By.cssSelector(".ek-sidenote.ek-hl")).isEmpty());
                axe.audit(page + mode + " with the sidenote of " + css + " lit");
                continue;
            }
            previews.hover(trigger);
            axe.audit(page + mode + " with the preview of " + css + " open");
        }
        previews.close();
    }

    /** The timeline SVG carries its own dark colours: no white panel on a dark page. */
    @Test
    void theTimelineFollowsTheReadersColourScheme() throws IOException {
        assertThat(timelineBrightness(false)).as("light page: a light figure").isGreaterThan(200);
        assertThat(timelineBrightness(true)).as("dark page: a dark figure").isLessThan(80);
    }

    private double timelineBrightness(boolean dark) throws IOException {
        Browsers.emulateDark(driver, dark);
        try {
            open(DemoSite.ESSAY);
            WebElement img = driver.findElement(By.cssSelector("#fig-timeline img"));
            driver.executeScript("arguments[0].scrollIntoView({block:'center'})", img);
            previews.await().until(d -> (Boolean) driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
            previews.nextFrame();
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(img.getScreenshotAs(OutputType.BYTES)));
            Browsers.screenshot(driver, "demo-timeline-" + (dark ? "dark" : "light"));
            long sum = 0;
            for (int y = 0; y < shot.getHeight(); y++) {
                for (int x = 0; x < shot.getWidth(); x++) {
                    int rgb = shot.getRGB(x, y);
                    sum += (((rgb >> 16) & 255) * 299 + ((rgb >> 8) & 255) * 587 + (rgb & 255) * 114) / 1000;
                }
            }
            return (double) sum / (shot.getWidth() * shot.getHeight());
        } finally {
            Browsers.emulateDark(driver, false);
        }
    }

    @Test
    void everyDemoPageHasTheSiteIcon() {
        for (String page : ALL_PAGES) {
            open(page);
            String href = (String) driver.executeScript("return document.querySelector('link[rel=icon][type=\"image/svg+xml\"]').href");
            Object width = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1], img = new Image();
                    img.onload = () => done(img.naturalWidth); img.onerror = () => done(-1);
                    img.src = arguments[0];""", href);
            assertThat(((Number) width).intValue()).as(page + ": " + href).isPositive();
        }
        assertThat(Browsers.severeLogs(driver)).isEmpty();
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
