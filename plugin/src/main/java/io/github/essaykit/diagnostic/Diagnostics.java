package io.github.essaykit.diagnostic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An immutable, sorted set of problems from one or more stages. Stages return one beside their
 * result; the build merges them and stops before writing when any is an error.
 */
public record Diagnostics(List<Diagnostic> all) {

    public static final Diagnostics NONE = new Diagnostics(List.of());

    public Diagnostics {
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(null);
        all = List.copyOf(sorted.stream().distinct().toList());
    }

    public static Diagnostics of(Collection<Diagnostic> diagnostics) {
        return new Diagnostics(List.copyOf(diagnostics));
    }

    public Diagnostics plus(Diagnostics other) {
        if (other.all.isEmpty()) {
            return this;
        }
        List<Diagnostic> merged = new ArrayList<>(all);
        merged.addAll(other.all);
        return new Diagnostics(merged);
    }

    public List<Diagnostic> errors() {
        return all.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return all.stream().filter(d -> !d.isError()).toList();
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** "Found 2 errors and 1 warning." */
    public String summary() {
        int errors = errors().size();
        int warnings = all.size() - errors;
        return "Found " + Count.of(errors, "error") + " and " + Count.of(warnings, "warning") + ".";
    }
}
