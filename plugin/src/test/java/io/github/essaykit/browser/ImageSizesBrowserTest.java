package io.github.essaykit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.testkit.BrowserSession;
import io.github.essaykit.testkit.Browsers;
import io.github.essaykit.testkit.Previews;
import io.github.essaykit.testkit.StaticSite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Image sizes in percent, em and inches ({@code {width=50%}}), which pandoc writes as inline
 * style, applied in Chromium under the page's {@code style-src 'self'} through the site's size
 * stylesheet, with no CSP violation; a page without such sizes loads no stylesheet for them.
 * Screenshot: target/screenshots/image-sizes.png.
 */
class ImageSizesBrowserTest {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.of(ImageSizesBrowserTest::build,
            work -> Browsers.recordingCspViolations(Browsers.desktopViewport(work, 1000, 900)));
    final StaticSite site = session.site();
    final ChromeDriver driver = session.driver();
    final Previews previews = session.previews();

    static StaticSite build(Path work) throws IOException {
        Path src = Files.createDirectories(work.resolve("src"));
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.WHITE);
        g.fillOval(150, 50, 100, 100);
        g.dispose();
        ImageIO.write(image, "png", src.resolve("harbour.png").toFile());
        Files.writeString(src.resolve("sizes.md"), """
                ---
                title: Sizes
                ---
                Half the column: ![Harbour](harbour.png){width=50%}

                Ten em: ![Harbour](harbour.png){width=10em}

                One inch high: ![Harbour](harbour.png){height=1in}

                Pixels stay an attribute: ![Harbour](harbour.png){width=120}

                ![A numbered harbour](harbour.png){#fig-harbour width=25%}
                """);
        Files.writeString(src.resolve("plain.md"), "---\ntitle: Plain\n---\n![Harbour](harbour.png)\n");
        BuildResult built = SiteBuilder.build(SiteConfig.defaults(src, work.resolve("site")));
        assertThat(built.diagnostics().all()).isEmpty();
        return StaticSite.serve(work.resolve("site"));
    }

    @Test
    void eachSizeTakesEffectUnderTheStrictCsp() throws Exception {
        previews.load(site.url("sizes.html"));
        previews.await().until(d -> (Boolean) driver.executeScript(
                "return [].every.call(document.images, i => i.complete && i.naturalWidth > 0)"
                        + " && [].some.call(document.styleSheets, s => s.href && s.href.endsWith('essaykit-sizes.css'))"));
        List<WebElement> images = driver.findElements(By.cssSelector(".essay-body img"));
        double column = driver.findElement(By.cssSelector(".essay-body")).getRect().getWidth();
        double em = ((Number) driver.executeScript(
                "return parseFloat(getComputedStyle(arguments[0]).fontSize)", images.get(1))).doubleValue();
        assertThat((double) images.get(0).getRect().getWidth()).isCloseTo(column * 0.5, org.assertj.core.data.Offset.offset(2.0));
        assertThat((double) images.get(1).getRect().getWidth()).isCloseTo(10 * em, org.assertj.core.data.Offset.offset(1.0));
        assertThat(images.get(2).getRect().getHeight()).isEqualTo(96); // CSS inch
        assertThat(images.get(3).getRect().getWidth()).isEqualTo(120);
        WebElement figureImage = driver.findElement(By.cssSelector("#fig-harbour img, img#fig-harbour, figure img"));
        assertThat((double) figureImage.getRect().getWidth()).isLessThan(column * 0.3);
        assertThat((List<?>) driver.executeScript("return window.__violations")).isEmpty();
        assertThat(Browsers.severeLogs(driver)).isEmpty();
        Path shot = Browsers.screenshot(driver, "image-sizes");
        assertThat(Files.size(shot)).isGreaterThan(5_000);
    }

    @Test
    void aPageWithoutSizesLoadsNoSizeStylesheet() {
        previews.load(site.url("plain.html"));
        previews.await().until(d -> (Boolean) driver.executeScript("return document.readyState === 'complete'"));
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name)");
        assertThat(loaded).isNotEmpty().noneMatch(url -> url.contains("sizes"));
    }
}
