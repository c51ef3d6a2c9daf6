package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * "Cite this essay" and the copy buttons in Chromium, on the demo under its strict CSP: the
 * buttons appear only with the script, copy through the Clipboard API, fall back when the
 * clipboard refuses, and a source preview offers its entry and its BibTeX; no console error
 * (the JSON-LD block is data, not a blocked script). Screenshots of the block, light and dark,
 * phone and wide, go to target/screenshots.
 */
class CiteThisBrowserTest {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.siteOnly(DemoSite::start);
    final StaticSite site = session.site();

    private Previews load(ChromeDriver driver) {
        Previews previews = new Previews(driver);
        previews.load(site.url(DemoSite.ESSAY));
        return previews;
    }

    private void allowClipboard(ChromeDriver driver) {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", site.url("").replaceAll("/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    private static String clipboard(ChromeDriver driver) {
        return (String) driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], e => arguments[0]('ERR ' + e))");
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theCitationAndItsEntryAreCopiedAndTheButtonSaysSo() throws Exception {
        ChromeDriver driver = Browsers.desktopViewport(session.work().resolve("copy"), 1280, 900);
        try {
            allowClipboard(driver);
            Previews previews = load(driver);
            WebElement block = driver.findElement(By.id("cite-this"));
            List<WebElement> buttons = block.findElements(By.cssSelector("button.copy-button"));
            assertThat(buttons).hasSize(2).allMatch(WebElement::isDisplayed);
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", block);
            buttons.get(0).click();
            previews.await().until(d -> buttons.get(0).getText().equals("Copied"));
            String text = driver.findElement(By.id("cite-this-text")).getText();
            assertThat(clipboard(driver)).isEqualTo(normalized(text)).contains("How the Cuban Missile Crisis Really Ended");
            previews.await().until(d -> buttons.get(0).getText().equals("Copy citation"));

            buttons.get(1).click();
            previews.await().until(d -> buttons.get(1).getText().equals("Copied"));
            assertThat(clipboard(driver)).startsWith("@online{how-the-crisis-ended,").endsWith("}")
                    .isEqualTo(driver.findElement(By.id("cite-this-bibtex")).getAttribute("textContent").stripTrailing());
            assertThat(Browsers.severeLogs(driver)).as("no CSP or script error, JSON-LD included").isEmpty();
            assertThat(Browsers.severeLogsAfterInlineStyle(driver)).as("the CSP is enforced and the log read").isNotEmpty();
        } finally {
            driver.quit();
        }
    }

    @Test
    void aRefusedClipboardFallsBackToASelection() throws Exception {
        ChromeDriver driver = Browsers.desktopViewport(session.work().resolve("refused"), 1280, 900);
        try {
            Previews previews = load(driver);
            // the Clipboard API refuses, as it does without permission; the old copy command is refused too
            driver.executeScript("""
                    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
                    document.execCommand = () => false;""");
            WebElement button = driver.findElement(By.cssSelector("#cite-this button[data-copy-target='#cite-this-text']"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            previews.await().until(d -> button.getText().equals("Selected: press Ctrl+C"));
            assertThat(normalized((String) driver.executeScript("return getSelection().toString()")))
                    .isEqualTo(normalized(driver.findElement(By.id("cite-this-text")).getText()));
            assertThat(driver.findElement(By.cssSelector(".ek-copy-status")).getAttribute("textContent"))
                    .isEqualTo("Selected: press Ctrl+C");
        } finally {
            driver.quit();
        }
    }

    @Test
    void aSourcePreviewCopiesItsEntryAndItsBibTeX() throws Exception {
        ChromeDriver driver = Browsers.desktopViewport(session.work().resolve("preview"), 1280, 900);
        try {
            allowClipboard(driver);
            Previews previews = load(driver);
            assertThat(driver.findElements(By.cssSelector("#sources .entry-copy"))).noneMatch(WebElement::isDisplayed);
            WebElement cite = driver.findElement(By.cssSelector(".essay-body a.cite-link"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", cite);
            WebElement pv = previews.hover(cite);
            String id = cite.getAttribute("data-preview").split(" ")[0];
            List<WebElement> buttons = pv.findElements(By.cssSelector(".pv-item .copy-button"));
            assertThat(buttons).extracting(WebElement::getText).startsWith("Copy citation", "Copy BibTeX");
            buttons.get(1).click();
            previews.await().until(d -> buttons.get(1).getText().equals("Copied"));
            assertThat(clipboard(driver)).isEqualTo(driver.findElement(By.id("bibtex-" + id)).getAttribute("textContent"));
            buttons.get(0).click();
            previews.await().until(d -> buttons.get(0).getText().equals("Copied"));
            String entry = clipboard(driver);
            assertThat(entry).doesNotContain("Copy", "↩");
            assertThat(normalized(driver.findElement(By.id(id)).getText())).startsWith(entry.substring(0, 20));
        } finally {
            driver.quit();
        }
    }

    @Test
    void screenshotsOfTheBlock() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            String scheme = dark ? "dark" : "light";
            ChromeDriver wide = Browsers.desktopViewport(session.work().resolve("wide-" + scheme), 1400, 900);
            try {
                Browsers.emulateDark(wide, dark);
                Previews previews = load(wide);
                wide.executeScript("document.getElementById('sources-title').scrollIntoView({block: 'start'});"
                        + "scrollBy(0, document.getElementById('cite-this').getBoundingClientRect().top - 300)");
                previews.nextFrame();
                Browsers.screenshot(wide, "cite-this-wide-" + scheme);
            } finally {
                wide.quit();
            }
            ChromeDriver phone = Browsers.phone(session.work().resolve("phone-" + scheme));
            try {
                Browsers.emulateDark(phone, dark);
                Previews previews = load(phone);
                phone.executeScript("document.getElementById('cite-this').scrollIntoView({block: 'start'})");
                previews.nextFrame();
                WebElement bibtex = phone.findElement(By.id("cite-this-bibtex"));
                assertThat(((Number) phone.executeScript("return document.documentElement.scrollWidth")).intValue())
                        .as("nothing wider than the phone").isLessThanOrEqualTo(
                                ((Number) phone.executeScript("return innerWidth")).intValue());
                assertThat(bibtex.isDisplayed()).isTrue();
                Browsers.screenshot(phone, "cite-this-phone-" + scheme);
            } finally {
                phone.quit();
            }
        }
    }
}
