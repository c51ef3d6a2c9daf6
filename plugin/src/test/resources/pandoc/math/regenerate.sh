#!/bin/sh
# Regenerates pandoc 2.17's reading of cases.md, as pandoc's Markdown reads it by default
# (tex_math_dollars) and with tex_math_single_backslash (as R Markdown reads it); without smart
# punctuation so that only math differs from plain text, lines kept as written so that math
# keeps its line breaks.
set -eu
cd "$(dirname "$0")"
pandoc -f markdown-smart -t html --mathjax --wrap=preserve cases.md -o expected-cases.html
pandoc -f markdown+tex_math_single_backslash-smart -t html --mathjax --wrap=preserve cases.md -o expected-cases-single-backslash.html
