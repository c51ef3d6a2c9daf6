package io.github.essaykit.cite;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * citeproc-java 3.5.2 does not evaluate three CSL conditions: it renders every cite as if first
 * ({@code position}), takes every {@code disambiguate="true"} as true and every {@code locator}
 * test as false (so MLA printed a title after each author and "p. 45" where the style asks for
 * "45"). We rewrite the style once per {@link Variant}, what those tests depend on: each such test
 * in an {@code if}/{@code else-if} is replaced by its truth for the variant, keeping the
 * condition's match semantics (a true test in match="any" makes the branch true, a false one in
 * match="all" makes it false). Constant truth is written as a test on {@code citation-label}, a
 * variable our items never set.
 */
final class StyleVariants {

    record Layout(String prefix, String suffix, String delimiter) {}

    /**
     * What the rewritten tests depend on: the cite's position, whether its item needs the
     * {@code disambiguate="true"} branches (decided per essay by {@link CitationFormatter}) and its
     * locator's label ("" without a locator).
     */
    record Variant(Position position, boolean disambiguate, String locator) {

        static final Variant FIRST = new Variant(Position.FIRST, false, "");
    }

    /**
     * What the style's {@code citation} element asks that citeproc-java 3.5.2 does not do:
     * {@code collapse} ("" when none) with its delimiters, given-name disambiguation (its rule,
     * "" when disambiguate-add-givenname is off) and the initialize-with in force.
     */
    record Options(String collapse, String citeGroupDelimiter, String afterCollapseDelimiter, String givennameRule,
            String initializeWith) {}

    private static final String NS = "http://purl.org/net/xbiblio/csl";
    private static final String[] TESTS = {"type", "variable", "is-numeric", "is-uncertain-date", "locator", "position",
        "disambiguate", "number"};

    private final Document document;

    private StyleVariants(Document document) {
        this.document = document;
    }

    static StyleVariants parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            SubstituteLabels.rewrite(document);
            return new StyleVariants(document);
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The bibliography's subsequent-author-substitute ("" when none). Only the default rule,
     * complete-all (the whole name list replaced when all names repeat), is applied; with
     * another rule the names are left as they are.
     */
    String subsequentAuthorSubstitute() {
        NodeList bibliographies = document.getElementsByTagNameNS(NS, "bibliography");
        if (bibliographies.getLength() == 0) {
            return "";
        }
        Element bibliography = (Element) bibliographies.item(0);
        String rule = bibliography.getAttribute("subsequent-author-substitute-rule");
        return rule.isEmpty() || rule.equals("complete-all") ? bibliography.getAttribute("subsequent-author-substitute") : "";
    }

    /** The style's page-range-format ("" when none). */
    String pageRangeFormat() {
        return document.getDocumentElement().getAttribute("page-range-format");
    }

    boolean noteStyle() {
        return "note".equals(document.getDocumentElement().getAttribute("class"));
    }

    Layout layout() {
        NodeList citations = document.getElementsByTagNameNS(NS, "citation");
        if (citations.getLength() > 0) {
            NodeList layouts = ((Element) citations.item(0)).getElementsByTagNameNS(NS, "layout");
            if (layouts.getLength() > 0) {
                Element layout = (Element) layouts.item(0);
                return new Layout(layout.getAttribute("prefix"), layout.getAttribute("suffix"), layout.getAttribute("delimiter"));
            }
        }
        return new Layout("", "", "; ");
    }

