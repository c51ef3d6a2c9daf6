package io.github.essaykit.diagnostic;

import java.util.Comparator;

/**
 * One problem found in the input, with its position: {@code file} is relative to the source
 * folder with '/' separators, {@code line} and {@code column} are 1-based (0 when unknown).
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message)
        implements Comparable<Diagnostic> {

    /** The "file" of a problem in the plugin's parameters (the POM or {@code -D}), which is no file of the source folder. */
    public static final String CONFIGURATION = "essay plugin configuration";

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /**
     * The line a user reads, with the source folder's name {@code folder} before a file in it; an
     * absolute path (a template folder elsewhere) and the configuration are shown as they are.
     */
    public String shownIn(String folder) {
        boolean outside = file.equals(CONFIGURATION) || file.startsWith("/")
                || file.length() > 2 && file.charAt(1) == ':' && file.charAt(2) == '/'; // C:/... on Windows
        return outside ? toString() : folder + "/" + this;
    }

    /** The compiler-style line: {@code essays/a.md:12:5: error: unknown citation key 'x'}. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + severity.label() + ": " + message;
    }
}
