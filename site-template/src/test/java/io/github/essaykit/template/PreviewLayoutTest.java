package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a preview shows and where, on a phone held both ways (touch) and in a 1100-px window
 * (mouse): a preview taller than its box scrolls its body and keeps its foot in view, a note's
 * preview takes nothing from the marker it follows, a heading previews with its subheading and
 * text, a table without a blank band above it.
 */
class PreviewLayoutTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.siteOnly(FixtureSite::start);
    final StaticSite site = session.site();
    ChromeDriver driver;
    Previews previews;
    boolean touch;

    @AfterEach
    void quit() {
        if (driver != null) driver.quit();
    }

    private void start(String viewport) throws Exception {
        String[] wh = viewport.split("x");
        int w = Integer.parseInt(wh[0]), h = Integer.parseInt(wh[1]);
        touch = w < 1000;
        Path work = session.work().resolve(viewport);
        driver = touch ? Browsers.phone(work, w, h) : Browsers.desktopViewport(work, w, h);
        previews = new Previews(driver);
        previews.load(site.url("essay.html"));
    }

    private WebElement open(String css) {
        WebElement trigger = driver.findElement(By.cssSelector(css));
        if (!touch) return previews.hover(trigger);
        driver.executeScript("arguments[0].scrollIntoView({block:'center'})", trigger);
        return previews.tap(trigger);
    }

    /** Viewport rectangle of the first match of {@code css} in the preview: x, y, right, bottom. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> rect(String css) {
        return (Map<String, Number>) driver.executeScript("""
                const r = document.querySelector('#ek-preview ' + arguments[0]).getBoundingClientRect();
                return {x: r.left, y: r.top, right: r.right, bottom: r.bottom};""", css);
    }

    private double js(String script, Object... args) {
        return Browsers.number(driver, script, args);
    }

    /** The element at the centre of the match is the match itself: shown, not cut off, not covered. */
    private boolean reachable(String css) {
        return (Boolean) driver.executeScript("""
                const e = document.querySelector('#ek-preview ' + arguments[0]), r = e.getBoundingClientRect();
                const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
                return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && e.contains(hit);""", css);
    }

    @ParameterizedTest
    @ValueSource(strings = {"390x844", "844x390", "1100x800"})
    void aLongNoteScrollsInsideThePreviewAndItsFootStaysInView(String viewport) throws Exception {
        start(viewport);
        WebElement pv = open("#fnref-2");
        assertThat(pv.getText()).contains("The promise was made in 1959", "The last paragraph of the note");
        assertThat(js("const b = document.querySelector('#ek-preview .pv-body'); return b.scrollHeight - b.clientHeight"))
                .as("the note is taller than its preview (else this test shows nothing)").isGreaterThan(40);
        Map<String, Number> box = rect(""), foot = rect(".pv-foot");
        assertThat(box.get("y").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(box.get("bottom").doubleValue()).isLessThanOrEqualTo(js("return innerHeight") + 0.5);
        assertThat(foot.get("bottom").doubleValue()).as("the foot inside the preview's box")
                .isLessThanOrEqualTo(box.get("bottom").doubleValue() + 0.5);
        assertThat(reachable(".pv-go")).as("'Go to note 2' whole and clickable").isTrue();
        assertThat(driver.findElement(By.cssSelector("#ek-preview .pv-go")).getText()).isEqualTo("Go to note 2");
        Browsers.screenshot(driver, "long-note-" + viewport);

        driver.executeScript("const b = document.querySelector('#ek-preview .pv-body'); b.scrollTop = b.scrollHeight");
        previews.nextFrame();
        assertThat(js("return document.querySelector('#ek-preview .pv-body').scrollTop")).isGreaterThan(0);
        assertThat(reachable(".pv-go")).as("the foot does not scroll away with the body").isTrue();
        if (touch) {
            assertThat(reachable(".pv-close")).as("the close button stays in view on a phone").isTrue();
            Browsers.tap(driver, driver.findElement(By.cssSelector("#ek-preview .pv-close")));
            previews.awaitClosed();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"390x844", "1100x800"})
    void aNotePreviewStandsOutsideItsMarkerAndKeepsItsOwnLinkStyles(String viewport) throws Exception {
        start(viewport);
        WebElement pv = open("#fnref-3");
        assertThat((Boolean) driver.executeScript("return !arguments[0].parentElement.closest('sup')", pv))
                .as("the preview is not inside the marker's sup").isTrue();
        String link = "#ek-preview .pv-item a.cite-link";
        assertThat(Browsers.computedStyle(driver, link, null, "text-decoration-line")).isEqualTo("underline");
        assertThat(Browsers.computedStyle(driver, link, null, "padding-left")).isEqualTo("0px");
        assertThat(Browsers.computedStyle(driver, link, null, "display")).isEqualTo("inline");
        assertThat(Browsers.computedStyle(driver, "#ek-preview .pv-item p", null, "font-size"))
                .as("the text is not the marker's small size")
                .isNotEqualTo(Browsers.computedStyle(driver, ".footnote-ref", null, "font-size"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"390x844", "1100x800"})
    void aHeadingFollowedByASubheadingPreviewsBothAndTheTextBelow(String viewport) throws Exception {
        start(viewport);
        WebElement pv = open("a.xref[href='#sec-after']");
        List<String> titles = pv.findElements(By.cssSelector(".pv-title")).stream().map(WebElement::getText).toList();
        assertThat(titles).containsExactly("3 Afterwards", "3.1 Empty pads");
        assertThat(pv.getText()).contains("The Jupiters were dismantled in April 1963")
                .as("up to the first paragraph only").doesNotContain("1963-04-01", "That is the puzzle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"390x844", "844x390", "1100x800"})
    void aTablePreviewStartsWithItsCaption(String viewport) throws Exception {
        start(viewport);
        WebElement pv = open("a.xref[href='#tbl-jupiters']");
        assertThat(pv.getText()).startsWith("Table 1: Jupiter deployments");
        double gap = js("""
                const b = document.querySelector('#ek-preview .pv-body');
                const top = b.getBoundingClientRect().top + parseFloat(getComputedStyle(b).paddingTop);
                return document.querySelector('#ek-preview caption').getBoundingClientRect().top - top""");
        assertThat(gap).as("blank space above the caption, px").isBetween(-0.5, 2.0);
        Browsers.screenshot(driver, "table-preview-" + viewport);
    }
}
