package io.github.essaykit.cite;

import de.undercouch.citeproc.bibtex.PageRange;
import de.undercouch.citeproc.helper.PageRangeFormatter;
import de.undercouch.citeproc.csl.CSLCitationItem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A style's page-range-format applies to a page locator as to the page variable ("[@k, 210-212]"
 * in MLA's minimal-two is "210–12"), as the CSL processor test suite
 * (label_CollapsedPageNumberPluralDetection) and pandoc have it; citeproc-java 3.5.2 formats only
 * the page variable. Arabic ranges only, with citeproc-java's own formatter.
 */
final class LocatorPages {

    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]+\\s*(\\d+)");

    private LocatorPages() {}

    /**
     * The second number of a minimal-two range: the digits that change, but at least two when it
     * has two ("601–03", "321–28", "42–45"). citeproc-java drops the zero ("601–3"), which
     * leaves one digit; pandoc keeps two.
     */
    static String minimalTwo(String first, String last) {
        if (last.length() < first.length()) {
            last = first.substring(0, first.length() - last.length()) + last; // "601-3" means 601–603
        }
        if (last.length() != first.length()) {
            return last;
        }
        int same = 0;
        while (same < first.length() && first.charAt(same) == last.charAt(same)) {
            same++;
        }
        return last.substring(Math.min(same, Math.max(0, last.length() - 2)));
    }

    /**
     * The locator with its ranges in this format (a style's page-range-format; "" or unknown: unchanged), the
     * pages joined by {@code delimiter}.
     */
    static String format(String locator, String pageRangeFormat, String delimiter) {
        PageRangeFormatter.Format format = switch (pageRangeFormat) {
            case "chicago", "chicago-15" -> PageRangeFormatter.Format.CHICAGO15;
            case "chicago-16" -> PageRangeFormatter.Format.CHICAGO16;
            case "expanded" -> PageRangeFormatter.Format.EXPANDED;
            case "minimal" -> PageRangeFormatter.Format.MINIMAL;
            case "minimal-two" -> PageRangeFormatter.Format.MINIMAL2;
            default -> null;
        };
        if (format == null) {
            return locator;
        }
        Matcher m = RANGE.matcher(locator);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String first = m.group(1);
            String last = m.group(2);
            String formatted = format == PageRangeFormatter.Format.MINIMAL2 ? first + "–" + minimalTwo(first, last)
                    : PageRangeFormatter.format(new PageRange(m.group(), first, last, null, true), format);
            formatted = formatted.replace("–", delimiter); // the locale's page-range-delimiter (AMA: "-")
            m.appendReplacement(out, Matcher.quoteReplacement(formatted));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A rendered citation with its page locators' ranges joined by {@code delimiter}: citeproc-java
     * 3.5.2 formats a page locator's range again and joins it with "–" whatever the locale's
     * page-range-delimiter term (AMA's own locale: "-"; pandoc prints "pp210-212").
     */
    static String delimited(String html, List<CSLCitationItem> items, String delimiter) {
        if (delimiter.equals("\u2013")) {
            return html;
        }
        for (CSLCitationItem item : items) {
            String locator = item.getLocator();
            if (locator != null && locator.contains(delimiter)) {
                // the locator and the delimiter (a style's own term) are text: matched and written escaped
                html = html.replace(Entities.escape(locator.replace(delimiter, "\u2013")), Entities.escape(locator));
            }
        }
        return html;
    }
}
