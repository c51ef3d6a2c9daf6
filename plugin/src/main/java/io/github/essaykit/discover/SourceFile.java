package io.github.essaykit.discover;

import java.nio.file.Path;

/**
 * A file of the source folder: {@code relative} uses '/' separators and names the file in
 * diagnostics; {@code path} is where it is on disk.
 */
public record SourceFile(String relative, Path path, String slug) implements Comparable<SourceFile> {

    /** @param slug {@link #slugOf} the relative name: made once, as builds ask for it many times an essay */
    public SourceFile {
        if (!slug.equals(slugOf(relative))) {
            throw new IllegalArgumentException("the slug of " + relative + " is " + slugOf(relative) + ", not " + slug);
        }
    }

    public SourceFile(String relative, Path path) {
        this(relative, path, slugOf(relative));
    }

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
    @Override
    public String slug() {
        return slug;
    }

    /** "notes/tapes.qmd" gives "notes/tapes"; a path that is no essay stays as it is. */
    public static String slugOf(String relative) {
        // called for every essay many times a build (page keys compare slugs): the regex only for odd names
        int dot = relative.lastIndexOf('.');
        char last = relative.isEmpty() ? 0 : relative.charAt(relative.length() - 1);
        if (dot < 0 || last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return ESSAY.matcher(relative).replaceFirst("");
        }
        String ending = relative.substring(dot + 1);
        for (String essay : ENDINGS) {
            if (ending.length() == essay.length() && ending.regionMatches(true, 0, essay, 0, essay.length())
                    && ending.chars().allMatch(c -> c < 128)) {
                return relative.substring(0, dot);
            }
        }
        return relative;
    }

    /** The endings {@link #ESSAY} names, for {@link #slugOf} without the regex. */
    private static final String[] ENDINGS = {"md", "markdown", "qmd", "rmd"};

    @Override
    public int compareTo(SourceFile other) {
        return relative.compareTo(other.relative);
    }
}
