package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** With JavaScript off every citation of the demo essay is a plain link to its entry in Sources. */
class DemoNoScriptTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(DemoSite::start,
            work -> Browsers.noScript(work));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();

    @Test
    void everyCitationLinksToAnEntryInSourcesAndClickingMovesThere() {
        driver.get(site.url(DemoSite.ESSAY));
        assertThat(driver.findElements(By.cssSelector("html.ek-js, #ek-preview, [aria-expanded]")))
                .as("script did not run").isEmpty();
        assertThat(driver.findElement(By.cssSelector(".preview-data")).isDisplayed()).isFalse();
        List<WebElement> cites = driver.findElements(By.cssSelector("a.cite-link"));
        assertThat(cites).hasSizeGreaterThan(40);
        List<String> ids = cites.stream().map(a -> a.getAttribute("id")).toList();
        for (String id : ids) { // same-page fragment links: no reload needed between clicks
            WebElement cite = driver.findElement(By.id(id));
            String href = cite.getAttribute("href");
            String fragment = href.substring(href.indexOf('#') + 1);
            assertThat(href).as(id).startsWith(site.url(DemoSite.ESSAY) + "#ref-");
            List<WebElement> entries = driver.findElements(By.cssSelector("#sources #" + fragment + ".csl-entry"));
            assertThat(entries).as(id + " -> " + fragment + " in Sources").hasSize(1);

            cite.click();
            Previews.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#" + fragment));
            WebElement entry = entries.get(0);
            double top = Browsers.number(driver, "return arguments[0].getBoundingClientRect().top", entry);
            double vh = Browsers.number(driver, "return innerHeight");
            assertThat(top).as(id + " entry scrolled into view").isBetween(0.0, vh - 20);
            assertThat(entry.isDisplayed()).isTrue();
        }
    }

    @Test
    void notesCrossReferencesAndBackLinksAreLinksToo() {
        driver.get(site.url(DemoSite.ESSAY));
        driver.findElement(By.id("fnref-2")).click();
        Previews.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#fn-2"));
        driver.findElement(By.cssSelector("#fn-2 .footnote-back")).click();
        Previews.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#fnref-2"));
        driver.findElement(By.cssSelector("#ref-kaplan2001 .backrefs a")).click();
        Previews.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#cite-5"));
        driver.findElement(By.cssSelector("a.xref[href='#tbl-days']")).click();
        Previews.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#tbl-days"));
        driver.findElement(By.cssSelector("a.essay-link[href='what-the-tapes-show.html#sec-instinct']")).click();
        Previews.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("what-the-tapes-show.html#sec-instinct"));
        assertThat(driver.findElement(By.id("sec-instinct")).getText()).contains("The president’s instinct");
    }

    @Test
    void mathStaysReadableTexAndEquationReferencesAreLinks() {
        driver.get(site.url("markup-reference.html"));
        assertThat(driver.findElements(By.cssSelector(".katex"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("#eq-sphere .math.display")).getText())
                .isEqualTo("\\[ V = \\frac{4}{3}\\pi r^3 \\]");
        assertThat(driver.findElement(By.cssSelector("#eq-sphere .equation-number")).getText()).isEqualTo("(1)");
        assertThat(driver.findElements(By.cssSelector("#sec-math ~ p .math.inline")).get(0).getText()).isEqualTo("\\(r\\)");
        driver.findElement(By.cssSelector("a.xref[href='#eq-basel']")).click();
        Previews.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#eq-basel"));
    }
}
