package io.github.essaykit.cite;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The elements of a CSL style or locale by name, for code that edits the document as it goes. */
final class CslElements {

    static final String NS = "http://purl.org/net/xbiblio/csl";

    private CslElements() {}

    /**
     * Every element named {@code tag} in {@code document}, in document order, as a list that
     * edits leave as it is. The DOM's own list is live: after each edit it walks the document
     * again from its start, so a loop that changed an attribute at each element took time
     * quadratic in the style's size (about 20 ms a style variant of chicago-author-date).
     */
    static List<Element> named(Document document, String tag) {
        return list(document.getElementsByTagNameNS(NS, tag));
    }

    /** As {@link #named(Document, String)}, below {@code parent}. */
    static List<Element> named(Element parent, String tag) {
        return list(parent.getElementsByTagNameNS(NS, tag));
    }

    private static List<Element> list(NodeList live) {
        int length = live.getLength();
        List<Element> elements = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            elements.add((Element) live.item(i));
        }
        return elements;
    }
}
