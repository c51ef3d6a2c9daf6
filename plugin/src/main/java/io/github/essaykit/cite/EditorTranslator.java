package io.github.essaykit.cite;

import static io.github.essaykit.cite.CslElements.NS;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * One person who both edited and translated a work, named once: CSL 1.0.2 (Names, "editor"
 * and "translator"): when a {@code names} element calls both and their contents are identical,
 * the names are printed once with the label term "editortranslator" ("Edited and translated by
 * Owen Hartley", APA "(O. Hartley, Ed. &amp; Trans.)"), as pandoc does. citeproc-java 3.5.2
 * prints both lists. So such an item reaches citeproc-java without its translator, and its cites
 * and its entry are rendered with a variant of the style whose "editor" terms are the
 * "editortranslator" ones (the style's own, else the locale's).
 */
final class EditorTranslator {

    private EditorTranslator() {}

    /** Whether a {@code names} element of the style calls both editor and translator (or editor-translator). */
    static boolean combines(Document style) {
        NodeList all = style.getElementsByTagNameNS(NS, "names");
        for (int i = 0; i < all.getLength(); i++) {
            List<String> variables = List.of(((Element) all.item(i)).getAttribute("variable").trim().split("\\s+"));
            if (variables.contains("editor-translator") || variables.contains("editor") && variables.contains("translator")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the item's editors and translators are the same names in the same order, and it has
     * authors: editors who stand in for missing authors are printed by a style's substitute, which
     * calls editor and translator apart (pandoc then prints "(Eds.)" and "Trans." in APA and MLA).
     */
    static boolean applies(CSLItemData item) {
        if (item.getAuthor() == null || item.getAuthor().length == 0) {
            return false;
        }
        CSLName[] editors = item.getEditor();
        CSLName[] translators = item.getTranslator();
        if (editors == null || translators == null || editors.length == 0 || editors.length != translators.length) {
            return false;
        }
        for (int i = 0; i < editors.length; i++) {
            if (!person(editors[i]).equals(person(translators[i]))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> person(CSLName name) {
        return java.util.Arrays.asList(name.getFamily(), name.getGiven(), name.getLiteral(), name.getNonDroppingParticle(),
                name.getDroppingParticle(), name.getSuffix());
    }

    /**
     * The style (a copy) with every form of the "editor" term replaced by that form of
     * "editortranslator": the style's own locale terms first, then {@code localeXml}'s.
     */
    static void relabel(Document style, String localeXml) {
        Map<String, Element> forms = new LinkedHashMap<>();
        collect(parse(localeXml), forms);
        collect(style, forms);
        if (forms.isEmpty()) {
            return;
        }
        CslElements.named(style, "term").stream().filter(term -> term.getAttribute("name").equals("editor"))
                .forEach(term -> term.getParentNode().removeChild(term));
        Element locale = style.createElementNS(NS, "locale");
        Element added = style.createElementNS(NS, "terms");
        locale.appendChild(added);
        for (Element term : forms.values()) {
            Element copy = (Element) style.importNode(term, true);
            copy.setAttribute("name", "editor");
            added.appendChild(copy);
        }
        Element root = style.getDocumentElement();
        Node info = child(root, "info");
        root.insertBefore(locale, info == null ? root.getFirstChild() : info.getNextSibling());
    }

    /** The "editortranslator" terms of a style or locale file by form ("editor-translator" where it has none), replacing earlier ones. */
    private static void collect(Document document, Map<String, Element> forms) {
        if (document == null) {
            return;
        }
        Map<String, Element> own = new LinkedHashMap<>();
        for (String name : new String[] {"editor-translator", "editortranslator"}) {
            NodeList terms = document.getElementsByTagNameNS(NS, "term");
            for (int i = 0; i < terms.getLength(); i++) {
                Element term = (Element) terms.item(i);
                if (term.getAttribute("name").equals(name)) {
                    own.put(term.getAttribute("form").isEmpty() ? "long" : term.getAttribute("form"), term);
                }
            }
        }
        forms.putAll(own);
    }

    private static Node child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return n;
            }
        }
        return null;
    }

    private static Document parse(String xml) {
        if (xml == null || xml.isBlank()) {
            return null;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
