package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.AxeAudit;
import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Console errors under the strict CSP; an axe-core audit of every page, light and dark, with and
 * without each kind of preview open, that must find nothing at all; note markers as tap targets;
 * the site's icon.
 */
class PageQualityTest {
    static final List<String> PAGES = List.of("essay.html", "other.html", "index.html");

    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(FixtureSite::start,
            work -> Browsers.desktop(work, 1180, 860));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();


    private void open(String page) {
        previews.load(site.url(page));
    }

    /** The first trigger's preview, open and settled (faded in: axe measures its final contrast). */
    private WebElement hoverFirstTrigger() {
        return previews.hover(driver.findElement(By.cssSelector("a[data-preview]")));
    }

    @Test
    void consoleCatchesCspViolations() {
        open("index.html");
        assertThat(Browsers.severeLogsAfterInlineStyle(driver)).as("the CSP is enforced and the log is read")
                .anySatisfy(m -> assertThat(m).contains("Content Security Policy"));
    }

    @Test
    void noConsoleErrorsUnderStrictCsp() {
        for (String page : PAGES) {
            open(page);
            if (!driver.findElements(By.cssSelector("a[data-preview]")).isEmpty()) hoverFirstTrigger();
            previews.close();
            assertThat(Browsers.severeLogs(driver)).as(page).isEmpty();
        }
    }

    static final List<String> TRIGGERS = List.of("a.cite-link", ".footnote-ref a", "a.xref", "a.essay-link");

    @Test
    void axeFindsNothingOnAnyPageWithOrWithoutAPreviewOpen() throws IOException {
        AxeAudit axe = new AxeAudit(driver);
        // light: every page, alone and with a preview of each kind open; dark: the essay likewise
        for (String page : PAGES) {
            auditWithEachPreview(axe, page, "");
            if (page.equals("index.html")) Browsers.screenshot(driver, "desktop-index");
        }
        Browsers.emulateDark(driver, true);
        try {
            auditWithEachPreview(axe, "essay.html", " (dark)");
            Browsers.screenshot(driver, "desktop-preview-dark");
        } finally {
            Browsers.emulateDark(driver, false);
        }
        axe.writeReport(Path.of("target", "axe-report.txt"));
        assertThat(axe.report()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(axe.violations()).isEmpty();
    }

    private void auditWithEachPreview(AxeAudit axe, String page, String mode) {
        open(page);
        axe.audit(page + mode);
        for (String css : TRIGGERS) {
            List<WebElement> found = driver.findElements(By.cssSelector(css + "[data-preview]"));
            if (found.isEmpty()) continue;
            previews.hover(found.get(0));
            axe.audit(page + mode + " with the preview of " + css + " open");
        }
        previews.close();
    }

    @Test
    void noteMarkersAreTapTargetsOf24PixelsThatLeaveTheLineAsItWas() {
        open("essay.html");
        for (WebElement marker : driver.findElements(By.cssSelector(".footnote-ref a"))) {
            assertThat(marker.getRect().width).as("target width of %s", marker.getText()).isGreaterThanOrEqualTo(24);
            assertThat(marker.getRect().height).as("target height").isGreaterThanOrEqualTo(24);
        }
        // the same paragraph with the marker set as a plain inline link: nothing may move
        @SuppressWarnings("unchecked")
        List<Number> moved = (List<Number>) driver.executeScript("""
                const a = document.getElementById('fnref-2'), p = a.closest('p');
                const where = () => {
                  const r = document.createRange(); r.selectNodeContents(a.firstChild);
                  const g = r.getBoundingClientRect(), n = p.nextElementSibling.getBoundingClientRect();
                  return [g.left, g.top, p.getBoundingClientRect().height, n.top];
                };
                const now = where();
                for (const [k, v] of [['display', 'inline'], ['padding', '0 .12em'], ['margin', '0']]) a.style.setProperty(k, v);
                const plain = where();
                a.style.removeProperty('display'); a.style.removeProperty('padding'); a.style.removeProperty('margin');
                return now.map((x, i) => Math.abs(x - plain[i]));""");
        assertThat(moved).as("digit left, digit top, paragraph height, next block top").allSatisfy(
                d -> assertThat(d.doubleValue()).isLessThan(0.5));
    }

    @Test
    void everyPageHasAnSvgIconThatLoadsUnderTheCsp() {
        for (String page : PAGES) {
            open(page);
            String href = (String) driver.executeScript("return document.querySelector('link[rel=icon]').href");
            assertThat(href).endsWith("/assets/favicon.svg");
            Object width = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1], img = new Image();
                    img.onload = () => done(img.naturalWidth); img.onerror = () => done(-1);
                    img.src = arguments[0];""", href);
            assertThat(((Number) width).intValue()).as(page).isPositive();
            assertThat(Browsers.severeLogs(driver)).as(page).isEmpty();
        }
    }

    @Test
    void printShowsNotesSourcesAndUrlsButNoPreviews() {
        open("essay.html");
        hoverFirstTrigger();
        Browsers.emulatePrint(driver, true);
        try {
            assertThat(display("#ek-preview")).isEqualTo("none");
            assertThat(display("#notes")).isEqualTo("block");
            assertThat(display("#sources")).isEqualTo("block");
            assertThat(display("#ref-may1997 .backrefs")).isEqualTo("none");
            assertThat(display(".skip-link")).isEqualTo("none");
            assertThat(after("#ext-nsa")).contains("https://nsarchive.gwu.edu/");
            assertThat(after("#ref-kaplan2001 .entry-link")).as("the URL is already the text").isIn("none", "normal");
            assertThat(after("#cite-1")).as("internal links print as text").isIn("none", "normal");
        } finally {
            Browsers.emulatePrint(driver, false);
        }
    }

    private String display(String css) {
        return Browsers.computedStyle(driver, css, null, "display");
    }

    private String after(String css) {
        return Browsers.computedStyle(driver, css, "::after", "content");
    }
}
