#!/usr/bin/env bash
# The essaykit benchmark: generated corpora, whole processes, medians, peak memory, ratios.
#
#   bench/run.sh [SIZES] [RUNS]        e.g. bench/run.sh "100 1000 10000" 3
#
# For each size N it generates N essays (~1,500 words, ~15 citations in every pandoc form, 5
# notes) and a 2,000-entry bibliography (plugin/src/test/java/io/github/essaykit/bench/Corpus.java,
# deterministic), then times, RUNS times each, as whole processes under /usr/bin/time -v:
#   - essaykit: mvn essay:build (Maven start-up included), into a fresh output folder;
#   - essaykit, one essay edited: the same build after appending a sentence to one essay (the
#     output folder and the page cache of the build before kept; bench/incremental.sh has more),
#     each run followed by `mvn validate` on the same project (Maven's own start-up): the ratio is
#     the median of the pairs' ratios, the two taken side by side;
#   - essaykit on the same essays without citations (Hugo's twin, below), clean: what the build
#     costs before its first citation (Maven and the JVM, the Markdown, the pages);
#   - hugo (if installed): the same essays without citations;
#   - pandoc --citeproc (if installed), once per essay on a sample of 20 essays (per essay).
# Prints one Markdown table: median wall seconds, median peak RSS (MiB) and the ratios.
# Needs: Java 17, Maven, and the plugin installed (mvn -B install -DskipTests -Dinvoker.skip).
# Environment: MVN_ARGS (extra Maven arguments, e.g. -o -Dmaven.repo.local=...), THREADS
# (-Dessay.threads), WORK (scratch folder, default target/bench under the repository).
set -euo pipefail
# a failed run stops the script, even inside $(...), rather than leave a figure out of its table
shopt -s inherit_errexit

SIZES=${1:-"100 1000 10000"}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$ROOT/target/bench}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
PLUGIN="io.github.essaykit:essay-maven-plugin:$VERSION:build"
CORPUS="$ROOT/plugin/src/test/java/io/github/essaykit/bench/Corpus.java"
MVN_ARGS=${MVN_ARGS:-}
THREADS_ARG=${THREADS:+-Dessay.threads=$THREADS}
# the JVM options each corpus project runs Maven with: the repository's own (JVM_CONFIG=none: the JVM's defaults)
JVM_CONFIG=${JVM_CONFIG:-$ROOT/.mvn/jvm.config}
mkdir -p "$WORK"

# the wall seconds /usr/bin/time -v wrote into the log $1 ("m:ss.ss" or "h:mm:ss")
elapsed() {
    awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"
}

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# runs "$@" once under /usr/bin/time -v (its report in time.log, its output in last-run.log); a failed run stops the script, its output shown
timed() {
    /usr/bin/time -v -o "$WORK/time.log" "$@" > "$WORK/last-run.log" 2>&1 || { cat "$WORK/last-run.log" >&2; exit 1; }
}

# runs "$@" RUNS times; prints "median_wall_seconds median_peak_MiB"
measure() {
    local walls="" peaks=""
    for _ in $(seq "$RUNS"); do
        timed "$@"
        walls+="$(elapsed "$WORK/time.log")"$'\n'
        peaks+="$(awk -F': ' '/Maximum resident set size/ {print $2/1024}' "$WORK/time.log")"$'\n'
    done
    echo "$(printf '%s' "$walls" | median) $(printf '%s' "$peaks" | median)"
}

# wall seconds of one run of "$@"
wall() {
    timed "$@"
    elapsed "$WORK/time.log"
}

# runs A ("$1", a bash command) then B ("$2") in turn, RUNS times; prints "median_A median_B median_of_A/B"
measure_pair() {
    local as="" bs="" ratios="" a b
    for _ in $(seq "$RUNS"); do
        a=$(wall bash -c "$1")
        b=$(wall bash -c "$2")
        as+="$a"$'\n'
        bs+="$b"$'\n'
        ratios+="$(awk -v a="$a" -v b="$b" 'BEGIN {print a / b}')"$'\n'
    done
    echo "$(printf '%s' "$as" | median) $(printf '%s' "$bs" | median) $(printf '%s' "$ratios" | median)"
}

essaykit() {  # $1: corpus folder; a clean build: no output, no page cache
    rm -rf "$1/out" "$1/target/essaykit-cache"
    (cd "$1" && mvn -B -q -ntp $MVN_ARGS "$PLUGIN" -Dessay.sourceDirectory=essays -Dessay.outputDirectory=out $THREADS_ARG)
}

essaykit_plain() {  # $1: corpus folder; a clean build of Hugo's twin: the same essays, no citations
    rm -rf "$1/plain-out" "$1/target/plain-cache"
    (cd "$1" && mvn -B -q -ntp $MVN_ARGS "$PLUGIN" -Dessay.sourceDirectory=hugo/content -Dessay.outputDirectory=plain-out \
        -Dessay.cacheDirectory=target/plain-cache $THREADS_ARG)
}

