#!/bin/sh
# Regenerates the expected outputs with pandoc 2.17 and the styles/locales jars essaykit depends on.
set -eu
cd "$(dirname "$0")"
M2="${M2_REPO:-$HOME/.m2/repository}"
tmp="$(mktemp -d)"
unzip -o -q "$M2/org/citationstyles/styles/26.2/styles-26.2.jar" chicago-author-date.csl chicago-notes-bibliography.csl apa.csl -d "$tmp"
for style in chicago-author-date chicago-notes-bibliography apa; do
  pandoc --citeproc --bibliography sources.bib --csl "$tmp/$style.csl" -t html essay.md -o "expected-$style.html"
done
rm -rf "$tmp"
