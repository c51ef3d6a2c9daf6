package io.github.essaykit.sources.bibtex;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of a field value after its LaTeX is read, the subset of pandoc's inline model that
 * BibTeX values produce: text, spaces, a brace group (which protects case), formatting.
 */
record Inline(Kind kind, String text, List<Inline> children) {

    enum Kind {
        /** Text (a run without spaces). */
        STR,
        SPACE,
        LINEBREAK,
        /** A brace group {@code {...}}: protects case when a title is sentence-cased. */
        GROUP,
        /** A group that keeps its case through the style's case changes. */
        NOCASE,
        /** A span with a class of its own (\textnormal, \textrm, \href text): formatting-free. */
        SPAN,
        EMPH,
        STRONG,
        SMALLCAPS,
        SUP,
        SUB,
        UNDERLINE,
        QUOTED,
        /** biblatex's {@code \mkbibemph} and kin around their formatting: pandoc leaves the text out of sentence case. */
        UNCASED,
        /** Math, \texttt, a URL: printed as is, never case-changed. */
        VERBATIM,
        /** A command pandoc does not know: prints nothing, but keeps the spaces around it apart. */
        RAW
    }

    static final Inline SPACE_INLINE = new Inline(Kind.SPACE, " ", List.of());

    static Inline str(String text) {
        return new Inline(Kind.STR, text, List.of());
    }

    static Inline of(Kind kind, List<Inline> children) {
        return new Inline(kind, "", List.copyOf(children));
    }

    Inline with(Kind newKind) {
        return new Inline(newKind, text, children);
    }

    Inline withChildren(List<Inline> newChildren) {
        return new Inline(kind, text, List.copyOf(newChildren));
    }

    boolean isStr() {
        return kind == Kind.STR;
    }

    /** The text without formatting, as pandoc's stringify. */
    static String plain(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendPlain(inlines, out);
        return out.toString();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            switch (inline.kind) {
                case STR, VERBATIM -> out.append(inline.text);
                case SPACE -> out.append(' ');
                case LINEBREAK -> out.append(' ');
                default -> appendPlain(inline.children, out);
            }
        }
    }

    /** Adjacent text merged, runs of spaces collapsed and spaces around a line break dropped, as pandoc's builder does. */
    static List<Inline> normalise(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (inline.kind == Kind.STR && inline.text.isEmpty()) {
                continue;
            }
            if (inline.kind == Kind.STR && last != null && last.kind == Kind.STR) {
                out.set(out.size() - 1, str(last.text + inline.text));
            } else if (inline.kind == Kind.SPACE && last != null && (last.kind == Kind.SPACE || last.kind == Kind.LINEBREAK)) {
                continue;
            } else if (inline.kind == Kind.LINEBREAK && last != null && last.kind == Kind.SPACE) {
                out.set(out.size() - 1, inline); // pandoc's builder: a space next to a line break goes
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    /** Without leading and trailing spaces. */
    static List<Inline> strip(List<Inline> inlines) {
        int from = 0;
        int to = inlines.size();
        while (from < to && inlines.get(from).kind == Kind.SPACE) {
            from++;
        }
        while (to > from && inlines.get(to - 1).kind == Kind.SPACE) {
            to--;
        }
        return inlines.subList(from, to);
    }
}
