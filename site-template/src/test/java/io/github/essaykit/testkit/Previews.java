package io.github.essaykit.testkit;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits that follow the state of essaykit.js on the page, never the clock: the script has run,
 * the preview is open for this trigger and has settled (animation over, images loaded), the
 * preview is gone. A shared machine can stall the browser for seconds, so every wait is patient;
 * it returns as soon as its condition holds.
 */
public final class Previews {
    /** Long enough for a starved browser; a wait on a condition costs only what the page takes. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Longer than the script's longest timer (CLOSE_DELAY, 250 ms in essaykit.js). */
    static final int SCRIPT_DELAY_MS = 300;
    private static final By OPEN = By.cssSelector("#ek-preview:not([hidden])");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Previews(ChromeDriver driver) {
        this.driver = driver;
        this.wait = waitFor(driver);
    }

    /** A wait of {@link #PATIENCE} that polls every 20 ms. */
    public static WebDriverWait waitFor(ChromeDriver driver) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(20));
    }

    /** The wait this helper uses, for the tests' own conditions. */
    public WebDriverWait await() {
        return wait;
    }

    /** Loads a page and waits until the script has run to its end. */
    public void load(String url) {
        driver.get(url);
        awaitReady();
    }

    /**
     * The script has run to its end (its last step marks every trigger with aria-expanded), the
     * page has loaded, its fonts are in, and the frame that lays out sidenotes has passed.
     */
    public void awaitReady() {
        wait.until(d -> (Boolean) script("""
                return document.readyState === 'complete'
                  && document.documentElement.classList.contains('ek-js')
                  && !document.querySelector('a[data-preview]:not([aria-expanded])')
                  && (!document.fonts || document.fonts.status === 'loaded')"""));
        nextFrame();
    }

    /** Returns after the browser has rendered the next frame (and run its animation callbacks). */
    public void nextFrame() {
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() => done()));""");
    }

    /**
     * Returns once every timer that the script could have started before this call has fired:
     * timers run in the order they fall due, and this one falls due after the script's longest
     * delay. For checks that something did not happen (a preview that must stay open).
     */
    public void afterScriptTimers() {
        driver.executeAsyncScript("setTimeout(arguments[arguments.length - 1], arguments[0])", SCRIPT_DELAY_MS);
    }

    public boolean shown() {
        return !driver.findElements(OPEN).isEmpty();
    }

    public WebElement preview() {
        return driver.findElement(By.id("ek-preview"));
    }

    /**
     * Waits until {@code trigger} has the preview open (aria-expanded, visible) and the preview
     * has settled: no running animation (its rectangle is final) and every image loaded.
     */
    public WebElement awaitOpenFor(WebElement trigger) {
        waitFor(driver).withMessage(() -> "no preview for " + state(trigger))
                .until(d -> "true".equals(trigger.getAttribute("aria-expanded")) && shown());
        WebElement pv = preview();
        waitFor(driver).withMessage(() -> "preview not settled: " + state(trigger)).until(d -> (Boolean) script("""
                const pv = arguments[0];
                return pv.getAnimations().length === 0
                  && [].every.call(pv.querySelectorAll('img'), i => i.complete)""", pv));
        return pv;
    }

    public void awaitClosed() {
        waitFor(driver).withMessage(() -> "the preview stays open: " + script("return document.getElementById('ek-preview').getAttribute('aria-label')"))
                .until(d -> !shown());
    }

    /**
     * Closes an open preview as a reader does and waits until it is gone: Escape if the focus is
     * on its trigger or inside it (then the pointer leaving does not close it), else the pointer
     * leaves for the page's top-left corner (never under a trigger or a preview).
     */
    public void close() {
        if (!shown()) return;
        boolean focused = (Boolean) script("""
                const f = document.activeElement, pv = document.getElementById('ek-preview');
                return pv.contains(f) || (f && f.getAttribute('aria-expanded') === 'true')""");
        if (focused) new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        else new Actions(driver).moveToLocation(2, 2).perform();
        awaitClosed();
    }

    /**
     * Hovers {@code trigger} with the mouse and returns its settled preview. Any open preview is
     * closed first and awaited, since it may cover the trigger; the pointer then comes from the
     * page's corner to the trigger, scrolled to the middle of the window.
     */
    public WebElement hover(WebElement trigger) {
        return hover(trigger, true);
    }

    /** {@link #hover} without scrolling: for a trigger placed at an edge of the window on purpose. */
    public WebElement hoverInPlace(WebElement trigger) {
        return hover(trigger, false);
    }

    private WebElement hover(WebElement trigger, boolean scroll) {
        close();
        new Actions(driver).moveToLocation(2, 2).perform(); // from outside, so the move enters the trigger
        if (scroll) script("arguments[0].scrollIntoView({block:'center'})", trigger);
        new Actions(driver).moveToElement(trigger).perform();
        return awaitOpenFor(trigger);
    }

    /**
     * Taps {@code trigger} (touch) and returns its settled preview; an open preview (a sheet that
     * may cover the trigger) is closed first with its close button.
     */
    public WebElement tap(WebElement trigger) {
        if (shown()) {
            Browsers.tap(driver, settled(preview()).findElement(By.cssSelector(".pv-close")));
            awaitClosed();
        }
        Browsers.tap(driver, trigger);
        return awaitOpenFor(trigger);
    }

    /** Waits until {@code element} has no running animation (so its rectangle is final). */
    public WebElement settled(WebElement element) {
        wait.until(d -> (Boolean) script("return arguments[0].getAnimations({subtree: true}).length === 0", element));
        return element;
    }

    /** Waits until {@code element}'s class list contains {@code cls}. */
    public void awaitClass(WebElement element, String cls) {
        wait.until(d -> List.of(String.valueOf(element.getAttribute("class")).split("\\s+")).contains(cls));
    }

    /** What the page shows now, for a wait's failure message. */
    private String state(WebElement trigger) {
        return String.valueOf(script("""
                const a = arguments[0], pv = document.getElementById('ek-preview');
                const f = document.activeElement, h = [...document.querySelectorAll(':hover')].pop();
                const name = e => e ? e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') : 'none';
                return name(a) + ' aria-expanded=' + a.getAttribute('aria-expanded')
                  + ', preview ' + (!pv ? 'not created' : pv.hidden ? 'hidden' : 'open for ' + pv.getAttribute('aria-label')
                    + ' (' + pv.getAnimations().length + ' animations)')
                  + ', focus on ' + name(f) + ', pointer over ' + name(h)
                  + ', scrollY=' + scrollY""", trigger));
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }
}
