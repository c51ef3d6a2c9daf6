package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.AxeAudit;
import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Taps on the demo essay on an emulated 390×844 touch phone. */
class DemoPreviewPhoneTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(DemoSite::start,
            work -> Browsers.phone(work));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();
    final WebDriverWait wait = previews.await();


    @BeforeEach
    void load() {
        previews.load(site.url(DemoSite.ESSAY));
    }

    private double scrollY() {
        return Browsers.number(driver, "return window.scrollY");
    }

    private boolean previewShown() {
        return previews.shown();
    }

    private void assertInsideViewport(WebElement pv) {
        previews.settled(pv);
        Rectangle r = pv.getRect();
        double sy = scrollY();
        double vw = Browsers.number(driver, "return document.documentElement.clientWidth");
        double vh = Browsers.number(driver, "return innerHeight");
        assertThat(vw).isEqualTo(390);
        assertThat(r.x).isGreaterThanOrEqualTo(0);
        assertThat(r.x + r.width).isLessThanOrEqualTo((int) vw);
        assertThat(r.y - sy).isGreaterThanOrEqualTo(0);
        assertThat(r.y - sy + r.height).isLessThanOrEqualTo(vh + 0.5);
        assertThat(Browsers.number(driver, "return document.documentElement.scrollWidth"))
                .as("no sideways scrolling").isLessThanOrEqualTo(vw);
        // the close button stays in view, even when the body has been scrolled to its end
        driver.executeScript("const b = arguments[0].querySelector('.pv-body'); b.scrollTop = b.scrollHeight", pv);
        previews.nextFrame();
        WebElement close = pv.findElement(By.cssSelector(".pv-close"));
        assertThat(Browsers.number(driver, "return arguments[0].getBoundingClientRect().bottom", close))
                .as("close button inside the viewport").isLessThanOrEqualTo(vh);
        assertThat((Boolean) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return arguments[0].contains(document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2))""", close))
                .as("close button not covered").isTrue();
    }

    @ParameterizedTest(name = "tap on {0}")
    @ValueSource(strings = {"cite-1", "cite-8", "cite-17", "cite-38"})
    void tapOnCitationPreviewsWithoutScrollingAndTapElsewhereCloses(String id) {
        assertThat((Boolean) driver.executeScript("return matchMedia('(pointer: coarse)').matches")).isTrue();
        WebElement cite = driver.findElement(By.id(id));
        driver.executeScript("arguments[0].scrollIntoView({block:'center'})", cite);
        double before = scrollY();
        WebElement pv = previews.tap(cite);
        String entry = (String) driver.executeScript("""
                const e = document.getElementById(arguments[0].dataset.preview.split(' ')[0]).cloneNode(true);
                e.querySelector('.backrefs')?.remove();
                return e.textContent.replace(/\\s+/g, ' ').trim();""", cite);
        assertThat(pv.getText().replaceAll("\\s+", " ")).contains(entry);
        assertThat(driver.getCurrentUrl()).as("the link was not followed").doesNotContain("#");
        assertThat(pv.getAttribute("class")).contains("ek-sheet");
        assertThat(scrollY()).as("tap does not scroll").isEqualTo(before);
        assertInsideViewport(pv);
        assertThat(cite.getAttribute("aria-expanded")).isEqualTo("true");

        Browsers.tapElsewhere(driver);
        wait.until(d -> !previewShown());
        assertThat(scrollY()).isEqualTo(before);
        assertThat(cite.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void tapOnATextParagraphElsewhereCloses() {
        WebElement cite = driver.findElement(By.id("cite-3"));
        driver.executeScript("arguments[0].scrollIntoView({block:'start'})", cite);
        double before = scrollY();
        previews.tap(cite);
        Browsers.tapElsewhere(driver);
        wait.until(d -> !previewShown());
        assertThat(scrollY()).isEqualTo(before);
    }

    @Test
    void secondTapOnTheSameFootnoteMarkerCloses() {
        WebElement ref = driver.findElement(By.id("fnref-2"));
        driver.executeScript("arguments[0].scrollIntoView({block:'start'}); scrollBy(0, -60)", ref);
        double before = scrollY();
        WebElement pv = previews.tap(ref);
        assertThat(pv.getText()).contains("Robert Kennedy counts thirteen days");
        assertInsideViewport(pv);
        assertThat((Boolean) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return arguments[0].contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));""", ref))
                .as("the marker is still visible above the sheet").isTrue();
        Browsers.tap(driver, ref);
        wait.until(d -> !previewShown());
        assertThat(scrollY()).isEqualTo(before);
        assertThat(driver.getCurrentUrl()).doesNotContain("#");
    }

    /** On the phone too (target sizes, the sheet): nothing found, with and without a sheet open. */
    @Test
    void axeFindsNothingWithOrWithoutASheetOpen() throws Exception {
        AxeAudit axe = new AxeAudit(driver);
        axe.audit(DemoSite.ESSAY + " on a phone");
        for (String id : List.of("cite-8-2", "fnref-2")) {
            WebElement trigger = driver.findElement(By.id(id));
            driver.executeScript("arguments[0].scrollIntoView({block:'center'})", trigger);
            previews.tap(trigger);
            axe.audit(DemoSite.ESSAY + " on a phone, the sheet of " + id + " open");
        }
        Browsers.screenshot(driver, "demo-phone-note-sheet");
        axe.writeReport(Path.of("target", "axe-demo-phone-report.txt"));
        assertThat(axe.violations()).isEmpty();
    }

    @Test
    void tableAndFigurePreviewsFitThePhone() {
        for (String css : new String[] {"a.xref[href='#tbl-days']", "a.xref[href='#fig-timeline']"}) {
            WebElement x = driver.findElement(By.cssSelector(css));
            driver.executeScript("arguments[0].scrollIntoView({block:'center'})", x);
            WebElement pv = previews.tap(x);
            assertInsideViewport(pv);
            Browsers.tap(driver, pv.findElement(By.cssSelector(".pv-close")));
            wait.until(d -> !previewShown());
            assertThat(driver.switchTo().activeElement()).isEqualTo(x);
        }
    }

    @Test
    void noPageScrollsSidewaysAndLongSourceUrlsWrap() {
        for (String page : new String[] {"index.html", DemoSite.ESSAY, "what-the-tapes-show.html",
                "markup-reference.html", "bibliography.html"}) {
            previews.load(site.url(page));
            assertThat(Browsers.number(driver, "return document.documentElement.scrollWidth"))
                    .as(page + " fits 390 px").isLessThanOrEqualTo(390);
        }
        previews.load(site.url(DemoSite.ESSAY));
        WebElement cite = driver.findElement(By.id("cite-5")); // Kaplan 2001: a long magazine URL
        driver.executeScript("arguments[0].scrollIntoView({block:'center'})", cite);
        WebElement pv = previews.tap(cite);
        WebElement url = pv.findElement(By.cssSelector("a[href^='https://www.theatlantic.com']"));
        assertInsideViewport(pv);
        assertThat(url.getRect().x + url.getRect().width).as("the URL wraps inside the sheet")
                .isLessThanOrEqualTo(pv.getRect().x + pv.getRect().width);
        assertThat(Browsers.number(driver, "return arguments[0].scrollWidth - arguments[0].clientWidth", pv))
                .as("the sheet does not scroll sideways").isLessThanOrEqualTo(0);
    }
}
