package io.github.essaykit.sources.bibtex;

import java.util.ArrayList;
import java.util.List;

/** pandoc's ways of joining and rewriting inline lists, used by the field mapping. */
final class InlineLists {

    private InlineLists() {}

    /** Words that are biblatex localisation keys replaced by their English text. */
    static List<Inline> resolveKeys(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            out.add(inline.isStr() ? Inline.str(LatexSymbols.bibstring(inline.text()))
                    : inline.children().isEmpty() ? inline : inline.withChildren(resolveKeys(inline.children())));
        }
        return out;
    }

    /** Joins parts with the separator and a space, or just a space after a part ending in punctuation. */
    static List<Inline> concatWith(char separator, List<List<Inline>> parts) {
        List<Inline> out = new ArrayList<>();
        for (List<Inline> part : parts) {
            if (part == null || part.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                Inline last = out.get(out.size() - 1);
                if (!(last.isStr() && !last.text().isEmpty() && "!?.,:;".indexOf(last.text().charAt(last.text().length() - 1)) >= 0)) {
                    out.add(Inline.str(String.valueOf(separator)));
                }
                out.add(Inline.SPACE_INLINE);
            }
            out.addAll(part);
            out = Inline.normalise(out);
        }
        return out;
    }

    @SafeVarargs
    static List<Inline> concat(List<Inline>... parts) {
        List<Inline> out = new ArrayList<>();
        for (List<Inline> part : parts) {
            out.addAll(part);
        }
        return Inline.normalise(out);
    }

    static List<Inline> enDashToHyphen(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            out.add(inline.isStr() ? Inline.str(inline.text().replace('–', '-'))
                    : inline.children().isEmpty() ? inline : inline.withChildren(enDashToHyphen(inline.children())));
        }
        return out;
    }
}
