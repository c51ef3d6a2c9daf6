package io.github.essaykit.cite;

import static io.github.essaykit.cite.CslElements.NS;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * citeproc-java 3.5.2 writes the delimiter of a {@code <names variable="editor translator"
 * delimiter=". ">} before a later variable even when the earlier ones are empty: ". . Translated
 * by", "(; I. Sørensen, Trans.)". CSL 1.0.2 joins only the name lists that are printed. So such a
 * {@code names} becomes a group, delimited alike, of one {@code names} per variable (a group prints
 * delimiters only between what is printed); one with a {@code substitute} keeps its form, for
 * when every variable is empty, in the {@code else} of a choice.
 */
final class EmptyNames {

    private EmptyNames() {}

    static void split(Document style) {
        List<Element> candidates = new ArrayList<>();
        for (Element names : CslElements.named(style, "names")) {
            if (names.hasAttribute("delimiter") && variables(names).length > 1 && !insideSubstitute(names)) {
                candidates.add(names);
            }
        }
        for (Element names : candidates) {
            split(style, names);
        }
    }

    private static void split(Document style, Element names) {
        Element group = style.createElementNS(NS, "group");
        NamedNodeMap attributes = names.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!attribute.getName().equals("variable")) {
                group.setAttribute(attribute.getName(), attribute.getValue()); // delimiter, affixes, formatting
            }
        }
        Element substitute = null;
        for (String variable : variables(names)) {
            Element one = style.createElementNS(NS, "names");
            one.setAttribute("variable", variable);
            for (Node n = names.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals("substitute")) {
                    substitute = e;
                } else {
                    one.appendChild(n.cloneNode(true));
                }
            }
            group.appendChild(one);
        }
        if (substitute == null) {
            names.getParentNode().replaceChild(group, names);
            return;
        }
        Element choose = style.createElementNS(NS, "choose");
        names.getParentNode().replaceChild(choose, names);
        Element present = style.createElementNS(NS, "if");
        present.setAttribute("variable", names.getAttribute("variable").trim());
        present.setAttribute("match", "any");
        present.appendChild(group);
        Element otherwise = style.createElementNS(NS, "else");
        otherwise.appendChild(names);
        choose.appendChild(present);
        choose.appendChild(otherwise);
    }

    private static String[] variables(Element names) {
        String variable = names.getAttribute("variable").trim();
        return variable.isEmpty() ? new String[0] : variable.split("\\s+");
    }

    private static boolean insideSubstitute(Element element) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if ("substitute".equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }
}
