package io.github.essaykit.cite;

import static io.github.essaykit.cite.CslElements.NS;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * citeproc-java 3.5.2 renders every cite as if first and takes locator and disambiguate tests as
 * true. To get pandoc's short forms, "ibid." and locator labels we rewrite the style per position
 * and locator label: each {@code position="..."}, {@code locator="..."} and {@code
 * disambiguate="..."} test in an {@code if}/{@code else-if} is replaced by its truth for that cite, keeping the condition's match semantics (a true test in
 * match="any" makes the branch true, a false one in match="all" makes it false). Constant truth
 * is written as a test on {@code citation-label}, a variable our items never set. The rewritten
 * style also carries the fixes of {@link NameParts}, {@link Ordinals} and {@link EmptyNames}.
 */
final class StyleVariants {

    record Layout(String prefix, String suffix, String delimiter) {}

    /**
     * What the style's {@code citation} element asks that citeproc-java 3.5.2 does not do:
     * {@code collapse} ("" when none) with its delimiters, given-name disambiguation (its rule,
     * "" when disambiguate-add-givenname is off), the initialize-with in force, and whether it
     * adds year suffixes (disambiguate-add-year-suffix).
     */
    record Options(String collapse, String citeGroupDelimiter, String afterCollapseDelimiter, String yearSuffixDelimiter,
            String givennameRule, String initializeWith, boolean addsYearSuffix) {}

