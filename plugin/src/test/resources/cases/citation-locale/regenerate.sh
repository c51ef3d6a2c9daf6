#!/bin/sh
# Regenerates expected/<style>.html with pandoc 2.17 and the styles jar essaykit depends on: each
# essay of essays/ in the one style its row of CitationFormatPandocTest builds it in. default-locale.md
# sets no language, so barbara-budrich's default-locale (de-DE) applies; french.md sets lang: fr-FR
# (chicago-author-date); german.md sets lang: de, read as its primary dialect de-DE (apa); english.md
# sets none in a style without a default-locale (modern-language-association: en-US).
set -eu
cd "$(dirname "$0")"
M2="${M2_REPO:-$HOME/.m2/repository}"
tmp="$(mktemp -d)"
mkdir -p expected
for pair in default-locale:barbara-budrich french:chicago-author-date german:apa english:modern-language-association; do
  essay="${pair%%:*}"; style="${pair#*:}"
  unzip -o -q "$M2/org/citationstyles/styles/26.2/styles-26.2.jar" "$style.csl" -d "$tmp"
  (cd essays && pandoc --citeproc --csl "$tmp/$style.csl" --bibliography sources.bib -t html "$essay.md" \
     -o "../expected/$style.html")
done
rm -rf "$tmp"
