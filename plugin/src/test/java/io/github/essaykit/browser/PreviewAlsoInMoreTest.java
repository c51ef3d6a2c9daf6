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
 * Eight essays cite one source: its preview in one of them names five of the seven others and
 * links "and 2 more" to the source's own page, which names all eight. The link is reached by the
 * pointer and the keyboard, and from disk. The screenshot of the preview
 * is published (docs/screenshots/preview-also-in-more.png with -Dessaykit.screenshots=docs/screenshots).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewAlsoInMoreTest {

    /** Newest first, as the index and the previews list them; "notes/tide-tables" is the page previewed. */
    static final List<String> TITLES = List.of("Storm Season", "The Ferry Fare", "Who Pays for the Sea Wall",
            "Lights on the Promenade", "The Arcade Closes", "A Pier for Sale", "Tide Tables", "The Bandstand");
    static final String PAGE = "notes/tide-tables.html";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(PreviewAlsoInMoreTest::start,
            work -> Browsers.desktopViewport(work, 1100, 860));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();

    static StaticSite start(Path work) throws IOException {
        Path src = Files.createDirectories(work.resolve("src"));
        Files.writeString(src.resolve("sources.bib"), """
                @book{pier, title = {The Long Pier: Building, Paying for and Losing the Seaside Pier},
                  author = {Marsh, Eleanor}, date = {2016}, publisher = {Tidewater Press}, location = {Hull},
                  abstract = {How the piers of one coast were built by subscription, kept up by tolls and lost to storms and fire.}}
                """);
        for (int i = 0; i < TITLES.size(); i++) {
            String title = TITLES.get(i);
            String name = title.equals("Tide Tables") ? "notes/tide-tables.md" : title.toLowerCase().replace(' ', '-') + ".md";
            Path file = src.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, """
                    ---
                    title: %s
                    date: 2024-%02d-01
                    ---

                    The town's pier was paid for by its first users, one share at a time [@pier, 41].
                    Its decline took longer than its building did.
                    """.formatted(title, 12 - i));
        }
        Path out = work.resolve("out");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, out));
        assertThat(result.ok()).as(result.diagnostics().all().toString()).isTrue();
        assertThat(result.diagnostics().all()).as("the link check finds every link and its target").isEmpty();
        return StaticSite.serve(out);
    }

    private WebElement openPreview() {
        WebElement cite = driver.findElement(By.cssSelector(".essay-body a.cite-link[data-preview='ref-pier']"));
        return previews.hover(cite);
    }

    /** Waits for the source's page with its list of essays citing it as the target, and checks that list. */
    private void awaitTheListOnTheSourcesPage(String url) {
        previews.await().until(d -> url.equals(d.getCurrentUrl()));
        previews.await().until(d -> "cited-in".equals(driver.executeScript("const t = document.querySelector(':target'); return t && t.id")));
        assertThat(driver.findElement(By.cssSelector("#cited-in h2")).getText()).isEqualTo("Cited in 8 essays");
        List<WebElement> citedIn = driver.findElements(By.cssSelector("#cited-in li a"));
        assertThat(citedIn).extracting(WebElement::getText).containsExactlyElementsOf(TITLES);
        assertThat(citedIn.get(6).getDomAttribute("href")).isEqualTo("../notes/tide-tables.html#ref-pier");
    }

    @Test
    @Order(1) // before the others follow the link: the screenshot shows it not yet visited
    void aPreviewNamesFiveOtherEssaysAndLinksTheRestToTheSourcesPage() throws Exception {
        previews.load(site.url(PAGE));
        WebElement pv = openPreview();
        WebElement uses = pv.findElement(By.cssSelector(".entry-uses"));
        assertThat(uses.getText()).isEqualTo("Cited once in this essay · also in Storm Season, The Ferry Fare, "
                + "Who Pays for the Sea Wall, Lights on the Promenade, The Arcade Closes and 2 more");
        assertThat(uses.findElements(By.cssSelector("a:not(.entry-also-more)"))).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("../storm-season.html#ref-pier", "../the-ferry-fare.html#ref-pier",
                        "../who-pays-for-the-sea-wall.html#ref-pier", "../lights-on-the-promenade.html#ref-pier",
                        "../the-arcade-closes.html#ref-pier");
        WebElement more = uses.findElement(By.cssSelector("a.entry-also-more"));
        assertThat(more.getDomAttribute("href")).isEqualTo("../bibliography/pier.html#cited-in");
        assertThat(more.getAccessibleName()).isEqualTo("and 2 more essays, listed on the source's page");
        Browsers.publishedScreenshot(driver, "preview-also-in-more");
        AxeAudit axe = new AxeAudit(driver);
        axe.audit("the source's preview open"); // its link's accessible name holds its visible text, among others
        assertThat(axe.violations()).isEmpty();
        assertThat(previews.shown()).isTrue();
        more.click();
        awaitTheListOnTheSourcesPage(site.url("bibliography/pier.html#cited-in"));
    }

    @Test
    void theKeyboardReachesTheLinkInsideThePreview() {
        previews.load(site.url(PAGE));
        WebElement cite = driver.findElement(By.cssSelector(".essay-body a.cite-link[data-preview='ref-pier']"));
        driver.executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].focus()", cite);
        previews.awaitOpenFor(cite);
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform(); // into the preview, whose links then join the tab order
        for (int i = 0; i < 12 && driver.executeScript("return document.activeElement.matches('#ek-preview a.entry-also-more')") != Boolean.TRUE; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        WebElement more = driver.switchTo().activeElement();
        assertThat(more.getText()).isEqualTo("and 2 more");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        awaitTheListOnTheSourcesPage(site.url("bibliography/pier.html#cited-in"));
    }

    @Test
    void fromDiskTheLinkLeadsToTheSourcesPageToo() {
        previews.load(site.dir().resolve(PAGE).toUri().toString());
        openPreview().findElement(By.cssSelector("a.entry-also-more")).click();
        awaitTheListOnTheSourcesPage(site.dir().resolve("bibliography/pier.html").toUri() + "#cited-in");
    }
}
