package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** Footnotes in the right margin of a 1500-px viewport, and the template switch to turn them off. */
class SidenoteTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(FixtureSite::start,
            work -> Browsers.desktopViewport(work, 1500, 1000));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();

    @BeforeAll
    static void offVariant() throws Exception {
        StaticSite site = session.site();
        site.write("essay-off.html", site.read("essay.html")
                .replace("<body class=\"essay-page\">", "<body class=\"essay-page\" data-sidenotes=\"off\">"));
    }

    @Test
    void notesSitInTheMarginBesideTheirMarkers() throws Exception {
        previews.load(site.url("essay.html")); // sidenotes laid out after the fonts are in
        previews.awaitClass(driver.findElement(By.tagName("body")), "ek-sidenotes");
        List<WebElement> notes = driver.findElements(By.cssSelector(".ek-sidenote"));
        assertThat(notes).hasSize(3);
        assertThat(notes.get(1).getText()).startsWith("2.").contains("A second paragraph").doesNotContain("↩");
        assertThat(notes.get(2).getText()).contains("(May and Zelikow 1997, xi)");

        int textRight = 0;
        for (WebElement p : driver.findElements(By.cssSelector(".essay-body > p, .essay-body > figure, .essay-body h2"))) {
            textRight = Math.max(textRight, p.getRect().x + p.getRect().width);
        }
        int vw = ((Number) driver.executeScript("return document.documentElement.clientWidth")).intValue();
        Rectangle previous = null;
        for (int i = 0; i < notes.size(); i++) {
            WebElement note = notes.get(i);
            Rectangle r = note.getRect();
            assertThat(note.isDisplayed()).isTrue();
            assertThat(r.x).as("note %d right of the text column", i + 1).isGreaterThan(textRight);
            assertThat(r.x + r.width).isLessThanOrEqualTo(vw);
            Rectangle marker = driver.findElement(By.id("fnref-" + (i + 1))).getRect();
            assertThat(Math.abs(r.y - marker.y)).as("note %d beside its marker", i + 1).isLessThan(30);
            if (previous != null) assertThat(r.y).isGreaterThanOrEqualTo(previous.y + previous.height);
            previous = r;
        }
        assertThat(notes.get(0).getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(notes.get(2).findElement(By.tagName("a")).getAttribute("tabindex")).isEqualTo("-1");

        new Actions(driver).moveToElement(driver.findElement(By.id("fnref-1"))).perform();
        previews.awaitClass(notes.get(0), "ek-hl"); // the marker's hover lights its sidenote...
        assertThat(previews.shown()).as("...instead of a preview").isFalse();
        driver.executeScript("window.scrollTo(0, 0)");
        Browsers.screenshot(driver, "wide-sidenotes");

        WebElement pv = hoverCitation();
        assertThat(pv.getText()).contains("Kaplan, Fred");
    }

    @Test
    void keyboardFocusOnAMarkerLightsItsSidenoteAndKeepsItLit() throws Exception {
        previews.load(site.url("essay.html"));
        previews.awaitClass(driver.findElement(By.tagName("body")), "ek-sidenotes");
        List<WebElement> notes = driver.findElements(By.cssSelector(".ek-sidenote"));
        Actions keys = new Actions(driver);
        for (int i = 0; i < 20 && !"fnref-1".equals(activeId()); i++) keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId()).isEqualTo("fnref-1");
        previews.awaitClass(notes.get(0), "ek-hl");
        previews.afterScriptTimers(); // the focus-out check of the link before has run
        assertThat(notes.get(0).getAttribute("class")).as("still lit").contains("ek-hl");
        assertThat(previews.shown()).as("the sidenote is the preview").isFalse();
        WebElement marker = driver.findElement(By.id("fnref-1"));
        assertThat(marker.getAttribute("aria-describedby")).isEqualTo(notes.get(0).getAttribute("id"));
        assertThat(notes.get(0).getText()).contains("Thirteen Days");
        Browsers.screenshot(driver, "wide-sidenote-focus");

        for (int i = 0; i < 20 && !"fnref-2".equals(activeId()); i++) keys.sendKeys(Keys.TAB).perform();
        previews.awaitClass(notes.get(1), "ek-hl");
        previews.afterScriptTimers();
        assertThat(notes.get(1).getAttribute("class")).contains("ek-hl");
        assertThat(notes.get(0).getAttribute("class")).doesNotContain("ek-hl");
    }

    private String activeId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    @Test
    void templateCanTurnSidenotesOff() {
        previews.load(site.url("essay-off.html"));
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("ek-sidenotes");
        assertThat(driver.findElements(By.cssSelector(".ek-sidenote"))).isEmpty();
        WebElement pv = previews.hover(driver.findElement(By.id("fnref-1")));
        assertThat(pv.getText()).contains("Thirteen Days");
    }

    private WebElement hoverCitation() {
        return previews.hover(driver.findElement(By.id("cite-1")));
    }
}
