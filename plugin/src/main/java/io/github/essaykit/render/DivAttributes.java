package io.github.essaykit.render;

import io.github.essaykit.markdown.Attributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTML attributes of an element written with pandoc attributes, as pandoc's HTML writer
 * emits them: {@code id}, {@code class}, the HTML attributes {@code title}, {@code lang} and
 * {@code dir} as they are, any other {@code key=value} as {@code data-key}. {@code style} and
 * event handlers are dropped (the page's Content-Security-Policy refuses inline style anyway), and
 * a key that is no valid data name is made one. Values are escaped by the {@code HtmlWriter}.
 */
final class DivAttributes {

    private static final Set<String> KEPT = Set.of("title", "lang", "dir");

    private DivAttributes() {}

    /**
     * @param extraClasses classes we add before the author's
     * @param consumed keys whose meaning we already rendered (a callout's {@code title})
     */
    static Map<String, String> html(Attributes attributes, List<String> extraClasses, Set<String> consumed) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!attributes.id().isEmpty()) {
            out.put("id", attributes.id());
        }
        List<String> classes = new ArrayList<>(extraClasses);
        attributes.classes().stream().filter(c -> !classes.contains(c)).forEach(classes::add);
        if (!classes.isEmpty()) {
            out.put("class", String.join(" ", classes));
        }
        attributes.pairs().forEach((key, value) -> {
            String name = key.toLowerCase(Locale.ROOT);
            if (consumed.contains(name) || name.equals("style") || name.startsWith("on")) {
                return;
            }
            if (KEPT.contains(name)) {
                out.put(name, value);
                return;
            }
            String data = (name.startsWith("data-") ? name.substring(5) : name).replaceAll("[^a-z0-9-]", "-");
            out.put("data-" + data, value);
        });
        return out;
    }
}
