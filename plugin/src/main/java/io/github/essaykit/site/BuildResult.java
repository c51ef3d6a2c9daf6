package io.github.essaykit.site;

import io.github.essaykit.diagnostic.Count;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.report.SourcingReport;
import io.github.essaykit.write.SiteFiles;
import java.util.List;

/**
 * The outcome of compiling a site: its files (null when there were errors), every problem
 * found, the counts the build reports, what the build says once at info level (a feature
 * left out, and why), and the sourcing report when asked for (else null).
 */
public record BuildResult(SiteFiles files, Diagnostics diagnostics, Stats stats, Work work, List<String> notes,
        SourcingReport sourcing) {

    public BuildResult {
        notes = List.copyOf(notes);
    }

    public BuildResult(SiteFiles files, Diagnostics diagnostics, Stats stats, Work work, List<String> notes) {
        this(files, diagnostics, stats, work, notes, null);
    }

    /** With the editor's sourcing report (asked for by {@link SiteConfig#sourcingReport}). */
    BuildResult withSourcing(SourcingReport report) {
        return new BuildResult(files, diagnostics, stats, work, notes, report);
    }

    public BuildResult(SiteFiles files, Diagnostics diagnostics, Stats stats) {
        this(files, diagnostics, stats, Work.NONE, List.of());
    }

    public BuildResult(SiteFiles files, Diagnostics diagnostics, Stats stats, Work work) {
        this(files, diagnostics, stats, work, List.of());
    }

    /**
     * What the build did: pages (and the site bibliography) made afresh, those taken from the
     * cache, and files written because their bytes changed (-1 when nothing was written).
     */
    public record Work(int rendered, int reused, int written) {

        static final Work NONE = new Work(0, 0, -1);

        Work written(int files) {
            return new Work(rendered, reused, files);
        }

        @Override
        public String toString() {
            return Count.of(rendered, "page") + " rendered, " + reused + " from the cache"
                    + (written < 0 ? "" : ", " + Count.of(written, "file") + " written");
        }
    }

    BuildResult written(int files) {
        return new BuildResult(this.files, diagnostics, stats, work.written(files), notes, sourcing);
    }

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
