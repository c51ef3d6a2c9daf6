package io.github.essaykit.site;

import io.github.essaykit.template.Templates;
import io.github.essaykit.write.SiteOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What pages with math load, added to a site only when one of its essays has math: KaTeX
 * (MIT licence, shipped beside it) from its WebJar on the plugin's classpath, with the WOFF2
 * fonts its stylesheet names (every browser that runs KaTeX takes WOFF2, the first format
 * listed, so the WOFF and TTF copies are left out), and our script and stylesheet, which a
 * user's template folder may replace like the other assets.
 */
final class MathAssets {

    static final String KATEX_FOLDER = "assets/katex/";
    static final String SCRIPT = "essaykit-math.js";
    static final String STYLESHEET = "essaykit-math.css";

    private static final String WEBJAR = "META-INF/resources/webjars/katex/";
    private static final String WEBJAR_VERSION = "META-INF/maven/org.webjars.npm/katex/pom.properties";
    private static final Pattern WOFF2 = Pattern.compile("url\\((fonts/[A-Za-z0-9_-]+\\.woff2)\\)");

    private MathAssets() {}

    static void addTo(SiteOutput site, Templates templates) {
        String dist = WEBJAR + version() + "/dist/";
        byte[] css = resource(dist + "katex.min.css");
        site.bytes(KATEX_FOLDER + "katex.min.css", css);
        site.bytes(KATEX_FOLDER + "katex.min.js", resource(dist + "katex.min.js"));
        site.bytes(KATEX_FOLDER + "LICENSE", resource(WEBJAR + version() + "/LICENSE"));
        for (String font : fonts(new String(css, StandardCharsets.UTF_8))) {
            site.bytes(KATEX_FOLDER + font, resource(dist + font));
        }
        TemplateAssets.add(site, templates, SCRIPT);
        TemplateAssets.add(site, templates, STYLESHEET);
    }

    /** The WOFF2 fonts a KaTeX stylesheet names, in order, each once. */
    static Set<String> fonts(String css) {
        Set<String> fonts = new LinkedHashSet<>();
        Matcher m = WOFF2.matcher(css);
        while (m.find()) {
            fonts.add(m.group(1));
        }
        return fonts;
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = open(WEBJAR_VERSION)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = MathAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("KaTeX is missing from the plugin's classpath: " + name);
        }
        return in;
    }
}
