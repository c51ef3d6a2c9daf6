package io.github.essaykit.cite;

import io.github.essaykit.markdown.CiteItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each cited item stands in a formatted citation, as pandoc links it: "(see
 * <a>Kaplan 2001, 84</a>; <a>May and Zelikow 1997</a>)". Found by looking up each item's own
 * rendering, in order, in the citation's text; the text itself is never changed.
 */
final class CiteLinks {

    private CiteLinks() {}

    /**
     * @param written the citation's items as written
     * @param printed the same items in the order they are printed
     * @param parts each printed item's rendering (prefix and suffix included), or null if unknown
     * @return one link per item, or none when an item's text cannot be found in order
     */
    static List<FormattedCitation.Link> find(String inText, List<CiteItem> written, List<CiteItem> printed, List<String> parts) {
        if (parts == null || parts.size() != printed.size()) {
            return List.of();
        }
        List<FormattedCitation.Link> links = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < parts.size(); i++) {
            String core = withoutAffixes(parts.get(i), printed.get(i));
            int at = core.isBlank() ? -1 : inText.indexOf(core, from);
            int item = indexOf(written, printed.get(i));
            if (at < 0 || item < 0) {
                return List.of();
            }
            links.add(new FormattedCitation.Link(item, at, at + core.length()));
            from = at + core.length();
        }
        return List.copyOf(links);
    }

    /** The item's rendering without its prefix ("see") and suffix ("and more"), which pandoc leaves unlinked. */
    static String withoutAffixes(String part, CiteItem item) {
        String core = part;
        String prefix = escape(item.prefix().strip());
        if (!prefix.isEmpty() && core.startsWith(prefix)) {
            core = core.substring(prefix.length()).stripLeading();
        }
        String suffix = escape(item.suffix().strip());
        if (!suffix.isEmpty() && core.endsWith(suffix)) {
            core = core.substring(0, core.length() - suffix.length()).stripTrailing();
            if (core.endsWith(",")) {
                core = core.substring(0, core.length() - 1);
            }
        }
        return core;
    }

    private static int indexOf(List<CiteItem> items, CiteItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                return i;
            }
        }
        return -1;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
