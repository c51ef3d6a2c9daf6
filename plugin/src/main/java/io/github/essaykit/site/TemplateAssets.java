package io.github.essaykit.site;

import io.github.essaykit.write.SiteOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The stylesheet, script and icon every page loads, from the site-template jar unless the user's
 * template folder has a file of the same name.
 */
final class TemplateAssets {

    static final List<String> NAMES = List.of("essaykit.css", "essaykit.js", "favicon.svg");
    static final String LIVE_RELOAD = "essaykit-live.js";

    private TemplateAssets() {}

    static void addTo(SiteOutput site, Path templateDirectory, boolean liveReload) {
        for (String name : NAMES) {
            add(site, templateDirectory, name);
        }
        if (liveReload) {
            add(site, templateDirectory, LIVE_RELOAD);
        }
    }

    static void add(SiteOutput site, Path templateDirectory, String name) {
        if (templateDirectory != null && Files.isRegularFile(templateDirectory.resolve(name))) {
            site.copy("assets/" + name, templateDirectory.resolve(name));
            return;
        }
        try (InputStream in = TemplateAssets.class.getClassLoader().getResourceAsStream("essaykit/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the site template has no asset " + name);
            }
            site.bytes("assets/" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
