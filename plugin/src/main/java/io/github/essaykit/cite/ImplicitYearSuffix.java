package io.github.essaykit.cite;

import static io.github.essaykit.cite.CslElements.NS;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * CSL 1.0.2 (Disambiguation, step 3, and the year-suffix variable): when a style adds year
 * suffixes but never renders {@code year-suffix} itself, the suffix follows the year of the
 * issued date ("Bivand 2016a"). citeproc-java 3.5.2 prints it only where the style names the
 * variable, so 1117 of the 1441 styles of the CSL repository that add year suffixes
 * (elsevier-harvard, american-meteorological-society…) printed "2016, 2016". So each
 * {@code <date variable="issued">} that prints the year becomes a group of the date and the
 * year-suffix, the date's affixes moving to the group so that "(2016a)" is not "(2016)a".
 */
final class ImplicitYearSuffix {

    private ImplicitYearSuffix() {}

    static void add(Document style) {
        if (!addsYearSuffix(style) || rendersYearSuffix(style)) {
            return;
        }
        List<Element> dates = new ArrayList<>();
        for (Element date : CslElements.named(style, "date")) {
            if (date.getAttribute("variable").equals("issued") && printsYear(date)) {
                dates.add(date);
            }
        }
        for (Element date : dates) {
            Element group = style.createElementNS(NS, "group");
            for (String affix : new String[] {"prefix", "suffix"}) {
                if (date.hasAttribute(affix)) {
                    group.setAttribute(affix, date.getAttribute(affix));
                    date.removeAttribute(affix);
                }
            }
            date.getParentNode().replaceChild(group, date);
            group.appendChild(date);
            Element suffix = style.createElementNS(NS, "text");
            suffix.setAttribute("variable", "year-suffix");
            group.appendChild(suffix);
        }
    }

    private static boolean addsYearSuffix(Document style) {
        NodeList citations = style.getElementsByTagNameNS(NS, "citation");
        return citations.getLength() > 0
                && "true".equals(((Element) citations.item(0)).getAttribute("disambiguate-add-year-suffix"));
    }

    private static boolean rendersYearSuffix(Document style) {
        NodeList texts = style.getElementsByTagNameNS(NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            if ("year-suffix".equals(((Element) texts.item(i)).getAttribute("variable"))) {
                return true;
            }
        }
        return false;
    }

    /** A localized date prints the year unless its date-parts leave it out; a non-localized one when it has a year part. */
    private static boolean printsYear(Element date) {
        if (date.hasAttribute("form")) {
            return !date.hasAttribute("date-parts") || date.getAttribute("date-parts").contains("year");
        }
        NodeList parts = date.getElementsByTagNameNS(NS, "date-part");
        for (int i = 0; i < parts.getLength(); i++) {
            if ("year".equals(((Element) parts.item(i)).getAttribute("name"))) {
                return true;
            }
        }
        return false;
    }
}
