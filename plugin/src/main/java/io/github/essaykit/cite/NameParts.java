package io.github.essaykit.cite;

import static io.github.essaykit.cite.CslElements.NS;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Particles placed as CSL 1.0.2 says ("Name-part Order"), which citeproc-java 3.5.2 does not do:
 * in an inverted name (name-as-sort-order) the dropping particle follows the given name, "Berg,
 * Anneke van der", and so does the non-dropping particle when the style demotes it
 * (demote-non-dropping-particle="display-and-sort" or "display-only"): "Gogh, Vincent van".
 * citeproc-java always writes the particles before the family name.
 *
 * <p>So the particles of a name reach citeproc-java between marks, and the style marks where each
 * given and each long-form family name ends ({@code name-part} suffixes); in the output, marked
 * particles that start an inverted name ("particles family sep given") move after its given name,
 * and every mark is removed. The same is done to rendered sort keys, so such a name sorts under
 * its family name.
 */
final class NameParts {

    static final char DROPPING_START = '\uE020';
    static final char DROPPING_END = '\uE022';
    static final char NON_DROPPING_START = '\uE023';
    static final char NON_DROPPING_END = '\uE024';
    static final char GIVEN_END = '\uE021';
    static final char FAMILY_END = '\uE025';
    /**
     * Around a name's suffix: citeproc-java ends an inverted name's family with it ("King Jr., Martin Luther").
     * Not U+E026 and U+E027, {@link Ordinals}' marks.
     */
    static final char SUFFIX_START = '\uE028';
    static final char SUFFIX_END = '\uE029';

    /**
     * The initial of a lower-case part after a hyphen in an initialised given name ("M.-j." of
     * "Min-jun"), where a given-name mark follows with no other mark or tag between. Such a part
     * gets no initial: the CSL test suite's name_LowercaseSurnameSuffix gives "G Chen" for
     * "Guo-ping", as pandoc and citeproc-js print; citeproc-java 3.5.2 writes "G-p".
     */
    private static final java.util.regex.Pattern LOWER_CASE_INITIAL = java.util.regex.Pattern.compile(
            "(?<!\\p{L})(\\p{Lu}\\.?)-\\p{Ll}\\.?(?!\\p{L})(?=[^\uE020-\uE025\uE028\uE029<>]*\uE021)");

    private NameParts() {}

    /** Adds the end marks of given and family names to every {@code <name>} of the style. */
    static void mark(Document style) {
        for (Element name : CslElements.named(style, "name")) {
            markEnd(style, name, "given", GIVEN_END);
            markEnd(style, name, "family", FAMILY_END);
        }
    }

    private static void markEnd(Document style, Element name, String part, char mark) {
        for (Element existing : CslElements.named(name, "name-part")) {
            if (part.equals(existing.getAttribute("name"))) {
                existing.setAttribute("suffix", existing.getAttribute("suffix") + mark);
                return;
            }
        }
        Element added = style.createElementNS(NS, "name-part");
        added.setAttribute("name", part);
        added.setAttribute("suffix", String.valueOf(mark));
        name.appendChild(added);
    }

    /** Whether the style moves non-dropping particles after the given name of an inverted name. */
    static boolean demotes(String demoteNonDroppingParticle) {
        return demoteNonDroppingParticle.equals("display-and-sort") || demoteNonDroppingParticle.equals("display-only");
    }

    /** The item with the particles of its names between marks (the same item when it has none). */
    static CSLItemData mark(CSLItemData item, boolean demote) {
        if (!hasParticles(item, demote)) {
            return item;
        }
        CSLItemDataBuilder builder = new CSLItemDataBuilder(item);
        mark(item::getAuthor, builder::author, demote);
        mark(item::getEditor, builder::editor, demote);
        mark(item::getTranslator, builder::translator, demote);
        mark(item::getContainerAuthor, builder::containerAuthor, demote);
        mark(item::getCollectionEditor, builder::collectionEditor, demote);
        mark(item::getCompiler, builder::compiler, demote);
        mark(item::getComposer, builder::composer, demote);
        mark(item::getDirector, builder::director, demote);
        mark(item::getIllustrator, builder::illustrator, demote);
        mark(item::getInterviewer, builder::interviewer, demote);
        mark(item::getOriginalAuthor, builder::originalAuthor, demote);
        mark(item::getRecipient, builder::recipient, demote);
        mark(item::getReviewedAuthor, builder::reviewedAuthor, demote);
        mark(item::getEditorialDirector, builder::editorialDirector, demote);
        return builder.build();
    }

