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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Twenty-three essays cite one source and one more only lists it: the site bibliography's entry
 * names the newest twenty and links "and 3 more" to the source's own page, which names all of
 * them, newest first, with their dates, and the one listing it apart; every name there leads to
 * the source's entry in that essay. Reached by the pointer, the keyboard and from disk. The
 * screenshot of the source's page is published (docs/screenshots/source-page.png with
 * -Dessaykit.screenshots=docs/screenshots).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourcePageTest {

    static final int CITING = 23;
    static final String PAGE = "bibliography/pier.html";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(SourcePageTest::start,
            work -> Browsers.desktopViewport(work, 1100, 860));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();

    /** "Pier Notes 23" (newest, 2023-12-23) down to "Pier Notes 1" (2023-12-01). */
    static List<String> newestFirst() {
        List<String> titles = new ArrayList<>();
        for (int i = CITING; i >= 1; i--) {
            titles.add("Pier Notes " + i);
        }
        return titles;
    }

    static StaticSite start(Path work) throws IOException {
        Path src = Files.createDirectories(work.resolve("src"));
        Files.writeString(src.resolve("sources.bib"), """
                @book{pier, title = {The Long Pier: Building, Paying for and Losing the Seaside Pier},
                  author = {Marsh, Eleanor}, date = {2016}, publisher = {Tidewater Press}, location = {Hull}}
                @book{tolls, title = {Tolls and Turnstiles}, author = {Hale, Ruth}, date = {2011}, publisher = {Quay Books}}
                """);
        for (int i = 1; i <= CITING; i++) {
            Files.writeString(src.resolve("pier-" + i + ".md"), """
                    ---
                    title: Pier Notes %d
                    date: 2023-12-%02d
                    ---

                    The pier was paid for one share at a time [@pier, %d].
                    """.formatted(i, i, i));
        }
        Files.writeString(src.resolve("turnstiles.md"), """
                ---
                title: Turnstiles
                date: 2022-05-01
                nocite: "@pier"
                ---

                A penny at the gate paid for the boards [@tolls].
                """);
        Path out = work.resolve("out");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(result.ok()).as(result.diagnostics().all().toString()).isTrue();
        assertThat(result.diagnostics().all()).as("the link check finds every link and its target").isEmpty();
        return StaticSite.serve(out);
    }

    @Test
    @Order(1) // before the others follow the links: the screenshot shows them not yet visited
    void theSourcesPageNamesEveryEssayCitingItNewestFirstAndTheOneListingIt() throws Exception {
        previews.load(site.url(PAGE));
        // the title as loaded: BibTeX's title case in the sentence case CSL keeps (styles case it again in entries)
        assertThat(driver.getTitle()).isEqualTo("The long pier: Building, paying for and losing the seaside pier · Sources · Essays");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("The long pier: Building, paying for and losing the seaside pier");
        assertThat(driver.findElement(By.id("ref-pier")).getText()).contains("Marsh", "Tidewater Press");
        assertThat(driver.findElement(By.cssSelector("#cited-in h2")).getText()).isEqualTo("Cited in 23 essays");
        List<WebElement> cited = driver.findElements(By.cssSelector("#cited-in li"));
        assertThat(cited).extracting(li -> li.findElement(By.tagName("a")).getText()).containsExactlyElementsOf(newestFirst());
        assertThat(cited.get(0).getText()).isEqualTo("Pier Notes 23 December 23, 2023");
        assertThat(cited.get(0).findElement(By.tagName("time")).getDomAttribute("datetime")).isEqualTo("2023-12-23");
        assertThat(driver.findElement(By.cssSelector("#listed-in h2")).getText()).isEqualTo("Listed, not cited, in one essay");
        assertThat(driver.findElements(By.cssSelector("#listed-in li a"))).extracting(WebElement::getText).containsExactly("Turnstiles");
        assertThat(driver.findElement(By.cssSelector(".breadcrumb a")).getDomAttribute("href")).isEqualTo("../bibliography.html#ref-pier");
        Browsers.publishedScreenshot(driver, "source-page");
        AxeAudit axe = new AxeAudit(driver);
        axe.audit("a source's page");
        assertThat(axe.violations()).isEmpty();

        cited.get(22).findElement(By.tagName("a")).click(); // the oldest: its link leads to the entry in that essay
        previews.await().until(d -> d.getCurrentUrl().equals(site.url("pier-1.html#ref-pier")));
        previews.awaitReady();
        assertThat(driver.findElement(By.cssSelector(":target")).getDomAttribute("id")).isEqualTo("ref-pier");
    }

    @Test
    @Order(2)
    void theBibliographyNamesTheNewestTwentyAndLinksTheRestToTheSourcesPage() {
        previews.load(site.url("bibliography.html"));
        WebElement uses = driver.findElement(By.cssSelector("#ref-pier .cited-in"));
        List<WebElement> named = uses.findElements(By.cssSelector("a:not(.more-essays)"));
        List<String> expected = new ArrayList<>(newestFirst().subList(0, 20));
        expected.add("Turnstiles"); // listed, not cited: a list of its own after the cited
        assertThat(named).extracting(WebElement::getText).containsExactlyElementsOf(expected);
        assertThat(uses.getText()).startsWith("Cited in Pier Notes 23, Pier Notes 22,")
                .endsWith("Pier Notes 5, Pier Notes 4 and 3 more. Listed, not cited, in Turnstiles.");
        WebElement more = uses.findElement(By.cssSelector("a.more-essays"));
        assertThat(more.getText()).isEqualTo("and 3 more");
        assertThat(more.getAccessibleName()).isEqualTo("and 3 more essays, listed on the source's page");
        assertThat(more.getDomAttribute("href")).isEqualTo(PAGE + "#cited-in");
        assertThat(driver.findElement(By.cssSelector("#ref-tolls .cited-in")).getText()).isEqualTo("Cited in Turnstiles.");
        assertThat(driver.findElements(By.cssSelector("#ref-tolls .more-essays"))).as("a short list is named whole").isEmpty();
        AxeAudit axe = new AxeAudit(driver);
        axe.audit("the bibliography with a long list cut short");
        assertThat(axe.violations()).isEmpty();
        more.click();
        awaitTheList(site.url(PAGE + "#cited-in"));
    }

    @Test
    void theKeyboardReachesTheLinkAndFollowsIt() {
        previews.load(site.url("bibliography.html"));
        for (int i = 0; i < 40 && driver.executeScript("return document.activeElement.matches('#ref-pier a.more-essays')") != Boolean.TRUE; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        WebElement more = driver.switchTo().activeElement();
        assertThat(more.getText()).isEqualTo("and 3 more");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        awaitTheList(site.url(PAGE + "#cited-in"));
    }

    @Test
    void fromDiskTheLinkAndTheSourcesPageWorkToo() {
        previews.load(site.dir().resolve("bibliography.html").toUri().toString());
        driver.findElement(By.cssSelector("#ref-pier a.more-essays")).click();
        awaitTheList(site.dir().resolve(PAGE).toUri() + "#cited-in");
        driver.findElement(By.cssSelector(".site-nav a[href$='index.html']")).click();
        previews.await().until(d -> d.getCurrentUrl().equals(site.dir().resolve("index.html").toUri().toString()));
    }

    /** Waits for the source's page with its list of citing essays as the target. */
    private void awaitTheList(String url) {
        previews.await().until(d -> url.equals(d.getCurrentUrl()));
        previews.await().until(d -> "cited-in".equals(driver.executeScript("const t = document.querySelector(':target'); return t && t.id")));
        assertThat(driver.findElements(By.cssSelector("#cited-in li a"))).hasSize(CITING);
    }
}
