package io.github.essaykit.cache;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** Diagnostics as {@link Blob} fields, for every cached value that carries its problems with it. */
public final class StoredDiagnostics {

    private StoredDiagnostics() {}

    public static void write(Blob.Writer out, List<Diagnostic> diagnostics) {
        out.integer(diagnostics.size());
        diagnostics.forEach(d -> out.string(d.file()).integer(d.line()).integer(d.column()).string(d.severity().name()).string(d.message()));
    }

    /** @throws Blob.Corrupt for fields that are no diagnostics */
    public static List<Diagnostic> read(Blob.Reader in) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            String file = in.string();
            int line = in.integer();
            int column = in.integer();
            Severity severity = severity(in.string());
            diagnostics.add(new Diagnostic(file, line, column, severity, in.string()));
        }
        return diagnostics;
    }

    private static Severity severity(String name) {
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new Blob.Corrupt("no severity " + name);
        }
    }
}
