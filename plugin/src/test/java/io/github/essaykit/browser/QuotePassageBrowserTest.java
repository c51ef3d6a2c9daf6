package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.safety.ContentSecurityPolicy;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.testkit.AxeAudit;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In Chromium under the site's own CSP: the citation after a verified quotation previews the
 * source's entry and then the passage, the quotation marked; the editor's sourcing page passes axe
 * and logs no CSP error. Screenshots of both go to target/screenshots.
 */
class QuotePassageBrowserTest {

    @TempDir static Path tmp;
    static StaticSite site;

    @BeforeAll
    static void build() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("pier.md"), """
                ---
                title: The pier
                date: 2021-05-01
                ---

                At the March meeting the chair said the old pier “cannot be saved at any
                reasonable cost” [@harbour2019], and Okafor called a pier “a promise made to
                the sea” [@okafor2020].

                The council spent 4.2 million pounds on the new marina in 2018.
                """);
        Files.writeString(src.resolve("sources.bib"), """
                @report{harbour2019, title = {Minutes of the Harbour Board}, author = {{Harbour Board}}, date = {2019-03-12}}
                @book{okafor2020, title = {Piers and Their People}, author = {Okafor, Daniel}, date = {2020}, publisher = {Quay Press}}
                """);
        Files.createDirectories(src.resolve("sources"));
        Files.writeString(src.resolve("sources/harbour2019.txt"), """
                Minutes of the Harbour Board, 12 March 2019.

                The chair opened the meeting at ten. She said that the old pier
                "cannot be saved at any reasonable cost" and that the board would
                seek tenders for its removal before the summer. Mr. Okafor disagreed.
                """);
        Path out = tmp.resolve("site");
        BuildResult result = SiteBuilder.build(SiteConfig.builder(src, out).sourcingReport(true).build());
        assertThat(result.ok()).as(result.diagnostics().all().toString()).isTrue();
        site = StaticSite.serve(out, ContentSecurityPolicy.DEFAULT);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @Test
    void theCitationPreviewsThePassageWithTheQuotationMarked() throws Exception {
        ChromeDriver driver = Browsers.desktopViewport(tmp.resolve("passage"), 1280, 900);
        try {
            Previews previews = new Previews(driver);
            previews.load(site.url("pier.html"));
            WebElement cite = driver.findElement(By.cssSelector(".essay-body a.cite-link[data-passage]"));
            WebElement pv = previews.hover(cite);
            WebElement mark = pv.findElement(By.cssSelector(".pv-passage mark"));
            assertThat(mark.getText()).isEqualTo("cannot be saved at any reasonable cost");
            assertThat(pv.findElements(By.cssSelector(".pv-item"))).hasSize(2);
            assertThat(pv.findElement(By.cssSelector(".pv-passage-from")).getText())
                    .isEqualTo("Quoted from sources/harbour2019.txt, line 4");
            assertThat(pv.findElement(By.cssSelector(".pv-go")).getText()).isEqualTo("Go to source");
            assertThat(Browsers.computedStyle(driver, ".ek-preview .pv-passage mark", null, "background-color"))
                    .isEqualTo("rgb(255, 242, 179)");
            Browsers.screenshot(driver, "quote-passage-preview");
            WebElement other = driver.findElement(By.cssSelector(".essay-body a.cite-link:not([data-passage])"));
            assertThat(previews.hover(other).findElements(By.cssSelector(".pv-passage"))).isEmpty();
            assertThat(Browsers.severeLogs(driver)).isEmpty();
        } finally {
            driver.quit();
        }
    }

    @Test
    void theSourcingPagePassesAxeUnderTheCsp() throws Exception {
        ChromeDriver driver = Browsers.desktopViewport(tmp.resolve("report"), 1000, 900);
        try {
            driver.get(site.url("_editor/sourcing.html")); // no script on this page: loaded is ready
            Previews.waitFor(driver).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
            assertThat(driver.findElement(By.cssSelector("svg.sourcing-chart")).getSize().getWidth()).isEqualTo(360);
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("pier.md:10:1 a number: The council spent 4.2 million pounds on the new marina in 2018.");
            AxeAudit axe = new AxeAudit(driver);
            axe.audit("sourcing report");
            assertThat(axe.violations()).isEmpty();
            Browsers.screenshot(driver, "sourcing-report");
            assertThat(Browsers.severeLogs(driver)).isEmpty();
        } finally {
            driver.quit();
        }
    }
}
