package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.StaticSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hostile corpus ({@code src/test/resources/hostile-corpus}: the OWASP filter-evasion
 * vectors and ours, in raw HTML, Markdown links and images, front matter, BibTeX and CSL-JSON)
 * built into a site and opened in Chromium, where every element gets pointer and focus events,
 * every link, button and control is focused and clicked, and every preview is opened by a real
 * hover and each link inside it clicked. Each payload would call
 * {@code alert}: a script run before any page's own records every call, and the test asserts
 * there were none. The site is served twice: as built (the CSP in each page's meta, no header)
 * and with the CSP stripped, so that the cleaner and the URL policy are shown to hold on their own.
 */
class HostileCorpusBrowserTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "hostile-corpus");
    static final String CLICKABLE = "a, area, button, input, select, textarea, summary, details, label, video, audio, iframe, "
            + "[onclick], [tabindex], [role=button], svg a, [data-preview]";

    /** Records every alert/confirm/prompt (in every frame) and every CSP violation. */
    static final String HOOK = """
            (function () {
              function record(how) { return function (x) {
                var msg = 'XSS-RAN ' + how + ' ' + x + ' at ' + location.href;
                try { console.error(msg); } catch (e) {}
                try { (window.top.__xss = window.top.__xss || []).push(msg); } catch (e) {}
                try { (window.__xss = window.__xss || []).push(msg); } catch (e) {}
                try { sessionStorage.setItem('xss', (sessionStorage.getItem('xss') || '') + msg + '\\n'); } catch (e) {}
              }; }
              window.alert = record('alert'); window.confirm = record('confirm'); window.prompt = record('prompt');
              document.addEventListener('securitypolicyviolation', function (e) {
                var msg = e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '');
                try { (window.top.__csp = window.top.__csp || []).push(msg); } catch (x) {}
                try { sessionStorage.setItem('csp', (sessionStorage.getItem('csp') || '') + msg + '\\n'); } catch (x) {}
              });
            })();""";

    /** Pointer and focus events on every element, so that any handler left on any element fires. */
    static final String POINT_AT_EVERYTHING = """
            document.querySelectorAll('body *').forEach(function (e) {
              ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup',
               'focus', 'focusin', 'blur', 'keydown', 'animationstart', 'transitionend', 'toggle', 'load', 'error']
                .forEach(function (type) { e.dispatchEvent(new Event(type, {bubbles: false})); });
            });""";

    /** Focuses and clicks every match that does not load another page; returns the indexes of those that would. */
    static final String CLICK_WHAT_STAYS = """
            var here = location.href.split('#')[0], leaving = [];
            document.querySelectorAll(arguments[0]).forEach(function (e, i) {
              var href = e.href && (e.href.baseVal !== undefined ? e.href.baseVal : e.href);
              if (href && /^(https?|mailto):/i.test(new URL(href, location.href).protocol + '')
                  && new URL(href, location.href).href.split('#')[0] !== here) { leaving.push(i); return; }
              if (e.focus) e.focus();
              if (e.click && !(e instanceof SVGElement)) e.click();
              else e.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));
            });
            return leaving;""";

    @TempDir static Path tmp;
    static Path built;
    static StaticSite asBuilt;
    static StaticSite withoutCsp;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Path src = tmp.resolve("src");
        StaticSite.copyTree(CORPUS, src);
        built = tmp.resolve("site");
        BuildResult result = SiteBuilder.build(SiteConfig.defaults(src, built));
        assertThat(result.diagnostics().errors()).as("the hostile corpus builds").isEmpty();
        Path stripped = tmp.resolve("stripped");
        StaticSite.copyTree(built, stripped);
        for (Path page : pages(stripped)) {
            Files.writeString(page, Files.readString(page).replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""));
        }
        // controls: the hook must see a payload that does run, and the meta CSP must stop it
        String payload = "<p><img src=\"x\" onerror=\"alert('control')\"><a id=\"js\" href=\"javascript:alert('click')\">js</a>"
                + "<iframe srcdoc=\"&lt;script&gt;alert('frame')&lt;/script&gt;\"></iframe></p>";
        Files.writeString(stripped.resolve("control.html"), "<!DOCTYPE html><title>c</title>" + payload);
        String meta = Files.readString(built.resolve("index.html")).replaceAll("(?s).*(<meta http-equiv=\"Content-Security-Policy\"[^>]*>).*", "$1");
        Files.writeString(built.resolve("control.html"), "<!DOCTYPE html><head>" + meta + "<title>c</title></head>" + payload);
        asBuilt = StaticSite.serve(built, null);
        withoutCsp = StaticSite.serve(stripped, null);
        driver = Browsers.desktop(tmp.resolve("chrome"), 1100, 900); // below the sidenote width: notes open previews
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*example.org*", "*doi.org*", "*xss.example*")));
        wait = new WebDriverWait(driver, Duration.ofSeconds(3), Duration.ofMillis(20));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (asBuilt != null) asBuilt.close();
        if (withoutCsp != null) withoutCsp.close();
    }

    @Test
    void theHookSeesAPayloadThatRunsAndTheMetaPolicyStopsIt() {
        open(withoutCsp.url("control.html"));
        click(0, "a");
        assertThat(recorded("xss")).as("payloads run on a page with no policy, and the hook sees them")
                .contains("XSS-RAN alert control", "XSS-RAN alert click", "XSS-RAN alert frame");
        open(asBuilt.url("control.html"));
        click(0, "a");
        assertThat(recorded("xss")).as("the page's own meta policy stops them").isEmpty();
        assertThat(recorded("csp")).as("and reports what it stopped").contains("script-src-attr", "script-src-elem");
    }

    @Test
    void nothingRunsWithThePolicyInPlace() throws IOException {
        List<String> ran = exercise(asBuilt, built);
        assertThat(ran).isEmpty();
    }

    @Test
    void nothingRunsEvenWithoutThePolicy() throws IOException {
        List<String> ran = exercise(withoutCsp, tmp.resolve("stripped"));
        assertThat(ran).isEmpty();
    }

    /** Every page: point at, focus and click everything, open every preview; what ran, and any CSP violation. */
    private List<String> exercise(StaticSite site, Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        int clicks = 0;
        int previews = 0;
        for (Path page : pages(dir)) {
            String name = dir.relativize(page).toString();
            if (name.equals("control.html")) continue;
            String url = site.url(name);
            open(url);
            driver.executeScript(POINT_AT_EVERYTHING);
            int count = count(CLICKABLE);
            assertThat(count).as(name + ": something to click").isPositive();
            // what stays on the page is clicked in one go; each link that leaves it, one by one
            @SuppressWarnings("unchecked")
            List<Number> leaving = (List<Number>) driver.executeScript(CLICK_WHAT_STAYS, CLICKABLE);
            clicks += count - leaving.size();
            for (Number i : leaving) {
                if (!driver.getCurrentUrl().startsWith(url)) open(url);
                click(i.intValue(), CLICKABLE);
                clicks++;
            }
            open(url);
            List<WebElement> triggers = driver.findElements(By.cssSelector("a[data-preview]"));
            for (int i = 0; i < triggers.size(); i++) {
                if (!driver.getCurrentUrl().startsWith(url)) {
                    open(url);
                    triggers = driver.findElements(By.cssSelector("a[data-preview]"));
                }
                if (!openPreview(triggers.get(i))) continue;
                previews++;
                int inside = count("#ek-preview a");
                for (int k = 0; k < inside; k++) {
                    click(k, "#ek-preview a"); // a hidden preview's links are clicked all the same
                }
                new Actions(driver).moveToLocation(1, 1).perform();
            }
            problems.addAll(recorded("xss").lines().map(l -> name + ": " + l).toList());
            problems.addAll(recorded("csp").lines().map(l -> name + ": CSP violation " + l).toList());
            for (String log : Browsers.severeLogs(driver)) {
                if (log.contains("XSS-RAN") || log.contains("Content Security Policy")) problems.add(name + ": " + log);
            }
        }
        System.out.printf("HostileCorpusBrowserTest: %d pages, %d elements clicked, %d previews opened%n",
                pages(dir).size() - 1, clicks, previews);
        assertThat(clicks).as("elements clicked").isGreaterThan(60);
        assertThat(previews).as("previews opened").isGreaterThan(5);
        return problems;
    }

    private static void open(String url) {
        driver.get(url);
        wait.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    private static int count(String css) {
        return ((Number) driver.executeScript("return document.querySelectorAll(arguments[0]).length", css)).intValue();
    }

    /** Focuses and clicks the i-th match as a reader's click would (SVG links get a real MouseEvent). */
    private static void click(int i, String css) {
        driver.executeScript("""
                var e = document.querySelectorAll(arguments[0])[arguments[1]];
                if (!e) return;
                if (e.focus) e.focus();
                if (e.click && !(e instanceof SVGElement)) e.click();
                else e.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));""", css, i);
    }

    private static boolean openPreview(WebElement trigger) {
        if (!trigger.isDisplayed()) return false;
        new Actions(driver).moveToElement(trigger).perform();
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "var p = document.querySelector('div.ek-preview'); return !!p && !p.hidden && p.getBoundingClientRect().height > 0")));
        return true;
    }

    /** What the hook recorded in this origin's session (and drains it). */
    private static String recorded(String key) {
        Object value = driver.executeScript("var v = sessionStorage.getItem(arguments[0]) || ''; "
                + "sessionStorage.removeItem(arguments[0]); return v", key);
        return value == null ? "" : value.toString();
    }

    private static List<Path> pages(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
