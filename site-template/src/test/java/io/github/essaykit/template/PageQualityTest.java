package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.testkit.AxeAudit;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Console errors under the strict CSP, and an axe-core audit of every page, light and dark. */
class PageQualityTest {
    static final List<String> PAGES = List.of("essay.html", "other.html", "index.html");

    @TempDir static Path tmp;
    static StaticSite site;
    static ChromeDriver driver;
    static Previews previews;

    @BeforeAll
    static void start() throws Exception {
        site = FixtureSite.start(tmp.resolve("site"));
        driver = Browsers.desktop(tmp.resolve("quality"), 1180, 860);
        previews = new Previews(driver);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (site != null) site.close();
    }

    private void open(String page) {
        previews.load(site.url(page));
    }

    /** The first trigger's preview, open and settled (faded in: axe measures its final contrast). */
    private WebElement hoverFirstTrigger() {
        return previews.hover(driver.findElement(By.cssSelector("a[data-preview]")));
    }

    @Test
    void consoleCatchesCspViolations() {
        open("index.html");
        assertThat(Browsers.severeLogsAfterInlineStyle(driver)).as("the CSP is enforced and the log is read")
                .anySatisfy(m -> assertThat(m).contains("Content Security Policy"));
    }

    @Test
    void noConsoleErrorsUnderStrictCsp() {
        for (String page : PAGES) {
            open(page);
            if (!driver.findElements(By.cssSelector("a[data-preview]")).isEmpty()) hoverFirstTrigger();
            previews.close();
            assertThat(Browsers.severeLogs(driver)).as(page).isEmpty();
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolations() throws IOException {
        AxeAudit axe = new AxeAudit(driver);
        // light: every page, the essay also with a preview open; dark: the essay with a preview open
        for (String page : PAGES) {
            open(page);
            axe.audit(page);
            if (page.equals("index.html")) Browsers.screenshot(driver, "desktop-index");
        }
        open("essay.html");
        hoverFirstTrigger();
        axe.audit("essay.html with a preview open");
        Browsers.emulateDark(driver, true);
        open("essay.html");
        axe.audit("essay.html (dark)");
        hoverFirstTrigger();
        axe.audit("essay.html (dark) with a preview open");
        Browsers.screenshot(driver, "desktop-citation-dark");
        Browsers.emulateDark(driver, false);
        axe.writeReport(Path.of("target", "axe-report.txt"));
        assertThat(axe.blocking()).isEmpty();
    }

    @Test
    void printShowsNotesSourcesAndUrlsButNoPreviews() {
        open("essay.html");
        hoverFirstTrigger();
        Browsers.emulatePrint(driver, true);
        try {
            assertThat(display("#ek-preview")).isEqualTo("none");
            assertThat(display("#notes")).isEqualTo("block");
            assertThat(display("#sources")).isEqualTo("block");
            assertThat(display("#ref-may1997 .backrefs")).isEqualTo("none");
            assertThat(display(".skip-link")).isEqualTo("none");
            assertThat(after("#ext-nsa")).contains("https://nsarchive.gwu.edu/");
            assertThat(after("#ref-kaplan2001 .entry-link")).as("the URL is already the text").isIn("none", "normal");
            assertThat(after("#cite-1")).as("internal links print as text").isIn("none", "normal");
        } finally {
            Browsers.emulatePrint(driver, false);
        }
    }

    private String display(String css) {
        return Browsers.computedStyle(driver, css, null, "display");
    }

    private String after(String css) {
        return Browsers.computedStyle(driver, css, "::after", "content");
    }
}
