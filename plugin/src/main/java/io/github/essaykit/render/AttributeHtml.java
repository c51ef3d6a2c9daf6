package io.github.essaykit.render;

import io.github.essaykit.markdown.Attributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes pandoc attributes {@code {#id .class key=value}} onto an element as pandoc's HTML writer
 * does, for every element that carries them (divs, spans, code, links, headings, images): classes
 * as {@code class}, keys that are HTML attributes under their name, any other key as
 * {@code data-key} (made a valid data name). Where pandoc writes {@code style} we cannot: the
 * page's Content-Security-Policy ({@code style-src 'self'}) refuses style attributes, so
 * {@code style} is dropped, and an image's {@code width}/{@code height} is an attribute in pixels
 * or, in other units ({@code 50%}, {@code 30em}), a class of the site's size stylesheet
 * ({@link ImageSizes}). Nothing that could run script gets through: {@code on*} handlers and URL
 * attributes ({@code href}, {@code src} …) are dropped. Values are escaped by the writer.
 */
final class AttributeHtml {

    /** Keys written under their own name (the global attributes the page's safelist keeps). */
    private static final Set<String> HTML = Set.of("lang", "dir", "title", "translate", "hidden");
    private static final Set<String> URL_KEYS = Set.of("href", "src", "srcset", "srcdoc", "action", "formaction",
            "xlink:href", "data", "poster", "background", "cite", "longdesc", "usemap", "ping", "manifest");

    private AttributeHtml() {}

    /** All of an element's attributes, id first, then {@code extraClasses} (ours) before the author's classes. */
    static Map<String, String> of(Attributes attributes, String tag, List<String> extraClasses) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!attributes.id().isEmpty()) {
            out.put("id", attributes.id());
        }
        if (!extraClasses.isEmpty()) {
            out.put("class", String.join(" ", extraClasses));
        }
        add(attributes, tag, out);
        return out;
    }

    /**
     * Adds the classes and key-value pairs of {@code attributes} to {@code out} for an element
     * {@code tag}; the id is left to the caller (ids go through the page's registry).
     */
    static void add(Attributes attributes, String tag, Map<String, String> out) {
        List<String> classes = new ArrayList<>();
        String existing = out.get("class");
        if (existing != null && !existing.isEmpty()) {
            classes.addAll(List.of(existing.split(" ")));
        }
        attributes.classes().stream().filter(c -> !classes.contains(c)).forEach(classes::add);
        for (Map.Entry<String, String> pair : attributes.pairs().entrySet()) {
            String key = pair.getKey().toLowerCase(Locale.ROOT);
            String value = pair.getValue();
            if (key.startsWith("on") || URL_KEYS.contains(key) || key.equals("style")) {
                continue;
            }
            if (tag.equals("img") && (key.equals("width") || key.equals("height"))) {
                ImageSizes.Size size = ImageSizes.Size.of(key, value);
                if (size == null) {
                    out.put("data-" + key, value);
                } else if (size.inPixels()) {
                    out.put(key, size.number());
                } else if (!classes.contains(size.className())) {
                    classes.add(size.className());
                }
            } else if (HTML.contains(key)) {
                out.put(key, value);
            } else {
                out.put("data-" + (key.startsWith("data-") ? key.substring(5) : key).replaceAll("[^a-z0-9-]", "-"), value);
            }
        }
        if (!classes.isEmpty()) {
            out.put("class", String.join(" ", classes));
        }
    }
}
