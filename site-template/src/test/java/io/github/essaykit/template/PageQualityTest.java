package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Console errors under the strict CSP, and an axe-core audit of every page, light and dark. */
class PageQualityTest {
    static final List<String> PAGES = List.of("essay.html", "other.html", "index.html");
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    @TempDir static Path tmp;
    static FixtureSite site;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        site = FixtureSite.start(tmp.resolve("site"));
        driver = Browsers.desktop(tmp.resolve("quality"), 1180, 860);
        wait = new WebDriverWait(driver, Duration.ofSeconds(3), Duration.ofMillis(20));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (site != null) site.close();
    }

    private void open(String page) {
        driver.get(site.url(page));
        wait.until(d -> !d.findElements(By.cssSelector("html.ek-js")).isEmpty());
    }

    private WebElement hoverFirstTrigger() {
        WebElement trigger = driver.findElement(By.cssSelector("a[data-preview]"));
        new Actions(driver).moveToElement(trigger).perform();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ek-preview")));
    }

    @Test
    void consoleCatchesCspViolations() {
        open("index.html");
        Browsers.severeLogs(driver);
        driver.executeScript("document.body.setAttribute('style', 'color: red')");
        assertThat(Browsers.severeLogs(driver)).as("the CSP is enforced and the log is read")
                .anySatisfy(m -> assertThat(m).contains("Content Security Policy"));
    }

    @Test
    void noConsoleErrorsUnderStrictCsp() {
        for (String page : PAGES) {
            open(page);
            if (!driver.findElements(By.cssSelector("a[data-preview]")).isEmpty()) hoverFirstTrigger();
            new Actions(driver).moveToLocation(2, 2).perform();
            assertThat(Browsers.severeLogs(driver)).as(page).isEmpty();
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolations() throws IOException {
        List<String> report = new ArrayList<>();
        List<String> blocking = new ArrayList<>();
        // light: every page, the essay also with a preview open; dark: the essay with a preview open
        for (String page : PAGES) {
            open(page);
            audit(page, report, blocking);
            if (page.equals("index.html")) Browsers.screenshot(driver, "desktop-index");
        }
        open("essay.html");
        hoverFirstTrigger();
        audit("essay.html with a preview open", report, blocking);
        Browsers.emulateDark(driver, true);
        open("essay.html");
        audit("essay.html (dark)", report, blocking);
        hoverFirstTrigger();
        audit("essay.html (dark) with a preview open", report, blocking);
        Browsers.screenshot(driver, "desktop-citation-dark");
        Browsers.emulateDark(driver, false);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "axe-report.txt"), report);
        assertThat(blocking).isEmpty();
    }

    @Test
    void printShowsNotesSourcesAndUrlsButNoPreviews() {
        open("essay.html");
        hoverFirstTrigger();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
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
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    private String display(String css) {
        return (String) driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).display", css);
    }

    private String after(String css) {
        return (String) driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0]), '::after').content", css);
    }

    private void audit(String label, List<String> report, List<String> blocking) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
        report.add(label + ": " + results.getPasses().size() + " rules pass, "
                + results.getViolations().size() + " violated, " + results.getIncomplete().size() + " incomplete ("
                + results.getIncomplete().stream().map(Rule::getId).collect(Collectors.joining(", ")) + ")");
        for (Rule rule : results.getViolations()) {
            String line = "  " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " @ "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
            report.add(line);
            if (BLOCKING.contains(rule.getImpact())) blocking.add(label + line);
        }
    }
}
