package io.github.essaykit.cite;

/** One formatted bibliography entry: the source key and its HTML (escaped, no wrapper element). */
public record BibliographyEntry(String key, String html) {}
