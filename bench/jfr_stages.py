#!/usr/bin/env python3
"""Where a build's CPU goes, stage by stage, from a JFR recording.

    jfr print --events jdk.ExecutionSample build.jfr > samples.txt
    python3 bench/jfr_stages.py samples.txt

Each execution sample is charged to the innermost pipeline method on its stack (the table
below, innermost first, so a citation formatted during resolve counts as "cite"; a frame of
cite's shared helpers goes to the cite part further out that called it); samples
outside the pipeline are "other" (Maven, class loading, JIT'd startup). Record with a deep
stack (-XX:FlightRecorderOptions=stackdepth=1024) or citeproc's deep stacks lose their roots.
"""
import collections
import re
import sys

# stages named by a frame anywhere on the stack (they call the shared formatter code below)
WHOLE = [
    ("cite: site bibliography", "io.github.essaykit.render.SiteBibliography."),
    ("load style", "io.github.essaykit.cite.CitationStyle.load"),
]
# parts of "cite": a sample in cite's own helpers (ProcessorPool, RenderedEntries, ...) goes to the
# innermost of these further out, so an essay's bibliography keeps what its entries cost
CITE_PARTS = [
    ("cite: sort/year suffixes", "io.github.essaykit.cite.CitationFormatter.prepareOrder"),
    ("cite: sort/year suffixes", "io.github.essaykit.cite.CitationFormatter.lambda$prepareOrder"),
    ("cite: sort/year suffixes", "io.github.essaykit.cite.BibliographyOrder."),
    ("cite: essay bibliographies", "io.github.essaykit.cite.CitationFormatter.bibliography"),
    ("cite: essay bibliographies", "io.github.essaykit.cite.CitationFormatter.entries"),
    ("cite: essay bibliographies", "io.github.essaykit.cite.RenderedEntries."),
]
# (stage, frame prefix), innermost-first wins
STAGES = CITE_PARTS + [
    ("cite", "io.github.essaykit.cite."),
    ("load bibliography", "io.github.essaykit.sources."),
    ("discover", "io.github.essaykit.discover.SourceTree.scan"),
    ("parse", "io.github.essaykit.parse."),
    ("resolve", "io.github.essaykit.resolve."),
    ("render", "io.github.essaykit.render."),
    ("template", "io.github.essaykit.template."),
    ("template", "io.github.essaykit.site.Pages."),
    ("polish", "io.github.essaykit.polish."),
    ("write", "io.github.essaykit.write."),
]


def stage_of(frames):
    for stage, prefix in WHOLE:
        if any(frame.startswith(prefix) for frame in frames):
            return stage
    for i, frame in enumerate(frames):  # innermost first
        for stage, prefix in STAGES:
            if frame.startswith(prefix):
                return cite_part(frames[i + 1:]) if stage == "cite" else stage
    return "other"


def cite_part(outer):
    for frame in outer:
        for stage, prefix in CITE_PARTS:
            if frame.startswith(prefix):
                return stage
    return "cite"


def main(path):
    text = open(path, encoding="utf-8").read()
    counts = collections.Counter()
    for sample in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(", sample, re.M)
        if frames:
            counts[stage_of(frames)] += 1
    total = sum(counts.values())
    print(f"{'stage':28} {'samples':>8} {'share':>6}")
    for stage, n in counts.most_common():
        print(f"{stage:28} {n:8d} {100 * n / total:5.1f}%")
    print(f"{'total':28} {total:8d}")


if __name__ == "__main__":
    main(sys.argv[1])
