package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.csl.internal.locale.LTerm;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code <number form="ordinal"/>} and {@code form="long-ordinal"}, which citeproc-java 3.5.2
 * prints as plain numbers ("2 ed."). The style marks such numbers (a prefix mark); the output
 * gets each marked number in the locale's ordinal form, "2nd ed.", "second", as CSL 1.0.2
 * (Ordinal Suffixes) says: the term ordinal-NN for the last two digits, else ordinal-0N for the
 * last digit, else "ordinal"; long-ordinal-01 to -10 for 1 to 10, else the ordinal.
 */
final class Ordinals {

    static final char ORDINAL = '\uE026';
    static final char LONG_ORDINAL = '\uE027';

    private static final Pattern MARKED = Pattern.compile("([\uE026\uE027])(\\d+)?");

    private final Map<String, LTerm> terms;

    private Ordinals(Map<String, LTerm> terms) {
        this.terms = terms == null ? Map.of() : terms;
    }

    static Ordinals of(LLocale locale) {
        return new Ordinals(locale == null ? null : locale.getTerms().get(LTerm.Form.LONG));
    }

    /** Marks the style's ordinal numbers. */
    static void mark(Document style) {
        for (Element number : CslElements.named(style, "number")) {
            String form = number.getAttribute("form");
            if (form.equals("ordinal") || form.equals("long-ordinal")) {
                number.setAttribute("prefix", number.getAttribute("prefix") + (form.equals("ordinal") ? ORDINAL : LONG_ORDINAL));
            }
        }
    }

    /** The text with each marked number written as an ordinal and every mark removed. */
    String apply(String text) {
        if (text.indexOf(ORDINAL) < 0 && text.indexOf(LONG_ORDINAL) < 0) {
            return text;
        }
        Matcher m = MARKED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group(2);
            String replacement = number == null ? "" : m.group(1).charAt(0) == LONG_ORDINAL ? longOrdinal(number) : ordinal(number);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    String ordinal(String number) {
        String digits = number.replaceFirst("^0+(?=\\d)", "");
        String lastTwo = digits.length() >= 2 ? digits.substring(digits.length() - 2) : null;
        String term = lastTwo != null && lastTwo.charAt(0) != '0' ? term("ordinal-" + lastTwo) : null;
        if (term == null) {
            term = term("ordinal-0" + digits.charAt(digits.length() - 1));
        }
        if (term == null) {
            term = term("ordinal");
        }
        return digits + (term == null ? "" : term);
    }

    private String longOrdinal(String number) {
        int n = number.length() > 2 ? 0 : Integer.parseInt(number);
        String term = n >= 1 && n <= 10 ? term(String.format("long-ordinal-%02d", n)) : null;
        return term != null ? term : ordinal(number);
    }

    private String term(String name) {
        LTerm term = terms.get(name);
        return term == null ? null : term.getSingle();
    }
}
