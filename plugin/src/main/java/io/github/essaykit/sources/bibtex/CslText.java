package io.github.essaykit.sources.bibtex;

import java.util.List;

/**
 * Inlines as CSL-JSON text, as pandoc writes it: {@code <i>}, {@code <b>}, small caps,
 * {@code <sup>}/{@code <sub>}, quotes as “…” with ‘…’ inside, an italic inside italic as
 * {@code font-style:normal}. Protected case ({@code nocase}) is dropped, as pandoc's writer does;
 * for the formatter it is kept by a marker (citeproc-java reads no markup in values).
 */
final class CslText {

    private final boolean keepNocase;
    private final boolean markup;
    private final StringBuilder out = new StringBuilder();
    private int nocase;

    private CslText(boolean keepNocase, boolean markup) {
        this.keepNocase = keepNocase;
        this.markup = markup;
    }

    /** As {@code pandoc -t csljson} writes it. */
    static String pandoc(List<Inline> inlines) {
        CslText text = new CslText(false, true);
        text.render(inlines, true, true, true, true);
        return text.out.toString();
    }

    /**
     * The text without markup (quotation marks kept), for a formatter that takes plain text;
     * each word of a protected group starts with {@link BibTeXReader#KEEP_CASE}.
     */
    static String plain(List<Inline> inlines) {
        CslText text = new CslText(true, false);
        text.render(inlines, true, true, true, true);
        return text.out.toString();
    }

    private void render(List<Inline> inlines, boolean italics, boolean bold, boolean smallCaps, boolean outerQuotes) {
        for (Inline inline : inlines) {
            List<Inline> c = inline.children();
            switch (inline.kind()) {
                case STR -> {
                    out.append(nocase > 0 && !markup ? BibTeXReader.keepCase(inline.text()) : inline.text());
                }
                case VERBATIM, SPACE, LINEBREAK -> out.append(inline.text());
                case EMPH -> {
                    tag(italics ? "<i>" : "<span style=\"font-style:normal;\">");
                    render(c, !italics, bold, smallCaps, outerQuotes);
                    tag(italics ? "</i>" : "</span>");
                }
                case STRONG -> {
                    tag(bold ? "<b>" : "<span style=\"font-weight:normal;\">");
                    render(c, italics, !bold, smallCaps, outerQuotes);
                    tag(bold ? "</b>" : "</span>");
                }
                case SMALLCAPS -> {
                    tag(smallCaps ? "<span style=\"font-variant:small-caps;\">" : "<span style=\"font-variant:normal;\">");
                    render(c, italics, bold, !smallCaps, outerQuotes);
                    tag("</span>");
                }
                case SUP -> wrap("sup", c, italics, bold, smallCaps, outerQuotes);
                case SUB -> wrap("sub", c, italics, bold, smallCaps, outerQuotes);
                case UNDERLINE -> wrap("u", c, italics, bold, smallCaps, outerQuotes);
                case QUOTED -> {
                    out.append(outerQuotes ? "“" : "‘");
                    render(c, italics, bold, smallCaps, !outerQuotes);
                    out.append(outerQuotes ? "”" : "’");
                }
                case NOCASE -> {
                    nocase += keepNocase ? 1 : 0;
                    render(c, italics, bold, smallCaps, outerQuotes);
                    nocase -= keepNocase ? 1 : 0;
                }
                case GROUP, SPAN, UNCASED -> render(c, italics, bold, smallCaps, outerQuotes);
                case RAW -> { }
            }
        }
    }

    private void wrap(String name, List<Inline> c, boolean italics, boolean bold, boolean smallCaps, boolean outerQuotes) {
        tag("<" + name + ">");
        render(c, italics, bold, smallCaps, outerQuotes);
        tag("</" + name + ">");
    }

    private void tag(String tag) {
        if (markup) {
            out.append(tag);
        }
    }
}
