package io.github.essaykit.resolve;

/**
 * What the resolve stage knows of one essay: numbered notes, the ids and numbers of its
 * headings, figures and tables, its checked links and its formatted citations.
 */
public record EssayResolution(Notes notes, Labels labels, EssayLinks links, Citations citations) {}
