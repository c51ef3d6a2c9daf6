package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** With JavaScript off every trigger is a plain link to its target on the page. */
class NoScriptTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(FixtureSite::start,
            work -> Browsers.noScript(work));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();


    @Test
    void citationIsALinkToItsEntry() {
        driver.get(site.url("essay.html"));
        WebElement cite = driver.findElement(By.id("cite-1"));
        assertThat(cite.getAttribute("href")).endsWith("#ref-kaplan2001");
        assertThat(cite.getAttribute("aria-expanded")).as("script did not run").isNull();
        assertThat(driver.findElements(By.id("ek-preview"))).isEmpty();
        assertThat(driver.findElement(By.id("pv-other-sec-tapes")).isDisplayed()).isFalse();

        cite.click();
        Previews.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#ref-kaplan2001"));
        WebElement entry = driver.findElement(By.id("ref-kaplan2001"));
        double top = ((Number) driver.executeScript(
                "return arguments[0].getBoundingClientRect().top", entry)).doubleValue();
        int vh = ((Number) driver.executeScript("return innerHeight")).intValue();
        assertThat(top).isBetween(0.0, vh / 2.0);
        assertThat(entry.isDisplayed()).isTrue();
    }

    @Test
    void noteMarkerAndCrossReferenceAreLinksToo() {
        driver.get(site.url("essay.html"));
        driver.findElement(By.id("fnref-2")).click();
        Previews.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#fn-2"));
        driver.findElement(By.cssSelector("#fn-2 .footnote-back")).click();
        Previews.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#fnref-2"));
        assertThat(driver.findElement(By.cssSelector("a.xref[href='#fig-u2']")).getAttribute("href")).endsWith("#fig-u2");
    }
}
