package io.github.essaykit.cite;

import java.util.List;

/** An essay's citations formatted in reading order, and its bibliography in the style's order. */
public record EssayCitations(List<FormattedCitation> citations, List<BibliographyEntry> bibliography) {}
