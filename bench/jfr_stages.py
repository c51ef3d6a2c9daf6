#!/usr/bin/env python3
"""Where a build's CPU goes, stage by stage, from a JFR recording.

    jfr print --events jdk.ExecutionSample build.jfr > samples.txt
    python3 bench/jfr_stages.py samples.txt

Each execution sample is charged to the innermost pipeline method on its stack (the table
below, innermost first, so a citation formatted during resolve counts as "cite"); samples
outside the pipeline are "other" (Maven, class loading, JIT'd startup). Record with a deep
stack (-XX:FlightRecorderOptions=stackdepth=1024) or citeproc's deep stacks lose their roots.
"""
import collections
import re
import sys

# (stage, frame prefix), innermost-first wins
STAGES = [
    ("cite: site bibliography", "io.github.essaykit.render.SiteBibliography."),
    ("cite: sort/year suffixes", "io.github.essaykit.cite.CitationFormatter.prepareOrder"),
    ("cite: sort/year suffixes", "io.github.essaykit.cite.SiteCitations."),
    ("cite", "io.github.essaykit.cite."),
    ("load style", "io.github.essaykit.cite.CitationStyle.load"),
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
    for frame in frames:  # innermost first
        for stage, prefix in STAGES:
            if frame.startswith(prefix):
                # a style loaded or a bibliography read on the way is that, not "cite"
                if stage == "cite" and any(f.startswith("io.github.essaykit.cite.CitationStyle.load") for f in frames):
                    return "load style"
                return stage
    return "other"


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
