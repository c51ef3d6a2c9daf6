package io.github.essaykit.render;

import io.github.essaykit.markdown.Attributes;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes pandoc attributes {@code {#id .class key=value}} onto an element's attributes as pandoc's
 * HTML writer does: classes as {@code class}, keys that are HTML attributes under their name,
 * any other key as {@code data-key}; an image's {@code width}/{@code height} in pixels as
 * attributes. Where pandoc writes {@code style} (an author's {@code style=…}, an image's
 * {@code width=50%}) we cannot: the page's Content-Security-Policy ({@code style-src 'self'})
 * refuses style attributes, so a length that is not in pixels is kept as {@code data-width} and
 * {@code style} is dropped. Nothing that could run script gets through: {@code on*} handlers and
 * URL attributes ({@code href}, {@code src} …) are dropped. Values are escaped by the writer.
 */
final class AttributeHtml {

    /** Keys written under their own name (the global attributes the page's safelist keeps). */
    private static final Set<String> HTML = Set.of("lang", "dir", "title", "translate", "hidden");
    private static final Set<String> URL_KEYS = Set.of("href", "src", "srcset", "srcdoc", "action", "formaction",
            "xlink:href", "data", "poster", "background", "cite", "longdesc", "usemap", "ping", "manifest");
    private static final Pattern DATA_NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern PIXELS = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:px)?");

    private AttributeHtml() {}

    /**
     * Adds the classes and key-value pairs of {@code attributes} to {@code out} for an element
     * {@code tag}; the id is left to the caller (ids go through the page's registry).
     */
    static void add(Attributes attributes, String tag, Map<String, String> out) {
        if (!attributes.classes().isEmpty()) {
            String existing = out.get("class");
            String classes = String.join(" ", attributes.classes());
            out.put("class", existing == null || existing.isEmpty() ? classes : existing + " " + classes);
        }
        for (Map.Entry<String, String> pair : attributes.pairs().entrySet()) {
            String key = pair.getKey();
            String lower = key.toLowerCase(Locale.ROOT);
            String value = pair.getValue();
            if (lower.startsWith("on") || URL_KEYS.contains(lower) || lower.equals("style")) {
                continue;
            }
            if (tag.equals("img") && (lower.equals("width") || lower.equals("height"))) {
                var pixels = PIXELS.matcher(value);
                out.put(pixels.matches() ? lower : "data-" + lower, pixels.matches() ? pixels.group(1) : value);
            } else if (HTML.contains(lower)) {
                out.put(lower, value);
            } else {
                String name = lower.startsWith("data-") ? lower.substring(5) : lower;
                if (DATA_NAME.matcher(name).matches()) {
                    out.put("data-" + name, value);
                }
            }
        }
    }
}
