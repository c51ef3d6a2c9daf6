#!/usr/bin/env bash
# The essaykit benchmark: generated corpora, whole processes, medians, peak memory, ratios.
#
#   bench/run.sh [SIZES] [RUNS]        e.g. bench/run.sh "100 1000 10000" 3
#
# For each size N it generates N essays (~1,500 words, ~15 citations in every pandoc form, 5
# notes) and a 2,000-entry bibliography (plugin/src/test/java/io/github/essaykit/bench/Corpus.java,
# deterministic), then times, RUNS times each, as whole processes under /usr/bin/time -v:
#   - essaykit: mvn essay:build (Maven start-up included), into a fresh output folder;
#   - essaykit, one essay edited: the same build after appending a sentence to one essay;
#   - hugo (if installed): the same essays without citations;
#   - pandoc --citeproc (if installed), once per essay on a sample of 20 essays (per essay).
# Prints one Markdown table: median wall and CPU (user+sys) seconds, median peak RSS (MiB), the
# ratios, and the 1-minute load average seen during the runs (on a shared machine wall time
# follows the load; CPU seconds much less so, and the ratios use them).
# Needs: Java 17, Maven, and the plugin installed (mvn -B install -DskipTests -Dinvoker.skip).
# Environment: MVN_ARGS (extra Maven arguments, e.g. -o -Dmaven.repo.local=...), THREADS
# (-Dessay.threads), WORK (scratch folder, default target/bench under the repository).
set -euo pipefail

SIZES=${1:-"100 1000 10000"}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$ROOT/target/bench}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
PLUGIN="io.github.essaykit:essay-maven-plugin:$VERSION:build"
CORPUS="$ROOT/plugin/src/test/java/io/github/essaykit/bench/Corpus.java"
MVN_ARGS=${MVN_ARGS:-}
THREADS_ARG=${THREADS:+-Dessay.threads=$THREADS}
mkdir -p "$WORK"

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# runs "$@" RUNS times; prints "median_wall_s median_cpu_s median_peak_MiB load_min-load_max"
measure() {
    local walls="" cpus="" peaks="" loads="" log="$WORK/time.log"
    for _ in $(seq "$RUNS"); do
        loads+="$(cut -d' ' -f1 /proc/loadavg)"$'\n'
        /usr/bin/time -v -o "$log" "$@" > "$WORK/last-run.log" 2>&1 || { cat "$WORK/last-run.log" >&2; exit 1; }
        loads+="$(cut -d' ' -f1 /proc/loadavg)"$'\n'
        walls+="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")"$'\n'
        cpus+="$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u + s}' "$log")"$'\n'
        peaks+="$(awk -F': ' '/Maximum resident set size/ {print $2/1024}' "$log")"$'\n'
    done
    echo "$(printf '%s' "$walls" | median) $(printf '%s' "$cpus" | median) $(printf '%s' "$peaks" | median)" \
        "$(printf '%s' "$loads" | sort -g | sed -n '1p;$p' | paste -sd-)"
}

essaykit() {  # $1: corpus folder
    rm -rf "$1/out"
    (cd "$1" && mvn -B -q -ntp $MVN_ARGS "$PLUGIN" -Dessay.sourceDirectory=essays -Dessay.outputDirectory=out $THREADS_ARG)
}

printf '| essays | essaykit s (CPU s) | MiB | one-edit rebuild s | hugo s (CPU s) | MiB | essaykit/hugo CPU | pandoc CPU s/essay | pandoc/essaykit per essay (CPU) | load |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n'
for N in $SIZES; do
    DIR="$WORK/corpus-$N"
    if [ ! -f "$DIR/essays/sources.bib" ]; then
        rm -rf "$DIR"
        java "$CORPUS" essaykit "$N" "$DIR/essays" && java "$CORPUS" hugo "$N" "$DIR/hugo"
    fi
    export -f essaykit
    export PLUGIN MVN_ARGS THREADS_ARG
    read -r EK_S EK_CPU EK_MB EK_LOAD <<< "$(measure bash -c "essaykit '$DIR'")"
    # one edit: the output folder is kept, one essay gains a sentence each run
    EDITED="$DIR/essays/$(ls "$DIR/essays" | grep -m1 '\.md$')"
    cp "$EDITED" "$WORK/edited.bak"
    read -r EDIT_S _ _ _ <<< "$(measure bash -c "echo 'One more sentence.' >> '$EDITED' && cd '$DIR' && mvn -B -q -ntp $MVN_ARGS $PLUGIN -Dessay.sourceDirectory=essays -Dessay.outputDirectory=out $THREADS_ARG")"
    cp "$WORK/edited.bak" "$EDITED"
    HUGO_S=- HUGO_CPU=- HUGO_MB=- RATIO=- PANDOC_S=- PANDOC_RATIO=- LOADS="$EK_LOAD"
    if command -v hugo > /dev/null; then
        read -r HUGO_S HUGO_CPU HUGO_MB HUGO_LOAD <<< "$(measure hugo --quiet -s "$DIR/hugo" -d "$DIR/hugo-out")"
        RATIO=$(awk -v a="$EK_CPU" -v b="$HUGO_CPU" 'BEGIN {printf "%.1f×", a / b}')
        LOADS="$LOADS, hugo $HUGO_LOAD"
    fi
    if command -v pandoc > /dev/null; then
        SAMPLE=$(ls "$DIR/essays" | grep '\.md$' | head -20)
        read -r _ P_TOTAL _ _ <<< "$(measure bash -c "cd '$DIR/essays' && for f in $(echo $SAMPLE); do pandoc --citeproc --bibliography sources.bib -s \$f -o /dev/null 2> /dev/null; done")"
        PANDOC_S=$(awk -v t="$P_TOTAL" -v n="$(echo $SAMPLE | wc -w)" 'BEGIN {printf "%.2f", t / n}')
        PANDOC_RATIO=$(awk -v p="$PANDOC_S" -v e="$EK_CPU" -v n="$N" 'BEGIN {printf "%.0f×", p / (e / n)}')
    fi
    printf '| %s | %s (%s) | %.0f | %s | %s (%s) | %s | %s | %s | %s | %s |\n' "$N" "$EK_S" "$EK_CPU" "$EK_MB" "$EDIT_S" \
        "$HUGO_S" "$HUGO_CPU" "$([ "$HUGO_MB" = - ] && echo - || printf '%.0f' "$HUGO_MB")" "$RATIO" "$PANDOC_S" \
        "$PANDOC_RATIO" "$LOADS"
done
