package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Taps on an emulated 390×844 touch phone: a tap previews instead of following the link. */
class PreviewPhoneTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(FixtureSite::start,
            work -> Browsers.phone(work));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();
    final WebDriverWait wait = previews.await();


    @BeforeEach
    void load() {
        previews.load(site.url("essay.html"));
    }

    private void tap(WebElement target) {
        Browsers.tap(driver, target);
    }

    /** Taps a trigger and returns its preview once open and settled (the sheet slides in). */
    private WebElement tapOpen(WebElement trigger) {
        return previews.tap(trigger);
    }

    private double scrollY() {
        return ((Number) driver.executeScript("return window.scrollY")).doubleValue();
    }

    private boolean previewShown() {
        return previews.shown();
    }

    private void assertInsideViewport(WebElement pv) {
        previews.settled(pv);
        Rectangle r = pv.getRect();
        double sy = scrollY();
        int vw = ((Number) driver.executeScript("return document.documentElement.clientWidth")).intValue();
        int vh = ((Number) driver.executeScript("return innerHeight")).intValue();
        assertThat(vw).isEqualTo(390);
        assertThat(r.x).isGreaterThanOrEqualTo(0);
        assertThat(r.x + r.width).isLessThanOrEqualTo(vw);
        assertThat(r.y - sy).isGreaterThanOrEqualTo(0);
        assertThat(r.y - sy + r.height).isLessThanOrEqualTo(vh + 0.5);
    }

    @Test
    void tapOnCitationPreviewsWithoutScrollingAndTapElsewhereCloses() throws Exception {
        assertThat((Boolean) driver.executeScript("return matchMedia('(pointer: coarse)').matches")).isTrue();
        driver.executeScript("window.scrollTo(0, 120)");
        double before = scrollY();
        WebElement cite = driver.findElement(By.id("cite-1"));
        WebElement pv = tapOpen(cite);
        assertThat(pv.getText()).contains("Kaplan, Fred", "Cited: p. 84").doesNotContain("May, Ernest R.");
        assertThat(driver.getCurrentUrl()).doesNotContain("#");
        assertThat(pv.getAttribute("class")).contains("ek-sheet");
        assertThat(scrollY()).isEqualTo(before);
        assertInsideViewport(pv);
        Browsers.screenshot(driver, "phone-citation");

        tap(driver.findElement(By.cssSelector(".essay-header h1")));
        wait.until(d -> !previewShown());
        assertThat(scrollY()).isEqualTo(before);
        assertThat(cite.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void secondTapOnTheSameTriggerCloses() {
        // near the top: the long note's sheet covers the lower half of the screen
        driver.executeScript("document.getElementById('fnref-2').scrollIntoView({block:'start'}); scrollBy(0, -60)");
        double before = scrollY();
        WebElement ref = driver.findElement(By.id("fnref-2"));
        WebElement pv = tapOpen(ref);
        assertThat(pv.getText()).contains("The promise was made in 1959", "A second paragraph");
        assertInsideViewport(pv);
        tap(ref);
        wait.until(d -> !previewShown());
        assertThat(scrollY()).isEqualTo(before);
        assertThat(driver.getCurrentUrl()).doesNotContain("#");
    }

    @Test
    void theLinkInsideThePreviewFollowsTheTarget() {
        // tapped only once the sheet has slid in: a tap aimed during the slide lands below the link
        WebElement pv = tapOpen(driver.findElement(By.cssSelector("a.xref[href='#sec-berlin']")));
        assertThat(pv.getText()).contains("The Berlin gambit");
        tap(pv.findElement(By.cssSelector(".pv-go")));
        wait.until(d -> d.getCurrentUrl().endsWith("#sec-berlin"));
        wait.until(d -> !previewShown());
    }
}
