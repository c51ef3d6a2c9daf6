#!/bin/sh
# pandoc 2.17's reading of our CSL-JSON fixtures (the oracle of CslJsonPandocTest).
set -eu
cd "$(dirname "$0")"
pandoc --version | head -1
pandoc -f csljson -t csljson quotes.json > expected-quotes.json
