#!/bin/sh
# Regenerates what pandoc 2.17 makes of zotero.json (CSL-JSON with Zotero-style notes) and
# zotero.yaml: the variables it reads (expected.json) and the bibliography it prints
# (expected-apa.html, expected-yaml-apa.html), with the apa.csl of the styles jar essaykit uses.
set -eu
cd "$(dirname "$0")"
M2="${M2_REPO:-$HOME/.m2/repository}"
tmp="$(mktemp -d)"
unzip -o -q "$M2/org/citationstyles/styles/26.2/styles-26.2.jar" apa.csl -d "$tmp"
pandoc -f csljson -t csljson zotero.json -o expected.json
pandoc --citeproc --bibliography zotero.json --csl "$tmp/apa.csl" -t html essay.md -o expected-apa.html
pandoc --citeproc --bibliography zotero.yaml --csl "$tmp/apa.csl" -t html essay.md -o expected-yaml-apa.html
rm -rf "$tmp"
