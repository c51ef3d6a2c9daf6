package io.github.essaykit.template;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Headless Debian Chromium with the matching /usr/bin/chromedriver (see browser-tests.md). */
final class Browsers {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browsers() {}

    /** A desktop window of the given size. */
    static ChromeDriver desktop(Path work, int width, int height) throws IOException {
        return start(work, options(width, height));
    }

    /** An emulated 390×844 touch phone. */
    static ChromeDriver phone(Path work) throws IOException {
        ChromeOptions o = options(390, 844);
        o.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true, "mobile", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/156.0.0.0 Mobile Safari/537.36"));
        return start(work, o);
    }

    /** A desktop window with JavaScript switched off. */
    static ChromeDriver noScript(Path work) throws IOException {
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

    /** Console messages at SEVERE since the last call (reading drains the log). */
    static List<String> severeLogs(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    static void emulateDark(ChromeDriver driver, boolean dark) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("name", "prefers-color-scheme");
        feature.put("value", dark ? "dark" : "light");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(feature)));
    }
}
