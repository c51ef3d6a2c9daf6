package io.github.essaykit.resolve;

/** What the resolve stage knows of one essay: numbered notes, heading ids, checked links. */
public record EssayResolution(Notes notes, HeadingIds headingIds, EssayLinks links) {}
