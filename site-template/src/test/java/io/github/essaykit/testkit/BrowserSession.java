package io.github.essaykit.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A served site and, when asked for, one Chromium, shared by every test of a class: started
 * before its first test, closed after its last, in a work folder of their own (deleted then).
 * Registered as a static field,
 * <pre>{@code
 * @RegisterExtension static final BrowserSession session =
 *         BrowserSession.of(FixtureSite::start, work -> Browsers.desktopViewport(work, 1100, 800));
 * final ChromeDriver driver = session.driver();   // test instances are made after beforeAll
 * }</pre>
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {
    /** Builds or copies a site into {@code work} and serves it. */
    @FunctionalInterface
    public interface SiteStarter {
        StaticSite start(Path work) throws IOException;
    }

    /** Starts a browser whose profile lives in {@code work}. */
    @FunctionalInterface
    public interface BrowserStarter {
        ChromeDriver start(Path work) throws IOException;
    }

    private final SiteStarter siteStarter;
    private final BrowserStarter browserStarter;
    private Path work;
    private StaticSite site;
    private ChromeDriver driver;
    private Previews previews;

    private BrowserSession(SiteStarter siteStarter, BrowserStarter browserStarter) {
        this.siteStarter = siteStarter;
        this.browserStarter = browserStarter;
    }

    /** The site and one browser for the class. */
    public static BrowserSession of(SiteStarter site, BrowserStarter browser) {
        return new BrowserSession(site, browser);
    }

    /** The site only: the class starts its own browsers (each test another device). */
    public static BrowserSession siteOnly(SiteStarter site) {
        return new BrowserSession(site, null);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        work = Files.createTempDirectory("browser-" + context.getRequiredTestClass().getSimpleName() + "-");
        site = siteStarter.start(work.resolve("site"));
        if (browserStarter != null) {
            driver = browserStarter.start(work.resolve("browser"));
            previews = new Previews(driver);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (site != null) site.close();
            driver = null;
            site = null;
            if (work != null) deleteTree(work);
        }
    }

    public StaticSite site() {
        return require(site, "site");
    }

    public ChromeDriver driver() {
        return require(driver, "browser");
    }

    public Previews previews() {
        return require(previews, "browser");
    }

    /** The session's work folder, for the class's own browsers and files. */
    public Path work() {
        return require(work, "work folder");
    }

    private static <T> T require(T value, String what) {
        if (value == null) throw new IllegalStateException("no " + what + ": register BrowserSession as a static @RegisterExtension field"
                + " (BrowserSession.of for a browser) and use it from tests or instance fields");
        return value;
    }

    /** Best effort: a browser's helper process may still be writing its profile as it exits (target/ is cleaned anyway). */
    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            System.err.println("BrowserSession: could not delete " + dir + ": " + e);
        }
    }
}
