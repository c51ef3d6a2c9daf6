#!/bin/sh
# Regenerates expected/<style>.html with pandoc 2.17 and the styles jar essaykit depends on:
# essays/collapse.md (year-suffix collapsing, implicit year suffixes, citation numbers and their ranges) in the
# styles that ask for them. Read by CitationFormatPandocTest.
set -eu
cd "$(dirname "$0")"
M2="${M2_REPO:-$HOME/.m2/repository}"
tmp="$(mktemp -d)"
styles="american-meteorological-society annual-reviews-author-date nature"
for style in $styles; do
  unzip -o -q "$M2/org/citationstyles/styles/26.2/styles-26.2.jar" "$style.csl" -d "$tmp"
done
mkdir -p expected
for style in $styles; do
  (cd essays && pandoc --citeproc --csl "$tmp/$style.csl" --bibliography sources.bib -t html collapse.md \
     -o "../expected/$style.html")
done
rm -rf "$tmp"
