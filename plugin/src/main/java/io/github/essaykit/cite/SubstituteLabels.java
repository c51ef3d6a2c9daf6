package io.github.essaykit.cite;

import static io.github.essaykit.cite.CslElements.NS;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * citeproc-java 3.5.2 labels a substituted name variable with the label of the {@code names}
 * element it substitutes for, ignoring the substitute's own {@code label}: APA's chapter editors,
 * substituting for container-author (long label), print "(Editors)" where CSL and pandoc give
 * the substitute's short label, "(Eds.)". So a {@code names} whose substitutes carry other
 * labels becomes a choice on which variable will be printed: its own, else the first substitute
 * present, each branch the same element (substitute kept, so the substituted variable is still
 * suppressed later) with the label that variable must get. A shorthand substitute keeps the
 * parent's label, one with children and no label gets none.
 */
final class SubstituteLabels {

    private SubstituteLabels() {}

    static void rewrite(Document style) {
        for (Element names : CslElements.named(style, "names")) {
            Element label = child(names, "label");
            Element substitute = child(names, "substitute");
            if (substitute != null && label != null && othersDiffer(substitute, label)) {
                split(style, names, label, substitute);
            }
        }
    }

    private static boolean othersDiffer(Element substitute, Element parentLabel) {
        for (Element names : children(substitute, "names")) {
            Element label = child(names, "label");
            if (label != null && !sameAttributes(label, parentLabel)) {
                return true;
            }
        }
        return false;
    }

    private static void split(Document style, Element names, Element label, Element substitute) {
        Element choose = style.createElementNS(NS, "choose");
        names.getParentNode().replaceChild(choose, names);
        Element own = (Element) names.cloneNode(true);
        own.removeChild(child(own, "substitute"));
        choose.appendChild(branch(style, "if", names.getAttribute("variable"), own));
        for (Node n = substitute.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element alternative)) {
                continue;
            }
            if (!"names".equals(alternative.getLocalName())) {
                break; // a text or choice substitute: what follows keeps the element as written
            }
            Element variant = (Element) names.cloneNode(true);
            Element variantLabel = child(variant, "label");
            Element own2 = child(alternative, "label");
            if (own2 != null) {
                variant.replaceChild(own2.cloneNode(true), variantLabel);
            } else if (alternative.hasChildNodes() && child(alternative, "name") != null) {
                variant.removeChild(variantLabel);
            }
            choose.appendChild(branch(style, "else-if", alternative.getAttribute("variable"), variant));
        }
        Element otherwise = style.createElementNS(NS, "else");
        otherwise.appendChild(names);
        choose.appendChild(otherwise);
    }

    private static Element branch(Document style, String tag, String variables, Element content) {
        Element branch = style.createElementNS(NS, tag);
        branch.setAttribute("variable", variables);
        branch.setAttribute("match", "any");
        branch.appendChild(content);
        return branch;
    }

    private static boolean sameAttributes(Element a, Element b) {
        NamedNodeMap x = a.getAttributes();
        NamedNodeMap y = b.getAttributes();
        if (x.getLength() != y.getLength()) {
            return false;
        }
        for (int i = 0; i < x.getLength(); i++) {
            Node attribute = x.item(i);
            if (!attribute.getNodeValue().equals(b.getAttribute(attribute.getNodeName()))) {
                return false;
            }
        }
        return true;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
