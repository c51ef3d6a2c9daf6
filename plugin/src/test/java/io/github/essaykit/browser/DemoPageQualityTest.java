package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.AxeAudit;
import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(DemoSite::start,
            work -> Browsers.desktopViewport(work, 1280, 900));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();

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
    /** A phone upright and on its side, a laptop below the sidenote width, a wide screen. */
    static final List<int[]> SIZES = List.of(new int[] {390, 844}, new int[] {844, 390}, new int[] {1100, 860}, new int[] {1500, 900});

    /**
     * Every demo page at each size, light and dark, alone and with a preview open: axe-core finds
     * nothing, of any impact. One browser visits every size (DevTools device emulation; phones as
     * touch devices), each page is loaded once per size and audited in both schemes; the kind of
     * preview opened (citation, note, cross-reference, link to another essay) turns with each
     * audit, so that each kind is audited at each size, and the main essay is also audited with a
     * preview open inside a note's preview. The report: target/axe-demo-report.txt.
     */
    @Test
    void axeFindsNothingOnAnyDemoPageAtEverySizeLightAndDarkWithAndWithoutAPreviewOpen() throws IOException {
        AxeAudit axe = new AxeAudit(driver);
        int turn = 0;
        try {
            for (int[] size : SIZES) {
                boolean phone = size[0] < 1000;
                Browsers.emulateDevice(driver, size[0], size[1], phone);
                for (String page : ALL_PAGES) {
                    open(page);
                    assertThat(driver.executeScript("return [innerWidth, matchMedia('(pointer: coarse)').matches]"))
                            .isEqualTo(List.of((long) size[0], phone));
                    for (boolean dark : new boolean[] {false, true}) {
                        Browsers.emulateDark(driver, dark);
                        String label = page + " " + size[0] + "x" + size[1] + (dark ? " dark" : " light");
                        axe.audit(label);
                        List<WebElement> triggers = previewTriggers();
                        if (triggers.isEmpty()) continue;
                        WebElement trigger = triggers.get(turn++ % triggers.size());
                        openByFocus(trigger);
                        axe.audit(label + ", the preview of " + trigger.getAttribute("class") + " '" + trigger.getText() + "' open");
                        if (page.equals(DemoSite.ESSAY) && !dark && driver.findElements(By.cssSelector("body.ek-sidenotes")).isEmpty()) {
                            previews.close();
                            openInner();
                            axe.audit(label + ", a citation's preview open inside note 2's");
                            new Actions(driver).sendKeys(Keys.ESCAPE).perform(); // the inner one first
                            previews.await().until(d -> (Boolean) driver.executeScript("return document.getElementById('ek-subpreview').hidden"));
                        }
                        previews.close();
                    }
                    Browsers.emulateDark(driver, false);
                }
            }
        } finally {
            Browsers.clearDevice(driver);
            Browsers.emulateDark(driver, false);
        }
        axe.writeReport(Path.of("target", "axe-demo-report.txt"));
        axe.report().forEach(line -> System.out.println("axe " + line));
        assertThat(axe.report()).as("audits").hasSizeGreaterThanOrEqualTo(SIZES.size() * ALL_PAGES.size() * 2 + 3 * 4 * 2);
        assertThat(axe.violations()).isEmpty();
    }

    /** For each kind of trigger on the page, its middle one, if it opens a preview at this size (a note beside the text does not). */
    private List<WebElement> previewTriggers() {
        boolean sidenotes = !driver.findElements(By.cssSelector("body.ek-sidenotes")).isEmpty();
        return TRIGGERS.stream()
                .filter(css -> !(sidenotes && css.contains("footnote")))
                .map(css -> driver.findElements(By.cssSelector(".essay " + css + "[data-preview]")))
                .filter(found -> !found.isEmpty())
                .map(found -> found.get(found.size() / 2))
                .toList();
    }

    /** Opens a trigger's preview from the keyboard, which works at every size, and waits until it has settled. */
    private void openByFocus(WebElement trigger) {
        // from elsewhere: Escape gave the focus back to the last trigger, which may be this one
        driver.executeScript("document.activeElement.blur(); arguments[0].scrollIntoView({block:'center'}); arguments[0].focus()", trigger);
        previews.awaitOpenFor(trigger);
    }

    /** Note 2's preview, and inside it the preview of its first citation (Arrow Down, then Tab). */
    private void openInner() {
        openByFocus(driver.findElement(By.id("fnref-2")));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN, Keys.TAB).perform();
        previews.await().until(d -> (Boolean) driver.executeScript(
                "const s = document.getElementById('ek-subpreview'); return !!s && !s.hidden && s.getAnimations().length === 0"));
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
