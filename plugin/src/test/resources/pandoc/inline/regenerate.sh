#!/bin/sh
# Regenerates pandoc 2.17's HTML for each fixture here (pandoc's default Markdown: smart
# punctuation, attributes, spans, super/subscripts and task lists are all on by default).
set -eu
cd "$(dirname "$0")"
for f in *.md; do
  pandoc -f markdown -t html --no-highlight "$f" -o "expected-${f%.md}.html"
done
