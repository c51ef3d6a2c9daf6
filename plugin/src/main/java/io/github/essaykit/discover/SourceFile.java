package io.github.essaykit.discover;

import java.nio.file.Path;

/**
 * A file of the source folder: {@code relative} uses '/' separators and names the file in
 * diagnostics; {@code path} is where it is on disk.
 */
public record SourceFile(String relative, Path path) implements Comparable<SourceFile> {

    /**
     * Endings of essay files: Markdown, and the Quarto and R Markdown documents writers bring
     * ({@code .qmd}, {@code .Rmd}), which are Markdown with code chunks that essaykit shows as code.
     */
    private static final java.util.regex.Pattern ESSAY = java.util.regex.Pattern.compile("(?i)\\.(md|markdown|qmd|rmd)$");

    /** Whether a file named {@code relative} is an essay. */
    public static boolean isEssay(String relative) {
        return ESSAY.matcher(relative).find();
    }

    /** The essay's slug: its relative path without its ending ("notes/tapes.md" gives "notes/tapes"). */
    public String slug() {
        return slugOf(relative);
    }

    /** "notes/tapes.qmd" gives "notes/tapes"; a path that is no essay stays as it is. */
    public static String slugOf(String relative) {
        return ESSAY.matcher(relative).replaceFirst("");
    }

    @Override
    public int compareTo(SourceFile other) {
        return relative.compareTo(other.relative);
    }
}
