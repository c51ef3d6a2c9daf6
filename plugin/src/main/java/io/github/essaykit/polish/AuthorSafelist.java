package io.github.essaykit.polish;

import io.github.essaykit.safety.UrlPolicy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What an essay's HTML may hold: the prose elements Markdown and our renderers write (figures,
 * tables, notes, citation spans with their {@code data-*} and {@code aria-*} attributes, a task
 * list's disabled checkboxes), media
 * and a static subset of SVG (shapes, text, gradients; no {@code <animate>}, {@code <set>},
 * {@code <foreignObject>} or {@code <script>}). Every URL attribute also passes
 * {@link UrlPolicy}; SVG {@code <use>} may only point inside the page. Frames are allowed only
 * from the listed hosts, over https, sandboxed. Anything else ({@code on*}, {@code style},
 * {@code <style>}, {@code <base>}, {@code <meta>}, forms) is dropped. One instance per cleaning:
 * it records what it refused, for the author's warning.
 */
final class AuthorSafelist extends Safelist {

    private static final String[] GLOBAL = {"id", "class", "title", "lang", "dir", "role", "hidden", "translate"};
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "poster", "xlink:href", "action",
            "formaction", "background", "longdesc", "usemap", "data");
    private static final String[] PROSE = {"a", "abbr", "article", "aside", "b", "bdi", "bdo", "blockquote", "br",
        "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "i", "img",
        "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small",
        "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
        "tr", "u", "ul", "var", "wbr", "audio", "video", "source", "track", "picture"};
    private static final String[] SVG = {"svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon",
        "rect", "text", "tspan", "title", "desc", "defs", "lineargradient", "radialgradient", "stop", "use", "symbol",
        "marker", "clippath", "mask", "pattern"};
    private static final String[] SVG_ATTRIBUTES = {"viewbox", "width", "height", "xmlns", "preserveaspectratio",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
        "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "opacity", "transform", "d", "cx", "cy", "r", "rx",
        "ry", "x", "y", "x1", "x2", "y1", "y2", "dx", "dy", "points", "font-size", "font-family", "font-weight",
        "font-style", "text-anchor", "dominant-baseline", "offset", "stop-color", "stop-opacity", "gradientunits",
        "gradienttransform", "markerwidth", "markerheight", "refx", "refy", "orient", "markerunits",
        "patternunits", "clip-rule", "href", "xlink:href", "version"};
    private static final String FRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-presentation";

    private final Set<String> frameHosts;
    private final Set<String> refused = new LinkedHashSet<>();

    /** @param frameHosts hosts whose https pages an {@code <iframe>} may show; empty: no frames */
    AuthorSafelist(Set<String> frameHosts) {
        this.frameHosts = Set.copyOf(frameHosts);
        addTags(PROSE);
        addTags(SVG);
        addAttributes(":all", GLOBAL);
        addAttributes("a", "href", "rel", "hreflang", "type");
        addAttributes("img", "src", "alt", "width", "height", "loading", "decoding");
        addAttributes("ol", "start", "reversed", "type");
        addAttributes("ul", "type");
        addAttributes("li", "value");
        addAttributes("td", "colspan", "rowspan", "align", "headers");
        addAttributes("th", "colspan", "rowspan", "align", "headers", "scope", "abbr");
        addAttributes("col", "span", "width");
        addAttributes("colgroup", "span", "width");
        addAttributes("time", "datetime");
        addAttributes("q", "cite");
        addAttributes("blockquote", "cite");
        addAttributes("del", "cite", "datetime");
        addAttributes("ins", "cite", "datetime");
        addAttributes("details", "open");
        addTags("input"); // a task list's checkbox: only a disabled checkbox, outside any form
        addAttributes("input", "type", "checked", "disabled");
        addEnforcedAttribute("input", "disabled", "disabled");
        addAttributes("video", "src", "poster", "controls", "width", "height", "loop", "muted", "preload", "playsinline");
        addAttributes("audio", "src", "controls", "loop", "muted", "preload");
        addAttributes("source", "src", "type", "media");
        addAttributes("track", "src", "kind", "srclang", "label", "default");
        for (String tag : SVG) {
            addAttributes(tag, SVG_ATTRIBUTES);
        }
        if (!frameHosts.isEmpty()) {
            addTags("iframe");
            addAttributes("iframe", "src", "width", "height", "allowfullscreen", "loading", "referrerpolicy");
            addEnforcedAttribute("iframe", "sandbox", FRAME_SANDBOX);
        }
    }

    /** What was refused, as {@code <tag>} or {@code tag[attribute]}, each once, in document order. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    @Override
    public boolean isSafeTag(String tag) {
        boolean safe = super.isSafeTag(tag);
        if (!safe && !tag.equals("body")) {
            refused.add("<" + tag + ">");
        }
        return safe;
    }

    @Override
    public boolean isSafeAttribute(String tag, Element element, Attribute attribute) {
        if (tag.startsWith(":")) {
            return super.isSafeAttribute(tag, element, attribute); // jsoup asking about ":all"
        }
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        boolean safe = name.startsWith("data-") || name.startsWith("aria-")
                ? name.length() > 5 && name.chars().allMatch(c -> c == '-' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
                : super.isSafeAttribute(tag, element, attribute);
        if (safe && URL_ATTRIBUTES.contains(name)) {
            safe = url(tag, attribute.getValue());
        }
        if (safe && tag.equals("input") && name.equals("type") && !attribute.getValue().equalsIgnoreCase("checkbox")) {
            safe = false;
        }
        if (safe && name.equals("id") && attribute.getValue().startsWith("ek-")) {
            safe = false; // the reader script's own elements (ek-preview): no clobbering
        }
        if (!safe) {
            refused.add(tag + "[" + attribute.getKey() + "]");
        }
        return safe;
    }

    private boolean url(String tag, String value) {
        if (tag.equals("use")) {
            return value.strip().startsWith("#");
        }
        if (tag.equals("iframe")) {
            return UrlPolicy.isHttpsOn(value, frameHosts);
        }
        return UrlPolicy.allows(value);
    }
}
