package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The tab order of an essay in a 1100-px window: every stop is something the reader sees on the
 * page, never a link inside a preview that focus opened on the way; a code block that scrolls
 * sideways is a stop, named, so that it can be scrolled from the keyboard.
 */
class KeyboardTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(FixtureSite::start,
            work -> Browsers.desktopViewport(work, 1100, 800));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();


    @BeforeEach
    void load() {
        new Actions(driver).moveToLocation(2, 2).perform();
        previews.load(site.url("essay.html"));
    }

    /** One description per tab stop from the top of the page to its end. */
    private List<String> tabWalk() {
        List<String> stops = new ArrayList<>();
        Actions keys = new Actions(driver);
        for (int i = 0; i < 200; i++) {
            keys.sendKeys(Keys.TAB).perform();
            String stop = (String) driver.executeScript("""
                    const f = document.activeElement;
                    if (!f || f === document.body) return null;
                    const where = f.closest('#ek-preview') ? 'in a preview' : f.checkVisibility() ? 'page' : 'hidden';
                    return where + ': ' + f.tagName + (f.id ? '#' + f.id : '') + '.' + f.className + ' '
                      + (f.textContent || '').trim().slice(0, 30) + ' @' + Math.round(f.getBoundingClientRect().top + scrollY);""");
            if (stop == null || stops.contains(stop)) break; // past the end: back to the address bar or the top
            stops.add(stop);
        }
        return stops;
    }

    @Test
    void tabbingThroughTheEssayMeetsOnlyWhatThePageShows() {
        long expected = (Long) driver.executeScript("""
                return [].filter.call(document.querySelectorAll('a[href], button, [tabindex]'),
                  e => e.tabIndex >= 0 && e.checkVisibility() && !e.closest('#ek-preview')).length""");
        List<String> stops = tabWalk();
        assertThat(stops).as("triggers open their previews on the way").anyMatch(s -> s.contains("#cite-1"));
        assertThat(stops).noneMatch(s -> s.startsWith("hidden"));
        // inside a preview, only a body too long for its box is a stop (to scroll it): never a link
        List<String> inPreviews = stops.stream().filter(s -> s.startsWith("in a preview")).toList();
        assertThat(inPreviews).as("the long note 2").hasSize(1).allMatch(s -> s.startsWith("in a preview: DIV.pv-body 2.The promise"));
        assertThat(stops).hasSize((int) expected + inPreviews.size());
        assertThat(stops).anyMatch(s -> s.contains("↩")).as("to the end of the page").last().asString().contains("↩");
    }

    @Test
    void arrowDownEntersTheOpenPreviewAndThenItsLinksTakeTheFocus() {
        WebElement note = driver.findElement(By.id("fnref-3"));
        Actions keys = new Actions(driver);
        for (int i = 0; i < 30 && !note.equals(driver.switchTo().activeElement()); i++) keys.sendKeys(Keys.TAB).perform();
        WebElement pv = previews.awaitOpenFor(note);
        assertThat(pv.findElements(By.cssSelector("a[href]:not([tabindex='-1'])"))).as("out of the tab order").isEmpty();
        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("Tab goes on in the text").isEqualTo("cite-3");
        assertThat(pv.findElements(By.cssSelector("*"))).doesNotContain(driver.switchTo().activeElement());

        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        pv = previews.awaitOpenFor(note);
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        keys.sendKeys(Keys.TAB).perform();
        WebElement inside = driver.switchTo().activeElement();
        assertThat(inside.getText()).isEqualTo("May and Zelikow 1997, xi");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Go to note 3");
        keys.sendKeys(Keys.ESCAPE).perform();
        previews.awaitClosed();
        assertThat(driver.switchTo().activeElement()).isEqualTo(note);
    }

    @Test
    void aCodeBlockThatScrollsSidewaysIsAFocusableNamedRegion() {
        WebElement pre = driver.findElement(By.cssSelector(".essay-body pre"));
        assertThat(Browsers.number(driver, "return arguments[0].scrollWidth - arguments[0].clientWidth", pre))
                .as("the line is wider than the column").isPositive();
        assertThat(pre.getAttribute("tabindex")).isEqualTo("0");
        assertThat(pre.getAttribute("role")).isEqualTo("group");
        assertThat(pre.getAttribute("aria-label")).isEqualTo("Code");
        assertThat(driver.findElement(By.cssSelector(".essay-body .table-wrap")).getAttribute("tabindex"))
                .as("a table that fits takes no tab stop").isNull();
        assertThat(tabWalk()).anyMatch(s -> s.startsWith("page: PRE"));
        driver.executeScript("arguments[0].focus()", pre);
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        previews.await().until(d -> Browsers.number(driver, "return arguments[0].scrollLeft", pre) > 0);
    }
}