printf '| essays | essaykit s | MiB | one-edit rebuild s | mvn validate s | one-edit/validate | no citations s | hugo s | MiB | essaykit/hugo | no citations/hugo | pandoc s/essay | pandoc/essaykit per essay |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for N in $SIZES; do
    DIR="$WORK/corpus-$N"
    if [ ! -f "$DIR/essays/sources.bib" ]; then
        rm -rf "$DIR"
        java "$CORPUS" essaykit "$N" "$DIR/essays"
    fi
    # incremental.sh makes the essays alone: the Hugo twin is made here when missing
    [ -d "$DIR/hugo" ] || java "$CORPUS" hugo "$N" "$DIR/hugo"
    mkdir -p "$DIR/.mvn" && rm -f "$DIR/.mvn/jvm.config"
    # a project of its own, so that mvn validate has something to validate (as incremental.sh makes it)
    [ -f "$DIR/pom.xml" ] || printf '%s\n' '<project><modelVersion>4.0.0</modelVersion><groupId>bench</groupId>' \
        "<artifactId>corpus-$N</artifactId><version>1</version><packaging>pom</packaging></project>" > "$DIR/pom.xml"
    [ "$JVM_CONFIG" = none ] || cp "$JVM_CONFIG" "$DIR/.mvn/jvm.config"
    export -f essaykit essaykit_plain
    export PLUGIN MVN_ARGS THREADS_ARG
    FIGURES=$(measure bash -c "essaykit '$DIR'") # assigned first: a failure in "read <<< $(...)" goes unseen
    read -r EK_S EK_MB <<< "$FIGURES"
    # one edit: the output folder is kept, one essay gains a sentence each run
    ESSAYS=("$DIR"/essays/*.md) # a glob, not ls | grep -m1: under pipefail, ls killed by SIGPIPE ends the script silently
    EDITED="${ESSAYS[0]}"
    cp "$EDITED" "$WORK/edited.bak"
    trap '[ -z "${EDITED:-}" ] || cp "$WORK/edited.bak" "$EDITED"' EXIT # the corpus as made, even after a failed run
    FIGURES=$(measure_pair \
        "echo 'One more sentence.' >> '$EDITED' && cd '$DIR' && mvn -B -q -ntp $MVN_ARGS $PLUGIN -Dessay.sourceDirectory=essays -Dessay.outputDirectory=out $THREADS_ARG" \
        "cd '$DIR' && mvn -B -q -ntp $MVN_ARGS validate")
    read -r EDIT_S VALIDATE_S EDIT_RATIO <<< "$FIGURES"
    EDIT_RATIO=$(awk -v r="$EDIT_RATIO" 'BEGIN {printf "%.2f×", r}')
    cp "$WORK/edited.bak" "$EDITED"
    EDITED=
    FIGURES=$(measure bash -c "essaykit_plain '$DIR'")
    read -r PLAIN_S _ <<< "$FIGURES"
    HUGO_S=- HUGO_MB=- RATIO=- PLAIN_RATIO=- PANDOC_S=- PANDOC_RATIO=-
    if command -v hugo > /dev/null; then
        FIGURES=$(measure hugo --quiet -s "$DIR/hugo" -d "$DIR/hugo-out")
        read -r HUGO_S HUGO_MB <<< "$FIGURES"
        RATIO=$(awk -v a="$EK_S" -v b="$HUGO_S" 'BEGIN {printf "%.1f×", a / b}')
        PLAIN_RATIO=$(awk -v a="$PLAIN_S" -v b="$HUGO_S" 'BEGIN {printf "%.1f×", a / b}')
    fi
    if command -v pandoc > /dev/null; then
        SAMPLE=$(for f in "${ESSAYS[@]:0:20}"; do basename "$f"; done)
        FIGURES=$(measure bash -c "cd '$DIR/essays' && for f in $(echo $SAMPLE); do pandoc --citeproc --bibliography sources.bib -s \$f -o /dev/null 2> /dev/null; done")
        read -r P_TOTAL _ <<< "$FIGURES"
        PANDOC_S=$(awk -v t="$P_TOTAL" -v n="$(echo $SAMPLE | wc -w)" 'BEGIN {printf "%.2f", t / n}')
        PANDOC_RATIO=$(awk -v p="$PANDOC_S" -v e="$EK_S" -v n="$N" 'BEGIN {printf "%.1f×", p / (e / n)}')
    fi
    printf '| %s | %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$N" "$EK_S" "$EK_MB" "$EDIT_S" "$VALIDATE_S" "$EDIT_RATIO" \
        "$PLAIN_S" "$HUGO_S" "$([ "$HUGO_MB" = - ] && echo - || printf '%.0f' "$HUGO_MB")" "$RATIO" "$PLAIN_RATIO" "$PANDOC_S" "$PANDOC_RATIO"
done
