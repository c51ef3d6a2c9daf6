#!/bin/sh
# Regenerates expected/<style>/ with pandoc 2.17 and the styles jar essaykit depends on:
# each essay as pandoc --citeproc renders it (site-wide sources.bib plus the essay's own file),
# and all.html, every source of the site (nocite @*) for the site bibliography.
set -eu
cd "$(dirname "$0")"
M2="${M2_REPO:-$HOME/.m2/repository}"
tmp="$(mktemp -d)"
unzip -o -q "$M2/org/citationstyles/styles/26.2/styles-26.2.jar" chicago-author-date.csl chicago-notes-bibliography.csl ieee.csl -d "$tmp"
for style in chicago-author-date chicago-notes-bibliography ieee; do
  mkdir -p "expected/$style"
  (cd essays
   pandoc --citeproc --csl "$tmp/$style.csl" --bibliography sources.bib -t html first.md -o "../expected/$style/first.html"
   pandoc --citeproc --csl "$tmp/$style.csl" --bibliography sources.bib --bibliography local.json -t html second.md \
     -o "../expected/$style/second.html"
   printf -- '---\nnocite: "@*"\n---\n' | pandoc --citeproc --csl "$tmp/$style.csl" --bibliography sources.bib \
     --bibliography local.json -f markdown -t html -o "../expected/$style/all.html")
done
rm -rf "$tmp"
