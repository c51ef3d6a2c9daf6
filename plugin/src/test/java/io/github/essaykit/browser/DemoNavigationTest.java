package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.github.essaykit.testkit.AxeAudit;
import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Finding one's way in the demo's main essay: heading numbers that match the references, heading
 * self-links, the table of contents (beside the text at 1100 and 1500 px, a box to open on a
 * phone held either way), the section being read marked in it, back to top and the reading time.
 * Real Chromium under the site's strict CSP; screenshots in target/screenshots.
 */
class DemoNavigationTest {
    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(DemoSite::start,
            work -> Browsers.desktopViewport(work, 1500, 900));
    final StaticSite site = session.site();
    final ChromeDriver desktop = session.driver();
    final Previews previews = session.previews();

    private static Object js(ChromeDriver driver, String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private void load(int width, String page) {
        Browsers.resizeViewport(desktop, width, 900);
        Browsers.emulateDark(desktop, false);
        previews.load(site.url(page));
    }

    @Test
    void everyNumberedReferenceNamesTheNumberItsHeadingShowsOnScreenAndInPrint() throws Exception {
        load(1100, DemoSite.ESSAY);
        List<WebElement> refs = desktop.findElements(By.cssSelector(".essay-body a.xref[href^='#sec-']"));
        assertThat(refs).hasSizeGreaterThanOrEqualTo(4);
        for (WebElement ref : refs) {
            WebElement heading = desktop.findElement(By.id(ref.getAttribute("href").replaceFirst(".*#", "")));
            String number = heading.findElement(By.cssSelector(".secnum")).getText();
            assertThat(ref.getText()).as(ref.getAttribute("outerHTML")).matches("(Section )?" + number.replace(".", "\\."));
            assertThat(heading.findElement(By.cssSelector(".secnum")).isDisplayed()).isTrue();
        }
        Browsers.emulatePrint(desktop, true);
        try {
            assertThat(Browsers.computedStyle(desktop, "#sec-secret .secnum", null, "display")).isEqualTo("inline");
            assertThat(desktop.findElement(By.id("sec-secret")).getText()).isEqualTo("5 Keeping the secret");
            assertThat(Browsers.computedStyle(desktop, ".toc", null, "display")).isEqualTo("none");
            assertThat(Browsers.computedStyle(desktop, "#sec-secret .heading-link", "::after", "display")).isEqualTo("none");
            Browsers.screenshot(desktop, "nav-print-1100");
        } finally {
            Browsers.emulatePrint(desktop, false);
        }
    }

    @Test
    void aHeadingShowsItsLinkMarkOnHoverAndKeyboardFocusOnly() {
        load(1500, DemoSite.ESSAY);
        String mark = "#sec-trade > .heading-link";
        js(desktop, "document.getElementById('sec-trade').scrollIntoView({block:'center'})");
        new Actions(desktop).moveToLocation(2, 2).perform();
        assertThat(Browsers.computedStyle(desktop, mark, "::after", "content")).isEqualTo("\"#\" / \"\"");
        previews.await().until(d -> Browsers.computedStyle(desktop, mark, "::after", "opacity").equals("0"));
        new Actions(desktop).moveToElement(desktop.findElement(By.id("sec-trade"))).perform();
        previews.await().until(d -> Browsers.computedStyle(desktop, mark, "::after", "opacity").equals("1"));
        new Actions(desktop).moveToLocation(2, 2).perform();
        previews.await().until(d -> Browsers.computedStyle(desktop, mark, "::after", "opacity").equals("0"));
        // the link is named by the heading alone: nothing extra for a screen reader
        WebElement link = desktop.findElement(By.cssSelector(mark));
        assertThat(link.getAttribute("href")).endsWith(DemoSite.ESSAY + "#sec-trade");
        assertThat(link.getAccessibleName()).isEqualTo("4 The trade");
        js(desktop, "document.querySelector(arguments[0]).focus()", "#sec-saturday > .heading-link");
        new Actions(desktop).sendKeys(Keys.TAB).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(desktop.switchTo().activeElement()).isEqualTo(desktop.findElement(By.cssSelector("#sec-saturday > .heading-link")));
        previews.await().until(d -> Browsers.computedStyle(desktop, "#sec-saturday > .heading-link", "::after", "opacity").equals("1"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1100, 1500})
    void theTableOfContentsStaysBesideTheTextAndMarksTheSectionBeingRead(int width) throws Exception {
        load(width, DemoSite.ESSAY);
        WebElement toc = desktop.findElement(By.cssSelector(".toc details"));
        previews.await().until(d -> toc.getAttribute("open") != null);
        Rectangle box = toc.getRect();
        Rectangle text = desktop.findElement(By.cssSelector(".essay-body")).getRect();
        assertThat(box.x).as("inside the window").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("left of the text").isLessThanOrEqualTo(text.x);
        List<WebElement> entries = desktop.findElements(By.cssSelector(".toc-list a"));
        assertThat(entries).extracting(WebElement::getText).startsWith("1 The story everyone learned",
                "2 Why the missiles went to Cuba", "2.1 A first strike on paper");
        assertThat(entries).allSatisfy(a -> assertThat(desktop.findElement(By.id(a.getAttribute("hash").substring(1)))
                .findElement(By.cssSelector(".heading-link")).getText()).isEqualTo(a.getText()));
        Browsers.screenshot(desktop, "nav-toc-" + width + "-top");

        // read on: the table stays in view and marks the section whose heading has passed
        js(desktop, "document.getElementById('sec-saturday').scrollIntoView({block:'start'}); scrollBy(0, 80)");
        previews.await().until(d -> "true".equals(desktop.findElement(By.cssSelector(".toc-list a[href='#sec-saturday']"))
                .getAttribute("aria-current")));
        assertThat(desktop.findElements(By.cssSelector(".toc-list a[aria-current]"))).hasSize(1);
        assertThat(tocInside()).as("the section 4.2 sits in").containsExactly("#sec-trade");
        Rectangle stuck = toc.getRect();
        double scrollY = Browsers.number(desktop, "return scrollY");
        assertThat(stuck.y - scrollY).as("kept in view while reading").isBetween(0.0, 40.0);
        WebElement top = desktop.findElement(By.cssSelector(".toc-top a"));
        assertThat(top.isDisplayed()).isTrue();
        Browsers.screenshot(desktop, "nav-toc-" + width + "-reading");
        Browsers.emulateDark(desktop, true);
        Browsers.screenshot(desktop, "nav-toc-" + width + "-dark");
        Browsers.emulateDark(desktop, false);

        // a heading with a subheading right under it: following its entry marks the subheading
        // (the text read next is the subheading's) and the heading's entry as the section it is in
        WebElement trade = desktop.findElement(By.cssSelector(".toc-list a[href='#sec-trade']"));
        trade.click();
        previews.await().until(d -> js(desktop, "return location.hash").equals("#sec-trade"));
        WebElement hunch = desktop.findElement(By.cssSelector(".toc-list a[href='#sec-hunch']"));
        previews.await().until(d -> "true".equals(hunch.getAttribute("aria-current")));
        assertThat(desktop.findElements(By.cssSelector(".toc-list a[aria-current]"))).hasSize(1);
        assertThat(tocInside()).containsExactly("#sec-trade");
        assertThat(Browsers.computedStyle(desktop, ".toc-list a[href='#sec-trade']", null, "border-left-color"))
                .as("marked in the accent colour, as the current entry")
                .isEqualTo(Browsers.computedStyle(desktop, ".toc-list a[aria-current]", null, "border-left-color"));
        new Actions(desktop).moveToLocation(2, 2).perform();
        Browsers.screenshot(desktop, "nav-toc-" + width + "-heading-and-subheading");

        // the keyboard: an entry leads to its heading, which becomes the marked one; a top-level
        // section marks nothing else
        WebElement secret = desktop.findElement(By.cssSelector(".toc-list a[href='#sec-secret']"));
        js(desktop, "arguments[0].focus()", secret);
        new Actions(desktop).sendKeys(Keys.ENTER).perform();
        previews.await().until(d -> js(desktop, "return location.hash").equals("#sec-secret"));
        previews.await().until(d -> "true".equals(secret.getAttribute("aria-current")));
        assertThat(tocInside()).isEmpty();
        double headingTop = Browsers.number(desktop, "return document.getElementById('sec-secret').getBoundingClientRect().top");
        assertThat(headingTop).isBetween(0.0, 60.0);

        // back to top
        js(desktop, "arguments[0].focus()", top);
        new Actions(desktop).sendKeys(Keys.ENTER).perform();
        previews.await().until(d -> Browsers.number(desktop, "return scrollY") < 200);
    }

    /** The entries marked as the sections the current one sits in. */
    private List<String> tocInside() {
        return desktop.findElements(By.cssSelector(".toc-list a.ek-toc-in")).stream().map(a -> a.getAttribute("hash")).toList();
    }

    @Test
    void newElementsPassAxeInLightAndDarkWithThePreviewsOfSources() {
        for (boolean dark : new boolean[] {false, true}) {
            load(1500, DemoSite.ESSAY);
            Browsers.emulateDark(desktop, dark);
            js(desktop, "document.getElementById('sec-trade').scrollIntoView({block:'start'})");
            previews.hover(desktop.findElement(By.cssSelector("a.cite-link[data-preview='ref-kennedy1969']")));
            @SuppressWarnings("deprecation")
            Results results = new AxeBuilder().withTags(AxeAudit.TAGS).setLegacyMode(true)
                    .include(".toc").include(".essay-body h2").include(".essay-body h3").include(".byline")
                    .include(".back-to-top").include("#ek-preview").include(".bibliography h2").analyze(desktop);
            assertThat(results.getViolations()).as(dark ? "dark" : "light")
                    .extracting(r -> r.getId() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                    .isEmpty();
            assertThat(results.getPasses()).extracting(Rule::getId).contains("color-contrast", "link-name");
            previews.close();
        }
        Browsers.emulateDark(desktop, false);
    }

    @Test
    void anEmptyLinkToAnotherEssaysSectionNamesTheNumberThatHeadingShows() {
        load(1100, DemoSite.ESSAY);
        String text = desktop.findElement(By.cssSelector("a.essay-link[href='what-the-tapes-show.html#sec-transcripts']")).getText();
        load(1100, "what-the-tapes-show.html");
        String number = desktop.findElement(By.cssSelector("#sec-transcripts .secnum")).getText();
        assertThat(text).isEqualTo("Section " + number + " of What the Tapes Show");
    }

    @Test
    void theIndexAndTheEssayTellTheSameReadingTime() throws Exception {
        load(1100, "index.html");
        WebElement card = desktop.findElement(By.cssSelector(".essay-item:has(a[href='" + DemoSite.ESSAY + "']) .reading-time"));
        assertThat(desktop.findElements(By.cssSelector(".essay-meta .reading-time"))).hasSize(3)
                .allSatisfy(t -> assertThat(t.getText()).matches("\\d+ min read"));
        String onIndex = card.getText();
        Browsers.screenshot(desktop, "nav-index-reading-time");
        load(1100, DemoSite.ESSAY);
        assertThat(desktop.findElement(By.cssSelector(".byline .reading-time")).getText()).isEqualTo(onIndex);
        assertThat(Browsers.computedStyle(desktop, ".byline .reading-time", "::before", "content")).isEqualTo("\"·\" / \"\"");
    }

    /** A phone held upright and on its side: the table is a box at the top, closed until tapped. */
    @ParameterizedTest
    @ValueSource(strings = {"390x844", "844x390"})
    void onAPhoneTheTableIsABoxToOpen(String size) throws Exception {
        String[] wh = size.split("x");
        ChromeDriver phone = Browsers.phone(session.work().resolve("phone-" + size), Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        try {
            Previews p = new Previews(phone);
            p.load(site.url(DemoSite.ESSAY));
            WebElement details = phone.findElement(By.cssSelector(".toc details"));
            WebElement summary = phone.findElement(By.cssSelector(".toc summary"));
            assertThat(details.getAttribute("open")).isNull();
            Rectangle header = phone.findElement(By.cssSelector(".essay-header")).getRect();
            Rectangle closed = phone.findElement(By.cssSelector(".toc")).getRect();
            assertThat(closed.y).as("right under the title").isGreaterThanOrEqualTo(header.y + header.height);
            assertThat(closed.x + closed.width).isLessThanOrEqualTo(Integer.parseInt(wh[0]));
            assertThat(summary.getSize().height).as("a tap target").isGreaterThanOrEqualTo(24);
            js(phone, "arguments[0].scrollIntoView({block:'center'})", summary);
            Browsers.tap(phone, summary);
            p.await().until(d -> details.getAttribute("open") != null);
            Browsers.screenshot(phone, "nav-toc-phone-" + size);
            WebElement entry = phone.findElement(By.cssSelector(".toc-list a[href='#sec-secret']"));
            assertThat(entry.getSize().height).as("a tap target").isGreaterThanOrEqualTo(24);
            Browsers.tap(phone, entry);
            p.await().until(d -> js(phone, "return location.hash").equals("#sec-secret"));
            p.await().until(d -> Math.abs(Browsers.number(phone,
                    "return document.getElementById('sec-secret').getBoundingClientRect().top")) < 60);
            p.await().until(d -> "true".equals(entry.getAttribute("aria-current"))); // marked on a phone too
            // the end of the essay leads back to the top
            WebElement back = phone.findElement(By.cssSelector(".back-to-top a"));
            js(phone, "arguments[0].scrollIntoView({block:'center'})", back);
            assertThat(back.getSize().height).isGreaterThanOrEqualTo(24);
            Browsers.tap(phone, back);
            p.await().until(d -> Browsers.number(phone, "return scrollY") < 200);
            Browsers.emulateDark(phone, true);
            Browsers.tap(phone, summary);
            p.await().until(d -> details.getAttribute("open") == null);
            Browsers.screenshot(phone, "nav-toc-phone-" + size + "-dark");
        } finally {
            phone.quit();
        }
    }

    @Test
    void withoutTheScriptTheTableIsPlainLinks() throws Exception {
        ChromeDriver plain = Browsers.noScript(session.work().resolve("noscript"));
        try {
            plain.get(site.url(DemoSite.ESSAY));
            assertThat(plain.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("ek-js");
            plain.findElement(By.cssSelector(".toc summary")).click();
            WebElement entry = plain.findElement(By.cssSelector(".toc-list a[href='#sec-days']"));
            Previews.waitFor(plain).until(d -> entry.isDisplayed());
            entry.click();
            Previews.waitFor(plain).until(d -> js(plain, "return location.hash").equals("#sec-days"));
            assertThat((Map<?, ?>) js(plain, "const r = document.getElementById('sec-days').getBoundingClientRect();"
                    + "return {top: r.top}")).satisfies(r -> assertThat(((Number) r.get("top")).doubleValue()).isBetween(-1.0, 60.0));
        } finally {
            plain.quit();
        }
    }
}
