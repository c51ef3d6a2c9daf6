package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.testkit.AxeAudit;
import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * 101 essays: the index shows the newest fifty and links "Older essays" to page/2.html, which
 * links back and on to page/3.html with the oldest one; every essay is on exactly one page.
 * Followed by the pointer, the keyboard and from disk. The screenshot of page 2's foot is published
 * (docs/screenshots/index-pager.png with -Dessaykit.screenshots=docs/screenshots).
 */
class IndexPagerTest {

    static final int ESSAYS = 101;

    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(IndexPagerTest::start,
            work -> Browsers.desktopViewport(work, 1100, 860));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();

    static StaticSite start(Path work) throws IOException {
        Path src = Files.createDirectories(work.resolve("src"));
        for (int i = 1; i <= ESSAYS; i++) { // essay 101 the newest
            Files.writeString(src.resolve("harbour-" + i + ".md"), """
                    ---
                    title: Harbour Log %d
                    date: %s
                    ---

                    The tide came in at the usual hour.
                    """.formatted(i, java.time.LocalDate.of(2020, 1, 1).plusDays(i)));
        }
        Path out = work.resolve("out");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(result.ok()).as(result.diagnostics().all().toString()).isTrue();
        assertThat(result.diagnostics().all()).as("the link check finds every link and its target").isEmpty();
        assertThat(out.resolve("page/4.html")).doesNotExist();
        return StaticSite.serve(out);
    }

    private List<String> titles() {
        return driver.findElements(By.cssSelector(".essay-list .essay-title")).stream().map(WebElement::getText).toList();
    }

    @Test
    void eachPageShowsFiftyNewestFirstAndLinksTheNext() throws Exception {
        previews.load(site.url("index.html"));
        assertThat(titles()).hasSize(50).startsWith("Harbour Log 101", "Harbour Log 100").endsWith("Harbour Log 52");
        assertThat(driver.findElement(By.cssSelector(".pager")).getText()).isEqualTo("Page 1 of 3\nOlder essays →");
        assertThat(driver.findElements(By.cssSelector(".pager-newer"))).isEmpty();
        AxeAudit axe = new AxeAudit(driver);
        axe.audit("the first page of the index");
        assertThat(axe.violations()).isEmpty();

        driver.findElement(By.cssSelector("a.pager-older")).click();
        previews.await().until(d -> d.getCurrentUrl().equals(site.url("page/2.html")));
        previews.awaitReady();
        assertThat(driver.getTitle()).isEqualTo("Page 2 · Essays");
        assertThat(titles()).hasSize(50).startsWith("Harbour Log 51").endsWith("Harbour Log 2");
        assertThat(driver.findElement(By.cssSelector(".pager-at")).getText()).isEqualTo("Page 2 of 3");
        assertThat(driver.findElement(By.cssSelector(".pager-newer")).getDomAttribute("href")).isEqualTo("../index.html");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.cssSelector(".pager")));
        Browsers.publishedScreenshot(driver, "index-pager");
        axe.audit("a later page of the index");
        assertThat(axe.violations()).isEmpty();

        driver.findElement(By.cssSelector("a.pager-older")).click();
        previews.await().until(d -> d.getCurrentUrl().equals(site.url("page/3.html")));
        previews.awaitReady();
        assertThat(titles()).containsExactly("Harbour Log 1");
        assertThat(driver.findElements(By.cssSelector(".pager-older"))).isEmpty();
        driver.findElement(By.cssSelector(".essay-list .essay-title")).click(); // an essay's link works from the folder
        previews.await().until(d -> d.getCurrentUrl().equals(site.url("harbour-1.html")));
    }

    @Test
    void theKeyboardFollowsTheNewerLinkBack() {
        previews.load(site.url("page/3.html"));
        for (int i = 0; i < 20 && driver.executeScript("return document.activeElement.matches('a.pager-newer')") != Boolean.TRUE; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("← Newer essays");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        previews.await().until(d -> d.getCurrentUrl().equals(site.url("page/2.html")));
    }

    @Test
    void fromDiskThePagesLinkEachOther() {
        previews.load(site.dir().resolve("index.html").toUri().toString());
        driver.findElement(By.cssSelector("a.pager-older")).click();
        previews.await().until(d -> d.getCurrentUrl().equals(site.dir().resolve("page/2.html").toUri().toString()));
        driver.findElement(By.cssSelector("a.pager-newer")).click();
        previews.await().until(d -> d.getCurrentUrl().equals(site.dir().resolve("index.html").toUri().toString()));
    }
}
