package io.github.essaykit.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium with the matching /usr/bin/chromedriver (see browser-tests.md), shared
 * by the real-browser tests of site-template and plugin (published as site-template's test-jar).
 */
public final class Browsers {
    /** Where {@link #screenshot} writes: always {@code target/screenshots} of the running module. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browsers() {}

    /** A desktop window of the given size (the viewport is smaller by the window frame). */
    public static ChromeDriver desktop(Path work, int width, int height) throws IOException {
        return start(work, options(width, height));
    }

    /** A desktop window whose viewport (innerWidth × innerHeight) has the given size. */
    public static ChromeDriver desktopViewport(Path work, int width, int height) throws IOException {
        ChromeDriver driver = start(work, options(width, height));
        resizeViewport(driver, width, height);
        return driver;
    }

    /** Resizes a desktop window so that its viewport (innerWidth × innerHeight) has the given size. */
    public static void resizeViewport(ChromeDriver driver, int width, int height) {
        Dimension window = driver.manage().window().getSize();
        // headless Chromium keeps room for its window frame: size the window by the difference
        int dw = width - (int) number(driver, "return innerWidth");
        int dh = height - (int) number(driver, "return innerHeight");
        if (dw != 0 || dh != 0) driver.manage().window().setSize(new Dimension(window.width + dw, window.height + dh));
    }

    /** An emulated 390×844 touch phone. */
    public static ChromeDriver phone(Path work) throws IOException {
        return phone(work, 390, 844);
    }

    /** An emulated touch phone of the given size: 390×844 upright, 844×390 on its side. */
    public static ChromeDriver phone(Path work, int width, int height) throws IOException {
        ChromeOptions o = options(width, height);
        o.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true, "mobile", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/156.0.0.0 Mobile Safari/537.36"));
        return start(work, o);
    }

    /** A desktop window with JavaScript switched off. */
    public static ChromeDriver noScript(Path work) throws IOException {
        ChromeOptions o = options(1280, 900);
        o.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        return start(work, o);
    }

    private static ChromeOptions options(int width, int height) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--lang=en-US", "--force-color-profile=srgb");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        return o;
    }

    private static ChromeDriver start(Path work, ChromeOptions o) throws IOException {
        Path profile = Files.createDirectories(work.resolve("profile"));
        Path home = Files.createDirectories(work.resolve("home"));
        o.addArguments("--user-data-dir=" + profile);
        Files.createDirectories(Path.of("target"));
        ChromeDriverService svc = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString(),
                        "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                        "XDG_CACHE_HOME", home.resolve(".cache").toString()))
                .withLogFile(new File("target/chromedriver-" + work.getFileName() + ".log"))
                .build();
        return new ChromeDriver(svc, o);
    }

    /**
     * Records every CSP violation in {@code window.__violations} from the very start of each page,
     * before its own scripts run (DevTools scripts are not under the page's CSP).
     */
    public static ChromeDriver recordingCspViolations(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__violations = [];
                document.addEventListener('securitypolicyviolation',
                  e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"""));
        return driver;
    }

    /** Console messages at SEVERE since the last call (reading drains the log). */
    public static List<String> severeLogs(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Drains the console, sets an inline style (which {@code default-src 'self'} forbids) and
     * returns the SEVERE messages that followed: proof that the CSP is enforced and the log is read.
     */
    public static List<String> severeLogsAfterInlineStyle(ChromeDriver driver) {
        severeLogs(driver);
        driver.executeScript("document.body.setAttribute('style', 'color: red')");
        return severeLogs(driver);
    }

    /** A screenshot into {@link #SCREENSHOTS}. */
    public static Path screenshot(ChromeDriver driver, String name) throws IOException {
        return screenshot(driver, SCREENSHOTS, name);
    }

    /** A screenshot into {@link #screenshotDir()}: the pictures that the README shows. */
    public static Path publishedScreenshot(ChromeDriver driver, String name) throws IOException {
        return screenshot(driver, screenshotDir(), name);
    }

    private static Path screenshot(ChromeDriver driver, Path folder, String name) throws IOException {
        Path dir = Files.createDirectories(folder);
        Path file = dir.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * Where published screenshots go: {@code target/screenshots}, or the folder given as
     * {@code -Dessaykit.screenshots=docs/screenshots}; a relative folder is taken from the
     * repository root (the parent of the module), so the README's pictures can be renewed.
     */
    public static Path screenshotDir() {
        String dir = System.getProperty("essaykit.screenshots", "");
        if (dir.isBlank()) return SCREENSHOTS;
        Path p = Path.of(dir);
        if (p.isAbsolute()) return p;
        Path cwd = Path.of("").toAbsolutePath();
        Path root = Files.isRegularFile(cwd.resolve("../pom.xml")) && Files.isDirectory(cwd.resolve("../content"))
                ? cwd.getParent() : cwd;
        return root.resolve(p);
    }

    /** {@code prefers-color-scheme: dark} (or light) through the DevTools protocol. */
    public static void emulateDark(ChromeDriver driver, boolean dark) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("name", "prefers-color-scheme");
        feature.put("value", dark ? "dark" : "light");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(feature)));
    }

    /**
     * The viewport of this browser set to {@code width × height} through the DevTools protocol; a
     * phone is a mobile, touch device (pointer: coarse), as in {@link #phone}. One browser can so
     * visit every size in turn; {@link #clearDevice} goes back to the window's own size.
     */
    public static void emulateDevice(ChromeDriver driver, int width, int height, boolean phone) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", phone));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", phone, "maxTouchPoints", phone ? 5 : 1));
    }

    public static void clearDevice(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    /** The print media type on, or back to the screen. */
    public static void emulatePrint(ChromeDriver driver, boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** A computed style property of the first element matching {@code css}; {@code pseudo} may be null. */
    public static String computedStyle(ChromeDriver driver, String css, String pseudo, String property) {
        return (String) driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0]), arguments[1])[arguments[2]]",
                css, pseudo, property);
    }

    /** A W3C touch tap (pointer down and up) on the centre of an element. */
    public static void tap(ChromeDriver driver, WebElement target) {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(target), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        driver.perform(List.of(tap));
    }

    /** A touch tap at viewport coordinates (the page is not scrolled first). */
    public static void tapAt(ChromeDriver driver, int x, int y) {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), x, y))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        driver.perform(List.of(tap));
    }

    /**
     * A visible point of plain text (no link, button or preview under it) in the viewport, as
     * {x, y}; a reader's "tap elsewhere".
     */
    public static int[] plainPoint(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) driver.executeScript("""
                const pv = document.getElementById('ek-preview');
                for (let y = 10; y < innerHeight; y += 7) for (let x = 20; x < innerWidth - 20; x += 23) {
                  const e = document.elementFromPoint(x, y);
                  if (e && e.closest('p, h1, h2, h3, li, td, th, figcaption') && !e.closest('a, button, [tabindex], #ek-preview, .ek-sidenote')
                      && !(pv && pv.contains(e))) return [x, y];
                }
                return null;""");
        if (xy == null) throw new AssertionError("no plain text in the viewport");
        return new int[] {xy.get(0).intValue(), xy.get(1).intValue()};
    }

    public static void tapElsewhere(ChromeDriver driver) {
        int[] xy = plainPoint(driver);
        tapAt(driver, xy[0], xy[1]);
    }

    public static double number(ChromeDriver driver, String script, Object... args) {
        return ((Number) driver.executeScript(script, args)).doubleValue();
    }
}
