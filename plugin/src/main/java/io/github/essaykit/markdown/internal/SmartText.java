package io.github.essaykit.markdown.internal;

import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Smart punctuation for plain text that is not parsed as Markdown inlines (a citation's prefix
 * and suffix, front-matter titles): the same decisions as in running text, since pandoc applies
 * its {@code smart} extension to both. Every straight quote counts as written, unescaped.
 */
public final class SmartText {

    private SmartText() {}

    public static String apply(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0 && text.indexOf("--") < 0 && text.indexOf("...") < 0
                && text.indexOf(". ") < 0) {
            return text;
        }
        Paragraph paragraph = new Paragraph();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                if (i > from) {
                    paragraph.appendChild(new Text(text.substring(from, i)));
                }
                paragraph.appendChild(new QuoteMark(c));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            paragraph.appendChild(new Text(text.substring(from)));
        }
        Document document = new Document();
        document.appendChild(paragraph);
        new SmartPunctuationPostProcessor().process(document);
        StringBuilder out = new StringBuilder();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            out.append(((Text) child).getLiteral());
        }
        return out.toString();
    }
}
