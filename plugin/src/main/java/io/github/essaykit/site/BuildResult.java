package io.github.essaykit.site;

import io.github.essaykit.diagnostic.Count;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.report.SourcingReport;
import io.github.essaykit.write.SiteFiles;
import io.github.essaykit.write.SiteOutput;
import java.util.List;

/**
 * The outcome of compiling a site: where its files went (null when there were errors), every problem
 * found, the counts the build reports, what the build says once at info level (a feature
 * left out, and why), and the sourcing report when asked for (else null).
 */
public record BuildResult(SiteOutput site, Diagnostics diagnostics, Stats stats, Work work, List<String> notes,
        SourcingReport sourcing) {

    public BuildResult {
        notes = List.copyOf(notes);
    }

    public BuildResult(SiteOutput site, Diagnostics diagnostics, Stats stats, Work work, List<String> notes) {
        this(site, diagnostics, stats, work, notes, null);
    }

    /** With the editor's sourcing report (asked for by {@link SiteConfig#sourcingReport}). */
    BuildResult withSourcing(SourcingReport report) {
        return new BuildResult(site, diagnostics, stats, work, notes, report);
    }

    public BuildResult(SiteOutput site, Diagnostics diagnostics, Stats stats) {
        this(site, diagnostics, stats, Work.NONE, List.of());
    }

    public BuildResult(SiteOutput site, Diagnostics diagnostics, Stats stats, Work work) {
        this(site, diagnostics, stats, work, List.of());
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
        return new BuildResult(site, diagnostics, stats, work.written(files), notes, sourcing);
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
        return site != null && !diagnostics.hasErrors();
    }

    /**
     * The site's files in memory ({@link SiteBuilder#compile}); null when there were errors.
     *
     * @throws IllegalStateException for a build that wrote its files as it went ({@link SiteBuilder#build})
     */
    public SiteFiles files() {
        if (site == null || site instanceof SiteFiles) {
            return (SiteFiles) site;
        }
        throw new IllegalStateException("this build wrote its files as it went and kept only their paths: site().paths()");
    }
}