    Options options() {
        Element root = document.getDocumentElement();
        Element citation = citation();
        if (citation == null) {
            return new Options("", ", ", layout().delimiter(), "", ". ");
        }
        String rule = !"true".equals(citation.getAttribute("disambiguate-add-givenname")) ? ""
                : citation.hasAttribute("givenname-disambiguation-rule") ? citation.getAttribute("givenname-disambiguation-rule")
                : "by-cite";
        String initialize = citation.hasAttribute("initialize-with") ? citation.getAttribute("initialize-with")
                : root.hasAttribute("initialize-with") ? root.getAttribute("initialize-with") : null;
        return new Options(citation.getAttribute("collapse"),
                citation.hasAttribute("cite-group-delimiter") ? citation.getAttribute("cite-group-delimiter") : ", ",
                citation.hasAttribute("after-collapse-delimiter") ? citation.getAttribute("after-collapse-delimiter")
                        : layout().delimiter(),
                rule, initialize);
    }

    /** Whether the style says how to format a bibliography (a citations-only style does not). */
    boolean hasBibliography() {
        return document.getElementsByTagNameNS(NS, "bibliography").getLength() > 0;
    }

    /** Whether the citation element has sort keys. */
    boolean sortsCitations() {
        Element citation = citation();
        return citation != null && child(citation, "sort") != null;
    }

    private Element citation() {
        NodeList citations = document.getElementsByTagNameNS(NS, "citation");
        return citations.getLength() == 0 ? null : (Element) citations.item(0);
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** Whether some {@code if}/{@code else-if} of the style has this test ("position", "locator"…). */
    boolean tests(String attribute) {
        for (String tag : new String[] {"if", "else-if"}) {
            NodeList conditions = document.getElementsByTagNameNS(NS, tag);
            for (int i = 0; i < conditions.getLength(); i++) {
                if (((Element) conditions.item(i)).hasAttribute(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every label a {@code locator} test of the style names. */
    Set<String> testedLocators() {
        Set<String> labels = new TreeSet<>();
        for (String tag : new String[] {"if", "else-if"}) {
            NodeList conditions = document.getElementsByTagNameNS(NS, tag);
            for (int i = 0; i < conditions.getLength(); i++) {
                Element condition = (Element) conditions.item(i);
                if (condition.hasAttribute("locator")) {
                    labels.addAll(List.of(condition.getAttribute("locator").trim().split("\\s+")));
                }
            }
        }
        return labels;
    }

    /** The style with its position, disambiguate and locator tests replaced by their truth for this variant. */
    synchronized String forVariant(Variant variant) {
        Document copy = (Document) document.cloneNode(true);
        for (String tag : new String[] {"if", "else-if"}) {
            NodeList conditions = copy.getElementsByTagNameNS(NS, tag);
            for (int i = 0; i < conditions.getLength(); i++) {
                Element condition = (Element) conditions.item(i);
                rewrite(condition, "position", test -> variant.position().satisfies(test));
                rewrite(condition, "disambiguate", test -> test.equals(String.valueOf(variant.disambiguate())));
                rewrite(condition, "locator", test -> test.equals(variant.locator()));
            }
        }
        return serialize(copy);
    }

    /** Replaces one test by its truth (any of its listed values may hold), folded into the condition's match. */
    private static void rewrite(Element condition, String attribute, Predicate<String> truth) {
        if (!condition.hasAttribute(attribute)) {
            return;
        }
        boolean holds = false;
        for (String test : condition.getAttribute(attribute).trim().split("\\s+")) {
            holds |= truth.test(test);
        }
        condition.removeAttribute(attribute);
        String match = condition.hasAttribute("match") ? condition.getAttribute("match") : "all";
        boolean others = false;
        for (String test : TESTS) {
            others |= condition.hasAttribute(test);
        }
        Boolean constant = null;
        if (!others) {
            constant = "none".equals(match) ? !holds : holds;
        } else if ("any".equals(match) && holds) {
            constant = true;
        } else if ("all".equals(match) && !holds) {
            constant = false;
        } else if ("none".equals(match) && holds) {
            constant = false;
        }
        if (constant != null) {
            for (String test : TESTS) {
                condition.removeAttribute(test);
            }
            condition.setAttribute("variable", "citation-label");
            condition.setAttribute("match", constant ? "none" : "all");
        }
    }

    private static String serialize(Document document) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
