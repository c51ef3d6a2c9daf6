package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Hover, keyboard and placement of previews in a desktop window (below the sidenote width). */
class PreviewDesktopTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(FixtureSite::start,
            work -> Browsers.desktop(work, 1180, 860));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();
    final WebDriverWait wait = previews.await();


    @BeforeEach
    void load() {
        new Actions(driver).moveToLocation(2, 2).perform();
        previews.load(site.url("essay.html"));
    }

    private WebElement hover(String css) {
        return previews.hover(driver.findElement(By.cssSelector(css)));
    }

    private boolean previewShown() {
        return previews.shown();
    }

    @Test
    void eachSourceOfACitationPreviewsItselfWithItsLocator() throws Exception {
        WebElement second = driver.findElement(By.id("cite-1-2"));
        WebElement pv2 = previews.hover(second);
        assertThat(pv2.getText()).contains("May, Ernest R., and Philip D. Zelikow", "Cited: 170–72")
                .doesNotContain("Kaplan", "↩");
        assertThat(pv2.getAttribute("aria-label")).isEqualTo("Source: May and Zelikow 1997, 170–72");
        assertThat(pv2.findElement(By.cssSelector(".pv-go")).getAttribute("href")).endsWith("#ref-may1997");

        WebElement pv = hover("#cite-1");
        assertThat(pv.getText())
                .contains("Kaplan, Fred. 2001. “JFK’s First-Strike Plan.”", "Cited: p. 84")
                .doesNotContain("May, Ernest", "↩");
        assertThat(pv.getAttribute("role")).isEqualTo("dialog");
        assertThat(pv.getAttribute("aria-label")).isEqualTo("Source: Kaplan 2001, 84");
        assertThat(pv.findElements(By.cssSelector("[id]"))).isEmpty();
        WebElement cite = driver.findElement(By.id("cite-1"));
        assertThat(cite.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(cite.getAttribute("aria-controls")).isEqualTo("ek-preview");
        assertThat(cite.getAttribute("aria-describedby")).isEqualTo("ek-preview");
        Browsers.screenshot(driver, "desktop-citation");

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("h1"))).perform();
        wait.until(d -> !previewShown());
        assertThat(cite.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(cite.getAttribute("aria-describedby")).isNull();
    }

    @Test
    void hoverOnNoteMarkerPreviewsTheWholeNoteWithoutBackLink() {
        WebElement pv = hover("#fnref-2");
        assertThat(pv.getText())
                .contains("The promise was made in 1959", "A second paragraph: the Turkish government")
                .doesNotContain("↩");
        assertThat(pv.findElements(By.cssSelector("p"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pv.getAttribute("aria-label")).isEqualTo("Note 2");
    }

    @Test
    void hoverOnCrossReferencesPreviewsTheirTargets() throws Exception {
        assertThat(hover("a.xref[href='#sec-berlin']").getText())
                .contains("2 The Berlin gambit", "a lever aimed at Berlin")
                .doesNotContain("The fear shaped");
        WebElement fig = hover("a.xref[href='#fig-u2']");
        assertThat(fig.getText()).contains("Figure 1: U-2 photograph");
        assertThat(fig.findElement(By.tagName("img")).getAttribute("naturalWidth")).isNotEqualTo("0");
        Browsers.screenshot(driver, "desktop-figure");
        assertThat(hover("a.xref[href='#tbl-jupiters']").getText())
                .contains("Table 1: Jupiter deployments", "Turkey");
        assertThat(hover("a.essay-link").getText())
                .contains("Section 2 of Thirteen Days Revisited", "Cabinet Room");
    }

    @Test
    void tabFocusOpensEscapeClosesAndFocusReturns() {
        Actions keys = new Actions(driver);
        for (int i = 0; i < 10 && !"cite-1".equals(activeId()); i++) keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId()).isEqualTo("cite-1");
        WebElement pv = previews.awaitOpenFor(driver.findElement(By.id("cite-1")));
        assertThat(pv.getText()).contains("Kaplan, Fred");

        keys.sendKeys(Keys.ARROW_DOWN).perform(); // into the preview; then its links take the focus in turn
        assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("pv-body");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getText()).startsWith("https://www.theatlantic.com");
        previews.afterScriptTimers(); // the check the trigger's focusout schedules has run
        assertThat(previewShown()).isTrue();

        keys.sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> !previewShown());
        assertThat(activeId()).isEqualTo("cite-1");
        assertThat(driver.findElement(By.id("cite-1")).getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void pointerMovingIntoThePreviewKeepsItOpenAndItsLinksWork() throws Exception {
        WebElement pv = hover("#fnref-3");
        WebElement inner = pv.findElement(By.cssSelector("a.cite-link"));
        new Actions(driver).moveToElement(inner).perform();
        previews.afterScriptTimers(); // a close timer started on leaving the trigger has had its turn
        assertThat(previewShown()).isTrue();
        assertThat(inner.getAttribute("data-preview")).isNull(); // no previews inside previews
        inner.click();
        wait.until(d -> d.getCurrentUrl().endsWith("#ref-may1997"));
        wait.until(d -> !previewShown());
    }

    @Test
    void previewStaysInsideTheViewportNearItsEdges() {
        driver.executeScript("document.getElementById('cite-3').scrollIntoView({block:'end'})");
        driver.executeScript("window.scrollBy(0, 4)"); // trigger at the very bottom
        WebElement pv = previews.hoverInPlace(driver.findElement(By.id("cite-3")));
        Rectangle r = pv.getRect(), t = driver.findElement(By.id("cite-3")).getRect();
        int vw = ((Number) driver.executeScript("return document.documentElement.clientWidth")).intValue();
        int vh = ((Number) driver.executeScript("return innerHeight")).intValue();
        int sy = ((Number) driver.executeScript("return scrollY")).intValue();
        assertThat(r.y - sy).isGreaterThanOrEqualTo(0);
        assertThat(r.y - sy + r.height).isLessThanOrEqualTo(vh);
        assertThat(r.x).isGreaterThanOrEqualTo(0);
        assertThat(r.x + r.width).isLessThanOrEqualTo(vw);
        assertThat(r.y + r.height).as("flipped above its trigger").isLessThanOrEqualTo(t.y);
    }

    private String activeId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }
}