    private static final String[] TESTS = {"type", "variable", "is-numeric", "is-uncertain-date", "number"};

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
            ImplicitYearSuffix.add(document);
            return new StyleVariants(document);
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
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
            return new Options("", ", ", layout().delimiter(), layout().delimiter(), "", ". ", false);
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
                citation.hasAttribute("year-suffix-delimiter") ? citation.getAttribute("year-suffix-delimiter") : layout().delimiter(),
                rule, initialize, "true".equals(citation.getAttribute("disambiguate-add-year-suffix")));
    }

    /** The style's demote-non-dropping-particle option (CSL 1.0.2 default "display-and-sort"). */
    String demoteNonDroppingParticle() {
        Element root = document.getDocumentElement();
        return root.hasAttribute("demote-non-dropping-particle") ? root.getAttribute("demote-non-dropping-particle")
                : "display-and-sort";
    }

    /** Whether the style says how to format a bibliography (a citations-only style does not). */
    boolean hasBibliography() {
        return bibliography() != null;
    }

    /**
     * The bibliography's subsequent-author-substitute ("" when none; MLA's "———"), which
     * citeproc-java 3.5.2 does not apply. Only the default rule, complete-all (the whole name list
     * replaced when every name repeats the entry before), is done; with another rule the names stay.
     */
    String subsequentAuthorSubstitute() {
        Element bibliography = bibliography();
        return bibliography == null ? "" : bibliography.getAttribute("subsequent-author-substitute");
    }

    /**
     * Whether the style's subsequent-author-substitute rule replaces only name lists of one name
     * (as we apply it): every rule but complete-all ("complete-each", "partial-each",
     * "partial-first") treats names one by one, which for a single matching name is the same
     * one substitute; for longer lists only complete-all is applied (a gap).
     */
    boolean substitutesSingleNamesOnly() {
        Element bibliography = bibliography();
        String rule = bibliography == null ? "" : bibliography.getAttribute("subsequent-author-substitute-rule");
        return !rule.isEmpty() && !rule.equals("complete-all");
    }

    /** The style's page-range-format ("" when none). */
    String pageRangeFormat() {
        return document.getDocumentElement().getAttribute("page-range-format");
    }

    /** Whether the citation element has sort keys. */
    boolean sortsCitations() {
        Element citation = citation();
        return citation != null && child(citation, "sort") != null;
    }

    /**
     * Whether the bibliography lists sources in the order a document first cites them: no sort, or
     * one by ascending citation number (IEEE, Vancouver, AMA). CSL 1.0.2, "Sorting": without
     * cs:sort, cites and entries appear in the order cited; citation numbers follow that order.
     */
    boolean listsInCitationOrder() {
        Element bibliography = bibliography();
        if (bibliography == null) {
            return true; // the citation numbers are still the document's, in its order
        }
        Element sort = child(bibliography, "sort");
        if (sort == null) {
            return true;
        }
        for (Node n = sort.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element key && "key".equals(key.getLocalName())
                    && (!"citation-number".equals(key.getAttribute("variable")) || "descending".equals(key.getAttribute("sort")))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a citation can print names: a cs:names in the citation's layout or in a macro it
     * calls, however deep. IEEE's "[4]" cannot, so "[-@key]" and "@key" print the citation whole.
     */
    boolean citationPrintsNames() {
        Element citation = citation();
        return citation != null && callsNames(citation, new java.util.HashSet<>());
    }

    private boolean callsNames(Element element, Set<String> macrosSeen) {
        for (Element e : CslElements.named(element, "*")) {
            if ("names".equals(e.getLocalName())) {
                return true;
            }
            String macro = e.getAttribute("macro");
            if (!macro.isEmpty() && macrosSeen.add(macro)) {
                for (Element m : CslElements.named(document, "macro")) {
                    if (macro.equals(m.getAttribute("name")) && callsNames(m, macrosSeen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The CSL type a source without one is given, so that it takes the branches a source of no
     * known type takes: pandoc reads {@code @misc} with a {@code howpublished} address as type "",
     * which no type test matches; citeproc-java takes a missing type as matching the first type
     * test. So a type this style never tests (chicago-author-date tests all but a few; IEEE tests
     * "standard", which it prints as a book).
     */
    String untestedType() {
        Set<String> tested = new java.util.HashSet<>();
        for (String tag : new String[] {"if", "else-if"}) {
            for (Element condition : CslElements.named(document, tag)) {
                tested.addAll(words(condition.getAttribute("type")));
            }
        }
        for (String type : UNTYPED_PREFERENCE) {
            if (!tested.contains(type)) {
                return type;
            }
        }
        for (de.undercouch.citeproc.csl.CSLType type : de.undercouch.citeproc.csl.CSLType.values()) {
            if (!tested.contains(type.toString())) {
                return type.toString();
            }
        }
        return UNTYPED_PREFERENCE.get(0); // every type tested (APA): the rarest
    }

    /** The types rarest in styles' type tests first. */
    private static final List<String> UNTYPED_PREFERENCE = List.of("standard", "pamphlet", "classic", "document", "performance",
            "regulation", "hearing", "treaty", "periodical", "collection", "event", "figure", "musical_score", "review-book");

    /**
     * A term as the style's own cs:locale sets it for this locale ("en-US": a cs:locale of "en-US",
     * of "en", or of no language, in that order), or null where it sets none.
     */
    String localeTerm(String name, String localeId) {
        String language = localeId.contains("-") ? localeId.substring(0, localeId.indexOf('-')) : localeId;
        for (String lang : List.of(localeId, language, "")) {
            for (Element locale : CslElements.named(document, "locale")) {
                if (locale.getAttributeNS(XMLConstants.XML_NS_URI, "lang").equals(lang)) {
                    for (Element term : CslElements.named(locale, "term")) {
                        if (name.equals(term.getAttribute("name")) && !term.hasAttribute("form")) {
                            return term.getTextContent();
                        }
                    }
                }
            }
        }
        return null;
    }

    private Element citation() {
        NodeList citations = document.getElementsByTagNameNS(NS, "citation");
        return citations.getLength() == 0 ? null : (Element) citations.item(0);
    }

    private Element bibliography() {
        NodeList bibliographies = document.getElementsByTagNameNS(NS, "bibliography");
        return bibliographies.getLength() == 0 ? null : (Element) bibliographies.item(0);
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /**
     * The locator labels the style tests ({@code <if locator="page">}); a cite whose label is not
     * among them renders as one without a locator would in those tests.
     */
    boolean testsDisambiguate() {
        for (String tag : new String[] {"if", "else-if"}) {
            NodeList conditions = document.getElementsByTagNameNS(NS, tag);
            for (int i = 0; i < conditions.getLength(); i++) {
                if (((Element) conditions.item(i)).hasAttribute("disambiguate")) {
                    return true;
                }
            }
        }
        return false;
    }

    Set<String> testedLocators() {
        Set<String> labels = new TreeSet<>();
        for (String tag : new String[] {"if", "else-if"}) {
            NodeList conditions = document.getElementsByTagNameNS(NS, tag);
            for (int i = 0; i < conditions.getLength(); i++) {
                String tested = ((Element) conditions.item(i)).getAttribute("locator").trim();
                if (!tested.isEmpty()) {
                    labels.addAll(List.of(tested.split("\\s+")));
                }
            }
        }
        return labels;
    }

    /**
     * The style as it applies to one cite: its position tests and its locator tests (which
     * citeproc-java 3.5.2 ignores, taking every one as true) replaced by their truth for this
     * position and this locator label ("" when the cite has no locator), and its disambiguate tests
     * by whether the cite is ambiguous; with the "editor" terms made "editortranslator" ones (from
     * the style, else this locale) when {@code editorTranslatorLocale} is not null.
     */
    synchronized String forCite(Position position, String locator, boolean ambiguous, String editorTranslatorLocale) {
        Document copy = (Document) document.cloneNode(true);
        for (String tag : new String[] {"if", "else-if"}) {
            for (Element condition : CslElements.named(copy, tag)) {
                if (condition.hasAttribute("position") || condition.hasAttribute("locator")
                        || condition.hasAttribute("disambiguate")) {
                    rewrite(condition, position, locator, ambiguous);
                }
            }
        }
        if (editorTranslatorLocale != null) {
            EditorTranslator.relabel(copy, editorTranslatorLocale);
        }
        NameParts.mark(copy);
        Ordinals.mark(copy);
        EmptyNames.split(copy);
        return serialize(copy);
    }

    /** Replaces the position and locator tests of a condition by their truth, keeping its match semantics. */
    /** Whether a names element calls both editor and translator ({@link EditorTranslator}). */
    synchronized boolean combinesEditorTranslator() {
        return EditorTranslator.combines(document);
    }

    private static void rewrite(Element condition, Position position, String locator, boolean ambiguous) {
        List<Boolean> results = new ArrayList<>();
        for (String test : words(condition.getAttribute("position"))) {
            results.add(position.satisfies(test));
        }
        for (String test : words(condition.getAttribute("locator"))) {
            results.add(!locator.isEmpty() && locator.equals(test));
        }
        for (String test : words(condition.getAttribute("disambiguate"))) {
            // citeproc-java takes this test as always true; it holds for a cite still ambiguous (Ambiguity)
            results.add(test.equals(String.valueOf(ambiguous)));
        }
        condition.removeAttribute("position");
        condition.removeAttribute("locator");
        condition.removeAttribute("disambiguate");
        String match = condition.hasAttribute("match") ? condition.getAttribute("match") : "all";
        boolean any = results.contains(true);
        boolean all = !results.contains(false);
        boolean others = false;
        for (String test : TESTS) {
            others |= condition.hasAttribute(test);
        }
        Boolean constant = null;
        if (!others) {
            constant = switch (match) {
                case "any" -> any;
                case "none" -> !any;
                default -> all;
            };
        } else if ("any".equals(match) && any) {
            constant = true;
        } else if ("all".equals(match) && !all) {
            constant = false;
        } else if ("none".equals(match) && any) {
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

    private static List<String> words(String attribute) {
        return attribute.isBlank() ? List.of() : List.of(attribute.trim().split("\\s+"));
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
