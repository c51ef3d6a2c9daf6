#!/bin/sh
# Regenerates expected/<essay>.html with pandoc 2.17 (standalone, so its title block shows how it
# reads title, subtitle, author, date, abstract, lang and keywords) and the styles jar essaykit
# depends on. Each essay gets the style its front matter names (pandoc needs a .csl file for an
# id, so it is passed with --csl); no-title.md is read with --shift-heading-level-by=-1, pandoc's
# way of taking the title from the first heading.
set -eu
cd "$(dirname "$0")"
M2="${M2_REPO:-$HOME/.m2/repository}"
tmp="$(mktemp -d)"
unzip -o -q "$M2/org/citationstyles/styles/26.2/styles-26.2.jar" chicago-author-date.csl chicago-notes-bibliography.csl apa.csl -d "$tmp"
mkdir -p expected
cd essays
for essay in *.md; do
  style=$(sed -n 's/^\(csl\|citation-style\): *//p' "$essay")
  flags=""
  [ "$essay" = no-title.md ] && flags="--shift-heading-level-by=-1"
  # shellcheck disable=SC2086
  pandoc -s $flags --citeproc --csl "$tmp/${style:-chicago-author-date}.csl" --bibliography sources.bib \
    -t html "$essay" | sed '/^  <style>$/,/^  <\/style>$/d' > "../expected/${essay%.md}.html"
done
rm -rf "$tmp"
