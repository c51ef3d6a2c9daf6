package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The markup reference's callout and margin note in Chromium: at 1400 px the margin note stands
 * beside the text column, on a phone inside it; the callout is as wide as the text. A screenshot
 * of each goes to target/screenshots (blocks-wide.png, blocks-phone.png).
 */
class DemoBlocksLayoutTest {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.siteOnly(DemoSite::start);
    final StaticSite site = session.site();

    private static void show(ChromeDriver driver, WebElement e) {
        driver.executeScript("scrollBy(0, arguments[0].getBoundingClientRect().top - innerHeight * 0.3)", e);
    }

    @Test
    void marginNoteBesideTheTextOnAWideScreen() throws Exception {
        ChromeDriver driver = Browsers.desktopViewport(session.work().resolve("wide"), 1400, 900);
        try {
            new Previews(driver).load(site.url("markup-reference.html"));
            WebElement note = driver.findElement(By.cssSelector("aside.margin-note"));
            WebElement text = note.findElement(By.xpath("preceding-sibling::p[1]"));
            WebElement callout = driver.findElement(By.cssSelector("aside.callout-warning"));
            Rectangle n = note.getRect();
            Rectangle t = text.getRect();
            assertThat(n.x).as("in the margin, right of the text").isGreaterThanOrEqualTo(t.x + t.width);
            assertThat(n.x + n.width).as("within the window").isLessThanOrEqualTo(1400);
            assertThat(callout.getRect().width).as("callout spans the text column").isEqualTo(t.width);
            assertThat(callout.findElement(By.cssSelector(".callout-title")).getText()).isEqualTo("Dates in the transcripts");
            show(driver, callout);
            Browsers.screenshot(driver, "blocks-wide");
        } finally {
            driver.quit();
        }
    }

    /** WCAG contrast of the callout titles against the callout's background, computed by the page. */
    private static double worstTitleContrast(ChromeDriver driver) {
        return ((Number) driver.executeScript("""
                function lum(c) {
                  const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => {
                    v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                }
                let worst = 99;
                for (const aside of document.querySelectorAll('aside.callout')) {
                  const a = lum(getComputedStyle(aside.querySelector('.callout-title')).color);
                  const b = lum(getComputedStyle(aside).backgroundColor);
                  worst = Math.min(worst, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
                }
                return worst;""")).doubleValue();
    }

    @Test
    void calloutTitlesAreReadableInLightAndDarkSchemes() throws Exception {
        ChromeDriver driver = Browsers.desktopViewport(session.work().resolve("schemes"), 1280, 900);
        try {
            new Previews(driver).load(site.url("markup-reference.html"));
            assertThat(worstTitleContrast(driver)).as("light").isGreaterThanOrEqualTo(4.5);
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    java.util.Map.of("features", java.util.List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
            WebElement callout = driver.findElement(By.cssSelector("aside.callout-warning"));
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5)).until(d ->
                    !callout.getCssValue("background-color").equals("rgba(243, 240, 230, 1)"));
            assertThat(worstTitleContrast(driver)).as("dark").isGreaterThanOrEqualTo(4.5);
            show(driver, callout);
            Browsers.screenshot(driver, "blocks-dark");
        } finally {
            driver.quit();
        }
    }

    @Test
    void marginNoteInlineOnAPhone() throws Exception {
        ChromeDriver driver = Browsers.phone(session.work().resolve("phone"));
        try {
            new Previews(driver).load(site.url("markup-reference.html"));
            WebElement note = driver.findElement(By.cssSelector("aside.margin-note"));
            WebElement text = note.findElement(By.xpath("preceding-sibling::p[1]"));
            Rectangle n = note.getRect();
            Rectangle t = text.getRect();
            assertThat(n.y).as("below the paragraph before it").isGreaterThanOrEqualTo(t.y + t.height);
            assertThat(n.x).as("in the text column").isEqualTo(t.x);
            assertThat(n.x + n.width).isLessThanOrEqualTo(390);
            show(driver, note);
            Browsers.screenshot(driver, "blocks-phone");
        } finally {
            driver.quit();
        }
    }
}
