package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Hover and keyboard previews on the demo's main essay, one of each kind of trigger, in a
 * desktop window just below the sidenote width (so note markers open previews too).
 */
class DemoPreviewDesktopTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(DemoSite::start,
            work -> Browsers.desktopViewport(work, 1180, 860));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();
    final WebDriverWait wait = previews.await();


    @BeforeEach
    void load() {
        new Actions(driver).moveToLocation(2, 2).perform();
        previews.load(site.url(DemoSite.ESSAY));
    }

    /** One trigger of each kind, and text its preview must show. */
    static Stream<Arguments> triggers() {
        return Stream.of(
                Arguments.of("citation", "#cite-3", List.of(
                        "Allison, Graham T. 1971. Essence of Decision: Explaining the Cuban Missile Crisis. Little, Brown.")),
                Arguments.of("narrative citation", "#cite-9", List.of(
                        "Allison, Graham T. 1971. Essence of Decision")),
                Arguments.of("citation with a page range", "#cite-38", List.of(
                        "Rusk, Dean, Robert McNamara", "Cited: p. 85–86")),
                Arguments.of("first source of a citation of two", "#cite-8", List.of(
                        "Fursenko, Aleksandr, and Timothy Naftali. 1997.")),
                Arguments.of("second source of a citation of two", "#cite-8-2", List.of("Dobbs, Michael. 2008.")),
                Arguments.of("footnote marker", "#fnref-2", List.of(
                        "Robert Kennedy counts thirteen days", "so accounts that start from the discovery begin two days earlier")),
                Arguments.of("section cross-reference", "a.xref[href='#sec-secret']", List.of(
                        "Keeping the secret", "The secret held for a remarkably long time")),
                Arguments.of("figure cross-reference", "a.xref[href='#fig-timeline']", List.of(
                        "Figure 1: The crisis from the U-2 photographs to Khrushchev’s acceptance")),
                Arguments.of("table cross-reference", "a.xref[href='#tbl-days']", List.of(
                        "Table 1: Key days of the crisis, 14–28 October 1962", "Sun 14 October",
                        "A U-2 photographs missile sites")),
                Arguments.of("link to the other essay", "a.essay-link[href='what-the-tapes-show.html']", List.of(
                        "What the Tapes Show", "Kennedy secretly recorded his advisers during the missile crisis")),
                Arguments.of("link to a section of the other essay", "a.essay-link[href='what-the-tapes-show.html#sec-instinct']",
                        List.of("Section 3.1 of What the Tapes Show", "The president’s instinct",
                                "The memoirs had presented a president who held firm")));
    }

    private boolean previewShown() {
        return previews.shown();
    }

    private void assertPreview(String kind, WebElement trigger, WebElement pv, List<String> texts) {
        assertThat(pv.getText()).as(kind).contains(texts).doesNotContain("↩");
        assertThat(pv.getAttribute("role")).isEqualTo("dialog");
        assertThat(pv.findElements(By.cssSelector("[id], [data-preview]"))).as("clones keep no ids").isEmpty();
        assertThat(trigger.getAttribute("aria-controls")).isEqualTo("ek-preview");
        assertThat(trigger.getAttribute("aria-describedby")).contains("ek-preview");
        Rectangle r = pv.getRect();
        double sy = Browsers.number(driver, "return scrollY");
        double vw = Browsers.number(driver, "return document.documentElement.clientWidth");
        double vh = Browsers.number(driver, "return innerHeight");
        assertThat(r.x).as(kind + " inside the viewport").isGreaterThanOrEqualTo(0);
        assertThat(r.x + r.width).isLessThanOrEqualTo((int) vw);
        assertThat(r.y - sy).isGreaterThanOrEqualTo(0);
        assertThat(r.y - sy + r.height).isLessThanOrEqualTo(vh + 0.5);
        // the foot ("Go to Section 5") whole inside the preview, however long the content
        assertThat((Boolean) driver.executeScript("""
                const pv = arguments[0].getBoundingClientRect(), go = arguments[0].querySelector('.pv-go');
                const g = go.getBoundingClientRect();
                return g.top >= pv.top && g.bottom <= pv.bottom + 0.5
                  && go.contains(document.elementFromPoint((g.left + g.right) / 2, (g.top + g.bottom) / 2));""", pv))
                .as(kind + ": the foot's link whole and clickable").isTrue();
    }

    @ParameterizedTest(name = "hover: {0}")
    @MethodSource("triggers")
    void hoverOpensThePreview(String kind, String css, List<String> texts) {
        WebElement trigger = driver.findElement(By.cssSelector(css));
        WebElement pv = previews.hover(trigger);
        assertPreview(kind, trigger, pv, texts);
        if (kind.startsWith("figure")) {
            WebElement img = pv.findElement(By.tagName("img"));
            assertThat(Browsers.number(driver, "return arguments[0].naturalWidth", img)).as("image loaded").isPositive();
            assertThat(img.getAttribute("src")).endsWith("timeline.svg");
            assertThat(img.getRect().width).isPositive();
        }
        if (kind.startsWith("table")) assertThat(pv.findElements(By.cssSelector("table tbody tr"))).hasSizeGreaterThan(3);

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".essay-header h1"))).perform();
        wait.until(d -> !previewShown());
        assertThat(trigger.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @ParameterizedTest(name = "focus + Escape: {0}")
    @MethodSource("triggers")
    void focusOpensAndEscapeClosesAndReturnsFocus(String kind, String css, List<String> texts) {
        WebElement trigger = driver.findElement(By.cssSelector(css));
        driver.executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].focus()", trigger);
        WebElement pv = previews.awaitOpenFor(trigger); // settled: its rectangle is checked
        assertThat(driver.switchTo().activeElement()).isEqualTo(trigger);
        assertPreview(kind, trigger, pv, texts);

        // Arrow Down enters the preview (Tab goes on to the next link of the text)
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        previews.afterScriptTimers(); // the check the trigger's focusout schedules has run
        assertThat(previewShown()).isTrue();
        assertThat(pv.findElements(By.cssSelector("*"))).contains(driver.switchTo().activeElement());
        if (driver.switchTo().activeElement().getAttribute("data-sub") != null) {
            // a citation inside the preview has its own preview open: Escape closes that one first
            wait.until(d -> !d.findElements(By.cssSelector("#ek-subpreview:not([hidden])")).isEmpty());
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            wait.until(d -> d.findElements(By.cssSelector("#ek-subpreview:not([hidden])")).isEmpty());
            assertThat(previewShown()).isTrue();
        }

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> !previewShown());
        assertThat(driver.switchTo().activeElement()).as("focus returns to the trigger").isEqualTo(trigger);
        assertThat(trigger.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void tabbingFromTheTopOpensTheFirstTriggersInOrder() {
        Actions keys = new Actions(driver);
        for (int i = 0; i < 30 && !"cite-1".equals(activeId()); i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if (active.getAttribute("data-preview") != null) {
                previews.awaitOpenFor(active);
                if (!"cite-1".equals(activeId())) keys.sendKeys(Keys.ESCAPE).perform();
            }
        }
        assertThat(activeId()).isEqualTo("cite-1");
        WebElement pv = previews.awaitOpenFor(driver.findElement(By.id("cite-1")));
        assertThat(pv.getText()).contains("Kennedy, Robert F. 1969. Thirteen Days");
        assertThat(pv.getAttribute("aria-label")).isEqualTo("Source: Kennedy 1969");
    }

    /** Every citation of the essay previews exactly the Sources entries it links to. */
    @Test
    void everyCitationPreviewsTheFormattedEntriesOfItsSources() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) driver.executeScript(
                "return [].map.call(document.querySelectorAll('.essay a.cite-link[data-preview]'), a => a.id)");
        assertThat(ids).hasSizeGreaterThan(40);
        for (String id : ids) {
            @SuppressWarnings("unchecked")
            List<Object> r = (List<Object>) driver.executeScript("""
                    const a = document.getElementById(arguments[0]);
                    const norm = s => s.replace(/\\s+/g, ' ').trim();
                    const want = a.dataset.preview.split(' ').map(x => {
                      const e = document.getElementById(x).cloneNode(true);
                      e.querySelectorAll('.backrefs').forEach(b => b.remove());
                      return norm(e.textContent);
                    });
                    a.focus();
                    const pv = document.getElementById('ek-preview');
                    const got = [].map.call(pv.querySelectorAll('.pv-item'), i => {
                      const c = i.cloneNode(true);
                      // the locator, the abstract and uses DemoPreviewMoreTest checks, and the copy buttons
                      // CiteThisBrowserTest checks, follow the entry
                      c.querySelectorAll('.pv-locator, .entry-abstract, .entry-uses, .entry-copy').forEach(l => l.remove());
                      return norm(c.textContent);
                    });
                    const section = [].every.call(a.dataset.preview.split(' '),
                      x => document.getElementById(x).closest('#sources') !== null);
                    const out = [pv.hidden, want, got, section, a.getAttribute('href')];
                    a.blur();
                    return out;
                    """, id);
            assertThat(r.get(0)).as(id + " preview open").isEqualTo(false);
            assertThat(r.get(2)).as(id + " preview = entries").isEqualTo(r.get(1));
            assertThat(r.get(3)).as(id + " targets in Sources").isEqualTo(true);
            assertThat((String) r.get(4)).startsWith("#ref-");
        }
    }

    private String activeId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }
}
