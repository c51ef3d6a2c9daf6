package io.github.essaykit.resolve;

import io.github.essaykit.markdown.SourcePosition;

/**
 * Something a link or cross-reference can point at in an essay: a heading (labelled or not), a
 * figure, a table or a labelled display equation (whose {@code text} is its TeX). {@code number} is "2.1", "3" or "" (unnumbered); {@code text} the heading
 * or caption as plain text; {@code excerpt} the opening text after a heading, for previews.
 */
public record Label(String id, Kind kind, String number, String text, String excerpt, SourcePosition where) {

    public enum Kind {
        SECTION,
        FIGURE,
        TABLE,
        EQUATION
    }

    /** True for a {@code {#sec-…}}, {@code {#fig-…}}, {@code {#tbl-…}} or {@code {#eq-…}} label a cross-reference may name. */
    public boolean isCrossReferenceable() {
        return id.startsWith("sec-") || id.startsWith("fig-") || id.startsWith("tbl-") || id.startsWith("eq-");
    }
}
