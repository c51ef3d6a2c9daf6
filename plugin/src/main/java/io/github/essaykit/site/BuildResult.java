package io.github.essaykit.site;

import io.github.essaykit.diagnostic.Count;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.write.SiteFiles;

/**
 * The outcome of compiling a site: its files (null when there were errors), every problem
 * found, and the counts the build reports.
 */
public record BuildResult(SiteFiles files, Diagnostics diagnostics, Stats stats) {

    public record Stats(int essays, int citations, int notes, int crossReferences, int sources) {

        public Stats plus(Stats o) {
            return new Stats(essays + o.essays, citations + o.citations, notes + o.notes,
                    crossReferences + o.crossReferences, sources + o.sources);
        }

        @Override
        public String toString() {
            return Count.of(essays, "essay") + ", " + Count.of(citations, "citation") + ", " + Count.of(notes, "note")
                    + ", " + Count.of(crossReferences, "cross-reference") + ", " + Count.of(sources, "source");
        }
    }

    public boolean ok() {
        return files != null && !diagnostics.hasErrors();
    }
}
