#!/usr/bin/env bash
# Incremental builds at one size, as whole processes: a clean essay:build (no output, no page
# cache), the same build after one essay is edited (output folder and target/essaykit-cache
# kept), after nothing changed, and Maven's own start-up on the same project (mvn validate).
#
#   bench/incremental.sh [N] [RUNS]        e.g. bench/incremental.sh 1000 5
#
# CLEAN_RUNS (default RUNS) sets the clean builds apart: they take minutes at 1,000 essays.
#
# Prints median wall and CPU (user+sys) seconds and peak resident memory of RUNS runs each, and the load average before
# and after (the machine may be shared: CPU time is the steadier figure). Same environment as
# bench/run.sh (MVN_ARGS, THREADS, WORK); the corpus is the one run.sh generates. The figure
# for essay:serve is ReloadLatencyBench (docs/testing.md).
set -euo pipefail
# a failed run stops the script, even inside $(...), rather than leave a figure out of its table
shopt -s inherit_errexit

N=${1:-1000}
RUNS=${2:-5}
CLEAN_RUNS=${CLEAN_RUNS:-$RUNS}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$ROOT/target/bench}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)
PLUGIN="io.github.essaykit:essay-maven-plugin:$VERSION:build"
MVN_ARGS=${MVN_ARGS:-}
THREADS_ARG=${THREADS:+-Dessay.threads=$THREADS}
# the JVM options each corpus project runs Maven with: the repository's own (JVM_CONFIG=none: the JVM's defaults)
JVM_CONFIG=${JVM_CONFIG:-$ROOT/.mvn/jvm.config}
DIR="$WORK/corpus-$N"
if [ ! -f "$DIR/essays/sources.bib" ]; then
    rm -rf "$DIR"
    java "$ROOT/plugin/src/test/java/io/github/essaykit/bench/Corpus.java" essaykit "$N" "$DIR/essays"
fi
mkdir -p "$DIR/.mvn" && rm -f "$DIR/.mvn/jvm.config"
[ "$JVM_CONFIG" = none ] || cp "$JVM_CONFIG" "$DIR/.mvn/jvm.config"
# a project, so that mvn validate has something to validate and the cache lands in its target/
cat > "$DIR/pom.xml" <<POM
<project><modelVersion>4.0.0</modelVersion><groupId>bench</groupId><artifactId>corpus-$N</artifactId>
<version>1</version><packaging>pom</packaging></project>
POM
cd "$DIR"
ESSAYS=(essays/*.md) # not ls | grep -m1: under pipefail, ls killed by SIGPIPE ends the script, silently
EDITED="${ESSAYS[0]}"
cp "$EDITED" "$WORK/edited.bak"
trap 'cp "$WORK/edited.bak" "$DIR/$EDITED"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# runs "$@" RUNS times (after $BEFORE each time, untimed); prints "median_wall median_cpu median_peak_GiB"
measure() {
    local walls="" cpus="" rss="" log="$WORK/time.log"
    for i in $(seq "${TIMES:-$RUNS}"); do
        bash -c "${BEFORE:-true}" _ "$i"
        /usr/bin/time -v -o "$log" "$@" > "$WORK/last-run.log" 2>&1 || { cat "$WORK/last-run.log" >&2; exit 1; }
        walls+="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")"$'\n'
        cpus+="$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$log")"$'\n'
        rss+="$(awk -F': ' '/Maximum resident/ {printf "%.2f", $2 / 1048576}' "$log")"$'\n'
    done
    echo "$(printf '%s' "$walls" | median) $(printf '%s' "$cpus" | median) $(printf '%s' "$rss" | median)"
}

BUILD="mvn -B -ntp $MVN_ARGS $PLUGIN -Dessay.sourceDirectory=essays -Dessay.outputDirectory=out $THREADS_ARG"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# each assigned first: a failed run in "read <<< $(...)" would go unseen
CLEAN=$(TIMES=$CLEAN_RUNS BEFORE='rm -rf out target/essaykit-cache' measure $BUILD)
EDIT=$(BEFORE="echo \"One more sentence, edit \$1.\" >> '$EDITED'" measure $BUILD)
grep -h 'rendered' "$WORK/last-run.log" || true
SAME=$(measure $BUILD)
MVN=$(measure mvn -B -ntp $MVN_ARGS validate)
read -r CLEAN_S CLEAN_CPU CLEAN_RSS <<< "$CLEAN"
read -r EDIT_S EDIT_CPU EDIT_RSS <<< "$EDIT"
read -r SAME_S SAME_CPU SAME_RSS <<< "$SAME"
read -r MVN_S MVN_CPU MVN_RSS <<< "$MVN"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%s essays, %s runs each (clean: %s), medians\n\n' "$N" "$RUNS" "$CLEAN_RUNS"
printf '| build | wall s | CPU s (user+sys) | peak RSS GiB |\n|---|---:|---:|---:|\n'
printf '| clean essay:build | %s | %s | %s |\n' "$CLEAN_S" "$CLEAN_CPU" "$CLEAN_RSS"
printf '| one essay edited | %s | %s | %s |\n' "$EDIT_S" "$EDIT_CPU" "$EDIT_RSS"
printf '| nothing changed | %s | %s | %s |\n' "$SAME_S" "$SAME_CPU" "$SAME_RSS"
printf '| mvn validate (Maven start-up) | %s | %s | %s |\n' "$MVN_S" "$MVN_CPU" "$MVN_RSS"
awk -v e="$EDIT_S" -v m="$MVN_S" -v ec="$EDIT_CPU" -v mc="$MVN_CPU" \
    'BEGIN {printf "\none-edit rebuild / Maven start-up: %.1f× wall, %.1f× CPU\n", e / m, ec / mc}'
