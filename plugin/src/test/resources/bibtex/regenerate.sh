#!/bin/sh
# Rewrites corpus.bib from generate.py + tricky.bib, and pandoc's CSL-JSON for it (the oracle of
# BibTeXPandocTest), with pandoc 2.17: `.bib` is read as BibLaTeX by pandoc --citeproc, `.bibtex`
# as BibTeX; both readings are pinned.
set -e
cd "$(dirname "$0")"
pandoc --version | head -1
python3 generate.py
pandoc -f bibtex -t csljson corpus.bib > expected-bibtex.json
pandoc -f biblatex -t csljson corpus.bib > expected-biblatex.json
