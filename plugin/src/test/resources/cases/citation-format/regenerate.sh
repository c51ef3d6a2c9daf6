#!/bin/sh
# Regenerates expected/<style>.html with pandoc 2.17 and the styles jar essaykit depends on:
# essays/format.md (citation formats where citeproc-java 3.5.2 and pandoc differed) in four styles.
set -eu
cd "$(dirname "$0")"
M2="${M2_REPO:-$HOME/.m2/repository}"
tmp="$(mktemp -d)"
styles="apa chicago-author-date chicago-notes-bibliography modern-language-association"
for style in $styles; do
  unzip -o -q "$M2/org/citationstyles/styles/26.2/styles-26.2.jar" "$style.csl" -d "$tmp"
done
mkdir -p expected
for style in $styles; do
  (cd essays && pandoc --citeproc --csl "$tmp/$style.csl" --bibliography sources.bib -t html format.md \
     -o "../expected/$style.html")
done
rm -rf "$tmp"
