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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Previews worth opening, on the demo's main essay: a source's preview shows its abstract, how
 * often the essay cites it and the other essays citing it; a citation inside a note's preview
 * opens its own preview (one level) by hover, keyboard and touch, and Escape closes the inner
 * one first. Preparing previews shifts nothing on the page (CLS 0).
 */
class DemoPreviewMoreTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(DemoSite::start,
            work -> Browsers.desktopViewport(work, 1100, 860));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();

    private static Object js(ChromeDriver d, String script, Object... args) {
        return d.executeScript(script, args);
    }

    private static WebElement sub(ChromeDriver d) {
        return d.findElement(By.id("ek-subpreview"));
    }

    private static boolean subShown(ChromeDriver d) {
        return !d.findElements(By.cssSelector("#ek-subpreview:not([hidden])")).isEmpty();
    }

    @Test
    void aSourcePreviewShowsItsAbstractHowOftenItIsCitedAndWhereElse() throws Exception {
        previews.load(site.url(DemoSite.ESSAY));
        int citedHere = driver.findElements(By.cssSelector("#ref-kennedy1969 .backrefs a")).size();
        assertThat(citedHere).isGreaterThan(1);
        assertThat(driver.findElement(By.id("pv-more-ref-kennedy1969")).isDisplayed())
                .as("hidden in the list of sources").isFalse();
        WebElement pv = previews.hover(driver.findElement(By.cssSelector("a.cite-link[data-preview='ref-kennedy1969']")));
        assertThat(pv.getText()).contains("Kennedy, Robert F. 1969. Thirteen Days",
                "The attorney general’s own account of the October 1962 crisis",
                "Cited " + citedHere + " times in this essay · also in What the Tapes Show");
        WebElement also = pv.findElement(By.cssSelector(".entry-uses a"));
        assertThat(also.getAttribute("href")).endsWith("what-the-tapes-show.html#ref-kennedy1969");
        Browsers.screenshot(driver, "preview-source-abstract-1100");
        // the link leads to the entry in the other essay
        also.click();
        previews.await().until(d -> d.getCurrentUrl().endsWith("what-the-tapes-show.html#ref-kennedy1969"));
        previews.awaitReady();
        assertThat(driver.findElement(By.id("ref-kennedy1969")).getText()).contains("Thirteen Days");
    }

    /**
     * The site's list of sources tells a source an essay cites from one it only lists (nocite):
     * Allison 1971 is cited in the main essay and listed in What the Tapes Show.
     */
    @Test
    void theSiteBibliographySaysListedNotCitedForASourceAnEssayOnlyLists() throws Exception {
        previews.load(site.url("bibliography.html"));
        WebElement entry = driver.findElement(By.id("ref-allison1971"));
        WebElement uses = entry.findElement(By.cssSelector(".cited-in"));
        assertThat(uses.isDisplayed()).isTrue();
        assertThat(uses.getText()).isEqualTo("Cited in How the Cuban Missile Crisis Really Ended."
                + " Listed, not cited, in What the Tapes Show.");
        assertThat(driver.findElements(By.xpath("//*[contains(@class,'cited-in')][contains(., 'Listed, not cited')]")))
                .as("the only source an essay lists without citing").hasSize(1);
        Browsers.screenshot(driver, "bibliography-nocite-1100");
        // the link leads to the entry in the essay that lists it, which no citation there points to
        WebElement listedIn = uses.findElements(By.tagName("a")).get(1);
        assertThat(listedIn.getAttribute("href")).endsWith("what-the-tapes-show.html#ref-allison1971");
        listedIn.click();
        previews.await().until(d -> d.getCurrentUrl().endsWith("what-the-tapes-show.html#ref-allison1971"));
        previews.awaitReady();
        assertThat(driver.findElement(By.id("ref-allison1971")).getText()).contains("Essence of Decision");
        assertThat(driver.findElements(By.cssSelector("a[data-preview~='ref-allison1971']"))).isEmpty();
    }

    @Test
    void aCitationInsideANotePreviewOpensItsOwnPreviewOnHoverAndEscapeClosesItFirst() throws Exception {
        previews.load(site.url(DemoSite.ESSAY));
        WebElement marker = driver.findElement(By.id("fnref-2"));
        WebElement pv = previews.hover(marker);
        WebElement inner = pv.findElement(By.cssSelector("a.cite-link[data-sub='ref-may1997']"));
        new Actions(driver).moveToElement(inner).perform();
        previews.await().until(d -> subShown(driver) && "true".equals(inner.getAttribute("aria-expanded")));
        previews.settled(sub(driver));
        assertThat(sub(driver).getText()).contains("May, Ernest R., and Philip D. Zelikow, eds. 1997",
                "Transcripts of the secret recordings", "Go to source");
        assertThat(sub(driver).findElements(By.cssSelector("a[data-sub]")))
                .as("one level only: links in the inner preview open nothing").allSatisfy(a ->
                        assertThat(a.getAttribute("aria-expanded")).isNull());
        Rectangle r = sub(driver).getRect();
        double sy = Browsers.number(driver, "return scrollY");
        assertThat(r.x).isGreaterThanOrEqualTo(0);
        assertThat(r.x + r.width).isLessThanOrEqualTo(1100);
        assertThat(r.y - sy).isGreaterThanOrEqualTo(0);
        assertThat(r.y - sy + r.height).isLessThanOrEqualTo(860);
        Browsers.screenshot(driver, "preview-nested-hover-1100");
        Browsers.emulateDark(driver, true);
        Browsers.screenshot(driver, "preview-nested-hover-1100-dark");
        Browsers.emulateDark(driver, false);

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        previews.await().until(d -> !subShown(driver));
        assertThat(previews.shown()).as("the note's preview stays").isTrue();
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        previews.awaitClosed();
    }

    @Test
    void theKeyboardReachesTheInnerPreviewAndEscapeStepsBackOneLevelAtATime() {
        previews.load(site.url(DemoSite.ESSAY));
        WebElement marker = driver.findElement(By.id("fnref-2"));
        js(driver, "arguments[0].scrollIntoView({block:'center'}); arguments[0].focus()", marker);
        previews.awaitOpenFor(marker);
        // into the note's preview (Arrow Down enters it where its links are out of the tab order
        // until asked for), then Tab until its first citation has the focus
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        for (int i = 0; i < 8 && js(driver, "return document.activeElement.matches('#ek-preview a[data-sub]')") != Boolean.TRUE; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        WebElement inner = driver.switchTo().activeElement();
        assertThat(inner.getAttribute("data-sub")).startsWith("ref-");
        previews.await().until(d -> subShown(driver) && "true".equals(inner.getAttribute("aria-expanded")));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        previews.await().until(d -> !subShown(driver));
        assertThat(driver.switchTo().activeElement()).as("focus back on the inner trigger").isEqualTo(inner);
        assertThat(previews.shown()).isTrue();
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        previews.awaitClosed();
        assertThat(driver.switchTo().activeElement()).as("focus back on the note marker").isEqualTo(marker);
    }

    @ParameterizedTest
    @ValueSource(strings = {"390x844", "844x390"})
    void onAPhoneATapOnACitationInANoteOpensItsPreviewOverTheNote(String size) throws Exception {
        String[] wh = size.split("x");
        ChromeDriver phone = Browsers.phone(session.work().resolve("phone-" + size), Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        try {
            Previews p = new Previews(phone);
            p.load(site.url(DemoSite.ESSAY));
            WebElement marker = phone.findElement(By.id("fnref-2"));
            js(phone, "arguments[0].scrollIntoView({block:'center'})", marker);
            WebElement pv = p.tap(marker);
            String url = phone.getCurrentUrl();
            WebElement inner = pv.findElement(By.cssSelector("a.cite-link[data-sub]"));
            js(phone, "arguments[0].scrollIntoView({block:'nearest'})", inner);
            Browsers.tap(phone, inner);
            p.await().until(d -> subShown(phone));
            p.settled(sub(phone));
            assertThat(phone.getCurrentUrl()).as("the tap previews, it does not follow the link").isEqualTo(url);
            Rectangle r = sub(phone).getRect();
            double sy = Browsers.number(phone, "return scrollY");
            assertThat(r.x).isGreaterThanOrEqualTo(0);
            assertThat(r.x + r.width).isLessThanOrEqualTo(Integer.parseInt(wh[0]));
            assertThat(r.y - sy + r.height).isLessThanOrEqualTo(Integer.parseInt(wh[1]) + 1);
            assertThat(footReachable(phone)).as("'Go to source' and the close button whole and not covered")
                    .containsExactly(true, true);
            Browsers.screenshot(phone, "preview-nested-phone-" + size);
            Browsers.tap(phone, sub(phone).findElement(By.cssSelector(".pv-close")));
            p.await().until(d -> !subShown(phone));
            assertThat(p.shown()).as("the note's preview stays").isTrue();
        } finally {
            phone.quit();
        }
    }

    /**
     * Whether the inner preview's "Go to …" link and its close button are each whole inside the
     * preview and the window, and on top at their centre (a close button hidden by CSS counts as
     * not reachable).
     */
    @SuppressWarnings("unchecked")
    private static List<Boolean> footReachable(ChromeDriver d) {
        return (List<Boolean>) js(d, """
                const s = document.getElementById('ek-subpreview'), box = s.getBoundingClientRect();
                return ['.pv-go', '.pv-close'].map(css => {
                  const e = s.querySelector(css), r = e.getBoundingClientRect();
                  const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
                  return r.height > 0 && r.top >= box.top && r.bottom <= box.bottom + 0.5 && box.top >= 0
                    && box.bottom <= innerHeight + 0.5 && !!hit && e.contains(hit);
                });""");
    }

    /**
     * A window only 500 px high: whether the note's marker is at the top, middle or bottom, each
     * citation's inner preview (opened from the keyboard, one after another) fits the window with
     * its "Go to source" link whole and clickable.
     */
    @ParameterizedTest
    @ValueSource(strings = {"start", "center", "end"})
    void inAShortWindowTheInnerPreviewsFootIsNeverCutOff(String where) throws Exception {
        Browsers.resizeViewport(driver, 1100, 500);
        try {
            previews.load(site.url(DemoSite.ESSAY));
            WebElement marker = driver.findElement(By.id("fnref-2"));
            js(driver, "arguments[0].scrollIntoView({block: arguments[1]}); arguments[0].focus()", marker, where);
            WebElement pv = previews.awaitOpenFor(marker);
            int inner = pv.findElements(By.cssSelector("a[data-sub]")).size();
            assertThat(inner).as("citations in note 2").isGreaterThanOrEqualTo(3);
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
            for (int i = 0; i < inner; i++) {
                int k = 0;
                do new Actions(driver).sendKeys(Keys.TAB).perform(); // on to the next citation in the note
                while (++k < 6 && js(driver, "return document.activeElement.matches('#ek-preview a[data-sub]')") != Boolean.TRUE);
                WebElement a = driver.switchTo().activeElement();
                previews.await().until(d -> subShown(driver) && "true".equals(a.getAttribute("aria-expanded")));
                previews.settled(sub(driver));
                assertThat(footReachable(driver).get(0)).as("'Go to source' of %s (%s), note at the %s",
                        a.getText(), i, where).isTrue();
                if (i == 0) Browsers.screenshot(driver, "preview-nested-1100x500-" + where);
                WebElement go = sub(driver).findElement(By.cssSelector(".pv-go"));
                assertThat(go.getText()).startsWith("Go to source");
            }
        } finally {
            new Actions(driver).sendKeys(Keys.ESCAPE, Keys.ESCAPE).perform();
            Browsers.resizeViewport(driver, 1100, 860);
        }
    }

    /** The cumulative layout shift (CLS) of the page so far, as Chromium measures it. */
    private static double layoutShift(ChromeDriver d) {
        return ((Number) d.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let sum = 0;
                new PerformanceObserver(list => {
                  for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
                }).observe({type: 'layout-shift', buffered: true});
                requestAnimationFrame(() => requestAnimationFrame(() => done(sum)));""")).doubleValue();
    }

    /**
     * On a slow connection the browser paints the top of the page long before it has read the
     * notes at its end: the room for sidenotes and the contents must be there from that first
     * paint (the body's has-notes and has-toc classes), not appear when the last of the page
     * arrives. At 40 KB/s the layout moved by 0.0726 in every load while it hung on
     * {@code :has(.footnotes)} alone.
     */
    @Test
    void onASlowConnectionTheWideLayoutIsThereFromTheFirstPaint() {
        Browsers.resizeViewport(driver, 1500, 860);
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", 40_000, "uploadThroughput", 40_000));
        try {
            previews.load(site.url(DemoSite.ESSAY));
            assertThat(layoutShift(driver)).as("CLS while the page arrived").isZero();
        } finally {
            driver.executeCdpCommand("Network.emulateNetworkConditions",
                    Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            driver.executeCdpCommand("Network.disable", Map.of());
            Browsers.resizeViewport(driver, 1100, 860);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1100, 1500})
    void preparingAndOpeningPreviewsShiftsNothing(int width) {
        Browsers.resizeViewport(driver, width, 860);
        try {
            previews.load(site.url(DemoSite.ESSAY));
            double atLoad = layoutShift(driver);
            for (String css : List.of("a.cite-link[data-preview='ref-kennedy1969']", "#fnref-2", "a.xref[href='#sec-secret']",
                    "a.essay-link[href='what-the-tapes-show.html']")) {
                WebElement trigger = driver.findElement(By.cssSelector(css));
                if (width >= 1200 && css.startsWith("#fn")) continue; // a sidenote there, not a preview
                previews.hover(trigger);
            }
            previews.close();
            double after = layoutShift(driver);
            System.out.println("CLS at " + width + " px: " + atLoad + " at load, " + after + " after four previews");
            assertThat(atLoad).as("CLS at load").isZero();
            assertThat(after).as("CLS with previews").isZero();
        } finally {
            Browsers.resizeViewport(driver, 1100, 860);
        }
    }
}
