#!/bin/sh
# Regenerates expected/<style>/ with pandoc 2.17 and the styles jar essaykit depends on: each essay
# of essays/ as `pandoc --citeproc` renders it with the site's sources.bib, and all.html, every
# source (nocite @*) for the site bibliography. Read by CitationCorpusPandocTest.
set -eu
cd "$(dirname "$0")"
pandoc --version | head -1
M2="${M2_REPO:-$HOME/.m2/repository}"
STYLES="chicago-author-date chicago-notes-bibliography apa modern-language-association ieee american-medical-association"
tmp="$(mktemp -d)"
for style in $STYLES; do
  unzip -o -q "$M2/org/citationstyles/styles/26.2/styles-26.2.jar" "$style.csl" -d "$tmp"
done
for style in $STYLES; do
  rm -rf "expected/$style"
  mkdir -p "expected/$style"
  (cd essays
   for essay in *.md; do
     pandoc --citeproc --csl "$tmp/$style.csl" --bibliography sources.bib -t html "$essay" \
       -o "../expected/$style/${essay%.md}.html"
   done
   printf -- '---\nnocite: "@*"\n---\n' | pandoc --citeproc --csl "$tmp/$style.csl" --bibliography sources.bib \
     -f markdown -t html -o "../expected/$style/all.html")
done
rm -rf "$tmp"
