package io.github.essaykit.discover;

import java.nio.file.Path;

/**
 * A file of the source folder: {@code relative} uses '/' separators and names the file in
 * diagnostics; {@code path} is where it is on disk.
 */
public record SourceFile(String relative, Path path) implements Comparable<SourceFile> {

    /** The essay's slug: its relative path without ".md" ("notes/tapes.md" gives "notes/tapes"). */
    public String slug() {
        return relative.endsWith(".md") ? relative.substring(0, relative.length() - 3) : relative;
    }

    @Override
    public int compareTo(SourceFile other) {
        return relative.compareTo(other.relative);
    }
}