    private static void mark(java.util.function.Supplier<CSLName[]> get, java.util.function.Consumer<CSLName[]> set,
            boolean demote) {
        CSLName[] names = get.get();
        if (names == null) {
            return;
        }
        CSLName[] marked = new CSLName[names.length];
        for (int i = 0; i < names.length; i++) {
            marked[i] = mark(names[i], demote);
        }
        set.accept(marked);
    }

    private static CSLName mark(CSLName name, boolean demote) {
        if (name.getLiteral() != null || isBlank(name.getGiven()) || isBlank(name.getFamily())) {
            return name; // nothing to move the particles after
        }
        CSLNameBuilder builder = new CSLNameBuilder(name);
        if (!isBlank(name.getSuffix())) {
            builder.suffix(SUFFIX_START + name.getSuffix().strip() + SUFFIX_END);
        }
        if (!isBlank(name.getDroppingParticle())) {
            builder.droppingParticle(DROPPING_START + name.getDroppingParticle().strip() + DROPPING_END);
        }
        if (demote && !isBlank(name.getNonDroppingParticle())) {
            builder.nonDroppingParticle(NON_DROPPING_START + name.getNonDroppingParticle().strip() + NON_DROPPING_END);
        }
        return builder.build();
    }

    private static boolean hasParticles(CSLItemData item, boolean demote) {
        for (CSLName[] names : List.of(orNone(item.getAuthor()), orNone(item.getEditor()), orNone(item.getTranslator()),
                orNone(item.getContainerAuthor()), orNone(item.getCollectionEditor()), orNone(item.getCompiler()),
                orNone(item.getComposer()), orNone(item.getDirector()), orNone(item.getIllustrator()),
                orNone(item.getInterviewer()), orNone(item.getOriginalAuthor()), orNone(item.getRecipient()),
                orNone(item.getReviewedAuthor()), orNone(item.getEditorialDirector()))) {
            for (CSLName name : names) {
                if (!isBlank(name.getDroppingParticle()) || demote && !isBlank(name.getNonDroppingParticle())
                        || !isBlank(name.getSuffix()) && !isBlank(name.getGiven()) && !isBlank(name.getFamily())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static CSLName[] orNone(CSLName[] names) {
        return names == null ? new CSLName[0] : names;
    }

    /**
     * Rendered text with the marked particles of each inverted name moved after its given name
     * (non-dropping ones only when {@code demoteNonDropping}) and every mark removed.
     */
    static String place(String html, boolean demoteNonDropping) {
        if (html.chars().noneMatch(NameParts::isMark)) {
            return html;
        }
        String text = html.indexOf('-') < 0 ? html : LOWER_CASE_INITIAL.matcher(html).replaceAll("$1");
        StringBuilder out = new StringBuilder();
        int i = 0;
        int skip = -1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i == skip) {
                i++;
                continue;
            }
            if (c == SUFFIX_START) {
                i = suffix(text, i, out);
                continue;
            }
            if (c != DROPPING_START && c != NON_DROPPING_START) {
                if (!isMark(c)) {
                    out.append(c);
                } else if (endsWithPeriod(out)) {
                    skip = periodAhead(text, i + 1); // the mark kept citeproc-java from merging "J." and a following "."
                }
                i++;
                continue;
            }
            List<Particle> particles = new ArrayList<>();
            int j = i;
            while (j < text.length() && (text.charAt(j) == DROPPING_START || text.charAt(j) == NON_DROPPING_START)) {
                char end = text.charAt(j) == DROPPING_START ? DROPPING_END : NON_DROPPING_END;
                int close = text.indexOf(end, j + 1);
                if (close < 0) {
                    break;
                }
                particles.add(new Particle(text.substring(j + 1, close), end == DROPPING_END));
                j = close + 1;
                if (j < text.length() && text.charAt(j) == ' ') {
                    j++;
                }
            }
            if (particles.isEmpty()) {
                i++; // an unclosed mark: dropped
                continue;
            }
            int familyEnd = inverted(text, i, j) ? text.indexOf(FAMILY_END, j) : -1;
            int givenEnd = familyEnd < 0 ? -1 : text.indexOf(GIVEN_END, familyEnd);
            String family = familyEnd < 0 ? "" : text.substring(j, familyEnd);
            String suffix = null;
            int suffixStart = family.indexOf(SUFFIX_START);
            int suffixEnd = family.indexOf(SUFFIX_END);
            if (suffixStart >= 0 && suffixEnd == family.length() - 1) {
                suffix = family.substring(suffixStart + 1, suffixEnd);
                family = family.substring(0, suffixStart).stripTrailing();
            }
            if (givenEnd < 0 || hasMark(family, 0, family.length()) || hasMark(text, familyEnd + 1, givenEnd)) {
                particles.forEach(p -> out.append(p.text()).append(p.endsWithApostrophe() ? "" : " "));
                i = j;
                continue;
            }
            List<Particle> moved = new ArrayList<>();
            for (Particle p : particles) {
                if (p.dropping() || demoteNonDropping) {
                    moved.add(p);
                } else {
                    out.append(p.text()).append(p.endsWithApostrophe() ? "" : " ");
                }
            }
            out.append(family).append(text, familyEnd + 1, givenEnd);
            for (Particle p : moved) {
                out.append(' ').append(p.text());
            }
            if (suffix != null) {
                out.append(separator(text, familyEnd + 1, givenEnd)).append(suffix);
            }
            i = suffix != null ? givenEnd : givenEnd + 1; // after a suffix, its mark next (one period)
        }
        return out.toString();
    }

    /**
     * A marked suffix at {@code start}: where it ends an inverted name's family ("King Jr.", then the
     * family's mark, the sort separator and the given name), moved after the given name with the
     * separator, "King, Martin Luther, Jr." (CSL 1.0.2, Name-part Order); elsewhere left where it is.
     * Returns where to go on.
     */
    private static int suffix(String text, int start, StringBuilder out) {
        int end = text.indexOf(SUFFIX_END, start + 1);
        if (end < 0) {
            return start + 1; // an unclosed mark: dropped
        }
        String suffix = text.substring(start + 1, end);
        int givenEnd = end + 1 < text.length() && text.charAt(end + 1) == FAMILY_END && !afterItsGivenName(text, start)
                ? text.indexOf(GIVEN_END, end + 2) : -1;
        if (givenEnd < 0 || hasMark(text, end + 2, givenEnd)) {
            out.append(suffix);
            return end + 1;
        }
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        out.append(text, end + 2, givenEnd).append(separator(text, end + 2, givenEnd)).append(suffix);
        return givenEnd; // its mark next: "Jr." and a period after the name make one period
    }

    /**
     * Whether the family name before {@code at} follows its own given name ("M. L. King Jr."): back
     * over the family's words and any marked particles, a given name's mark comes first, not the
     * start of the text, markup or a delimiter.
     */
    private static boolean afterItsGivenName(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == GIVEN_END) {
                return true;
            }
            boolean partOfName = Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '\'' || c == '’' || c == '-'
                    || c >= DROPPING_START && c <= NON_DROPPING_END;
            if (!partOfName) {
                return false;
            }
        }
        return false;
    }

