package io.github.essaykit.site;

import io.github.essaykit.template.Templates;
import io.github.essaykit.write.SiteOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The stylesheet, script and icon every page loads, from the site-template jar unless the user's
 * template folder has a file of the same name: then the bytes the build read of it once
 * ({@link Templates#userFile}), the ones the page keys printed.
 */
final class TemplateAssets {

    static final List<String> NAMES = List.of("essaykit.css", "essaykit.js", "favicon.svg");
    static final String LIVE_RELOAD = "essaykit-live.js";

    private TemplateAssets() {}

    static void addTo(SiteOutput site, Templates templates, boolean liveReload) {
        for (String name : NAMES) {
            add(site, templates, name);
        }
        if (liveReload) {
            add(site, templates, LIVE_RELOAD);
        }
    }

    /** The asset {@code name}: the bytes the build read of the user's file of that name, else the site template's. */
    static void add(SiteOutput site, Templates templates, String name) {
        byte[] own = templates.userFile(name);
        if (own != null) {
            site.bytes("assets/" + name, own);
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
