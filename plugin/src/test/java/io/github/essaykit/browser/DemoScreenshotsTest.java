package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The README's pictures, taken from the demo: an open citation preview on a 1280×800 desktop and
 * on a 390×844 phone, and sidenotes at 1400 px. They go to target/screenshots, or to the folder
 * given as {@code -Dessaykit.screenshots=docs/screenshots} (relative to the repository root)
 * — the harness comes from site-template's test-jar, so build it in the same reactor with {@code -am}:
 * <pre>mvn -o -B -pl plugin -am test -Dinvoker.skip -Dtest=DemoScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dessaykit.screenshots=docs/screenshots</pre>
 */
class DemoScreenshotsTest {
    /** The first source of a citation of two (each its own link), in a paragraph of plain text. */
    static final String CITATION = "cite-8";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.siteOnly(DemoSite::start);
    final StaticSite site = session.site();

    private Previews load(ChromeDriver driver) {
        Previews previews = new Previews(driver);
        previews.load(site.url(DemoSite.ESSAY)); // script run, fonts in, sidenotes laid out
        return previews;
    }

    /** Puts the trigger at the given fraction of the viewport height. */
    private static void scrollTo(ChromeDriver driver, WebElement e, double fraction) {
        driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                scrollBy(0, r.top - innerHeight * arguments[1]);""", e, fraction);
    }

    private static void assertPng(Path file) throws Exception {
        byte[] head = Files.readAllBytes(file);
        assertThat(head[1]).isEqualTo((byte) 'P');
        System.out.println("screenshot " + file.toAbsolutePath().normalize() + " (" + head.length + " bytes)");
    }

    @Test
    void citationPreviewOnDesktop() throws Exception {
        ChromeDriver driver = Browsers.desktopViewport(session.work().resolve("desktop"), 1280, 800);
        try {
            Previews previews = load(driver);
            WebElement cite = driver.findElement(By.id(CITATION));
            scrollTo(driver, cite, 0.33);
            WebElement pv = previews.hoverInPlace(cite); // faded in before the picture is taken
            assertThat(pv.getText()).contains("Fursenko").doesNotContain("Dobbs"); // Dobbs is the next link, with its own preview
            assertThat(pv.getRect().y).as("below the trigger").isGreaterThan(cite.getRect().y);
            assertPng(Browsers.publishedScreenshot(driver, "citation-desktop"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void citationPreviewOnPhone() throws Exception {
        ChromeDriver driver = Browsers.phone(session.work().resolve("phone"));
        try {
            Previews previews = load(driver);
            WebElement cite = driver.findElement(By.id(CITATION));
            scrollTo(driver, cite, 0.22);
            WebElement pv = previews.tap(cite); // slid in before the picture is taken
            assertThat(pv.getAttribute("class")).contains("ek-sheet");
            assertPng(Browsers.publishedScreenshot(driver, "citation-phone"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void sidenotesAt1400() throws Exception {
        ChromeDriver driver = Browsers.desktopViewport(session.work().resolve("wide"), 1400, 900);
        try {
            Previews previews = load(driver);
            previews.awaitClass(driver.findElement(By.tagName("body")), "ek-sidenotes");
            @SuppressWarnings("unchecked")
            java.util.List<String> overlaps = (java.util.List<String>) driver.executeScript("""
                    const text = Math.max(...[...document.querySelectorAll('.essay-body > p, .essay-body > figure')]
                      .map(e => e.getBoundingClientRect().right));
                    const notes = [...document.querySelectorAll('.ek-sidenote')].map(n => n.getBoundingClientRect());
                    const out = [];
                    notes.forEach((r, i) => {
                      if (r.left <= text) out.push('note ' + (i + 1) + ' overlaps the text column');
                      if (r.right > document.documentElement.clientWidth) out.push('note ' + (i + 1) + ' leaves the window');
                      if (i > 0 && r.top < notes[i - 1].bottom) out.push('note ' + (i + 1) + ' overlaps note ' + i);
                    });
                    return out;""");
            assertThat(overlaps).isEmpty();
            assertThat(driver.findElements(By.cssSelector(".ek-sidenote"))).as("one per note")
                    .hasSize(driver.findElements(By.cssSelector("#notes li")).size()).isNotEmpty();
            // the stretch of the essay with the most sidenotes in one screen
            double best = Browsers.number(driver, """
                    const tops = [...document.querySelectorAll('.ek-sidenote')].map(n => n.getBoundingClientRect().top + scrollY);
                    let best = tops[0], most = 0;
                    for (const t of tops) {
                      const n = tops.filter(u => u >= t && u < t + innerHeight * 0.8).length;
                      if (n > most) { most = n; best = t; }
                    }
                    return best;""");
            driver.executeScript("scrollTo(0, arguments[0] - 120)", best);
            WebElement note = (WebElement) driver.executeScript("""
                    return [...document.querySelectorAll('.ek-sidenote')]
                      .find(n => n.getBoundingClientRect().top >= 100);""");
            int index = driver.findElements(By.cssSelector(".ek-sidenote")).indexOf(note);
            WebElement marker = driver.findElements(By.cssSelector(".essay-body .footnote-ref a")).get(index);
            new Actions(driver).moveToElement(marker).perform();
            previews.awaitClass(note, "ek-hl");
            previews.settled(note); // its colour transition is over before the picture
            assertThat(note.isDisplayed()).isTrue();
            assertThat(driver.findElements(By.cssSelector("#ek-preview:not([hidden])"))).isEmpty();
            assertPng(Browsers.publishedScreenshot(driver, "sidenotes-wide"));
        } finally {
            driver.quit();
        }
    }
}