    /** The sort separator an inverted name's given name follows: what comes before its first letter (", "), else a space. */
    private static String separator(String text, int from, int to) {
        int k = from;
        while (k < to && !Character.isLetterOrDigit(text.charAt(k)) && text.charAt(k) != '<' && text.charAt(k) != '&') {
            k++;
        }
        return k > from ? text.substring(from, k) : " ";
    }

    /** Whether the text ends with a period, markup aside. */
    private static boolean endsWithPeriod(CharSequence out) {
        int k = out.length() - 1;
        while (k >= 0 && out.charAt(k) == '>') {
            while (k >= 0 && out.charAt(k) != '<') {
                k--;
            }
            k--;
        }
        return k >= 0 && out.charAt(k) == '.';
    }

    /** The index of a period that comes next in the text, markup and marks aside, else -1. */
    private static int periodAhead(String text, int from) {
        int k = from;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (c == '<') {
                k = text.indexOf('>', k);
                if (k < 0) {
                    return -1;
                }
            } else if (c == '.') {
                return k;
            } else if (!isMark(c)) {
                return -1;
            }
            k++;
        }
        return -1;
    }

    /** Particles at the start of a name (not right after its given name, as in "Anneke van der Berg"). */
    private static boolean inverted(String text, int start, int end) {
        int k = start - 1;
        while (k >= 0) {
            char c = text.charAt(k);
            if (c == '>') {
                k = text.lastIndexOf('<', k);
            } else if (!Character.isWhitespace(c)) {
                return c != GIVEN_END;
            }
            k--;
        }
        return true;
    }

    private static boolean hasMark(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isMark(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isMark(int c) {
        return c >= DROPPING_START && c <= FAMILY_END || c == SUFFIX_START || c == SUFFIX_END;
    }

    private record Particle(String text, boolean dropping) {
        boolean endsWithApostrophe() {
            return text.endsWith("'") || text.endsWith("’") || text.matches(".*&(#39|apos|rsquo|#8217|#x2019);");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
