#!/bin/sh
# Regenerates pandoc 2.17's HTML for each fixture (the oracle the block tests compare structure with).
set -eu
cd "$(dirname "$0")"
for md in *.md; do
  pandoc -f markdown -t html "$md" -o "${md%.md}.pandoc.html"
done
