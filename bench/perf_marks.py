#!/usr/bin/env python3
"""Where a build's CPU goes, from `perf record -g`: every millisecond of every thread, JIT'd code named.

JFR's sampler skips a thread that is not in Java code when it looks (in JDK 17 it kept 707
samples of a 22 CPU-second build); perf samples every thread on a timer. Record with frame
pointers, so perf can walk the JIT's frames, and the JIT's symbols written out at exit:

    MAVEN_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -XX:+PreserveFramePointer" \\
        perf record -F 999 -g -o build.data -- mvn essay:build ...
    perf script -i build.data -F comm,tid,ip,sym > build.txt

then

    python3 bench/perf_marks.py build.txt threads
        samples by thread: the pool's workers, "java" (Maven's main thread), the C1 compiler, the VM (collector)
    python3 bench/perf_marks.py build.txt marks 'CSL.makeCitation,org.commonmark,LinkCheck'
        the share of samples with each name anywhere on the stack (method names only, not their argument types)
    python3 bench/perf_marks.py build.txt tree 'CitationFormatter.formatEssay' 5 20
        what the innermost call of a method spends its samples in, 5 calls deep, branches of 20 samples or more
    python3 bench/perf_marks.py build.txt owners
        each worker sample charged to the innermost class of ours on its stack

An interpreted frame has no name ("Interpreter"): code that runs only a few times shows under it.
"""
import collections
import sys


def samples(path):
    """(thread name, frames innermost first: method names without their argument types)."""
    comm, stack = None, []
    with open(path, errors="replace") as lines:
        for line in lines:
            if not line.strip():
                if comm:
                    yield comm, stack
                comm, stack = None, []
            elif not line[0].isspace():
                comm, stack = line.split()[0], []
            else:
                parts = line.strip().split(" ", 1)
                symbol = parts[1] if len(parts) > 1 else "?"
                stack.append(symbol.split("(")[0].split(" ")[-1])
    if comm:
        yield comm, stack


def short(frame):
    return ".".join(frame.split(".")[-2:])


def threads(path):
    counts = collections.Counter(comm for comm, _ in samples(path))
    total = sum(counts.values())
    for comm, n in counts.most_common(10):
        print(f"{n:7d} {100 * n / total:5.1f}%  {comm}")


def marks(path, names):
    counts, total = collections.Counter(), 0
    for _, stack in samples(path):
        total += 1
        joined = " ".join(stack)
        for name in names:
            if name in joined:
                counts[name] += 1
    print(f"{total} samples")
    for name, n in counts.most_common():
        print(f"{n:7d} {100 * n / total:5.1f}%  {name}")


def tree(path, root, depth, least):
    counts, total = collections.Counter(), 0
    for _, stack in samples(path):
        outer_first = stack[::-1]
        at = [i for i, frame in enumerate(outer_first) if root in frame]
        if not at:
            continue
        total += 1
        below = tuple(short(frame) for frame in outer_first[at[-1] + 1:at[-1] + 1 + depth])
        for d in range(1, len(below) + 1):
            counts[below[:d]] += 1
    print(f"{total} samples in {root}")
    for branch, n in sorted(counts.items()):
        if n >= least:
            print("  " * (len(branch) - 1) + f"{n} {branch[-1]}")


def owners(path):
    counts = collections.Counter()
    for comm, stack in samples(path):
        if comm.startswith("essay-worker"):
            ours = next((frame for frame in stack if frame.startswith("io.github.essaykit")), None)
            counts[ours.rsplit(".", 1)[0].split("$")[0] if ours else "(no frame of ours)"] += 1
    for owner, n in counts.most_common(30):
        print(f"{n:7d}  {owner}")


if __name__ == "__main__":
    file, command = sys.argv[1], sys.argv[2]
    if command == "threads":
        threads(file)
    elif command == "marks":
        marks(file, sys.argv[3].split(","))
    elif command == "tree":
        tree(file, sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    elif command == "owners":
        owners(file)
    else:
        sys.exit(__doc__)
