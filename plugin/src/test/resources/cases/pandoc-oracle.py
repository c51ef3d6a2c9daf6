#!/usr/bin/env python3
"""Regenerates pandoc-citations.tsv from pandoc-citations.in with pandoc (2.17 was used).

Each input line is one Markdown snippet holding one citation. For each, pandoc -t json gives the
keys and modes, and pandoc --citeproc with a style that prints {title|label|locator} gives how
its citeproc splits each suffix into label, locator and suffix.
Output: snippet TAB items, items joined by ' ;; ', each key|mode|prefix|label|locator|suffix.
"""
import json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CSL = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>oracle</title><id>oracle</id><updated>2020-01-01T00:00:00+00:00</updated></info>
  <citation><layout delimiter=" ;; "><group prefix="{" suffix="}" delimiter="|">
    <text variable="title"/><label variable="locator" form="long" plural="never"/>
    <text variable="locator"/></group></layout></citation>
</style>"""
MODES = {"NormalCitation": "NORMAL", "SuppressAuthor": "SUPPRESS_AUTHOR", "AuthorInText": "AUTHOR_IN_TEXT"}

def pandoc(md, *args):
    return subprocess.run(["pandoc", "-f", "markdown", *args], input=md, capture_output=True,
                          text=True, check=True).stdout

def cites(node, found):
    if isinstance(node, dict):
        if node.get("t") == "Cite":
            found.append(node["c"][0])
        for v in node.values():
            cites(v, found)
    elif isinstance(node, list):
        for v in node:
            cites(v, found)
    return found

def main():
    tmp = tempfile.mkdtemp()
    lines = [l.rstrip("\n") for l in open(os.path.join(HERE, "pandoc-citations.in"), encoding="utf-8")
             if l.strip() and not l.startswith("#")]
    keys = set()
    for md in lines:
        for c in cites(json.loads(pandoc(md, "-t", "json")), []):
            keys.update(x["citationId"] for x in c)
    json.dump([{"id": k, "type": "book", "title": "T-" + k} for k in sorted(keys)],
              open(os.path.join(tmp, "refs.json"), "w"))
    open(os.path.join(tmp, "o.csl"), "w").write(CSL)
    out = open(os.path.join(HERE, "pandoc-citations.tsv"), "w", encoding="utf-8")
    for md in lines:
        found = cites(json.loads(pandoc(md, "-t", "json")), [])
        if len(found) != 1:
            out.write(md + "\tNONE\n")
            continue
        text = pandoc(md, "-t", "plain", "--wrap=none", "--citeproc", "--csl", os.path.join(tmp, "o.csl"),
                      "--bibliography", os.path.join(tmp, "refs.json")).strip()
        items = []
        parts = [re.match(r"^(.*?)\{T-([^|}]*)(?:\|([^|}]*)\|([^}]*))?\}(.*)$", p).groups()
                 for p in text.split(" ;; ")]
        for cite, (pre, key, label, loc, suf) in zip(found[0], parts):
            items.append("|".join([cite["citationId"], MODES[cite["citationMode"]["t"]],
                                   pre.strip(), label or "",
                                   (loc or "").replace("\u2013", "-"), suf.rstrip()]))
        out.write(md + "\t" + " ;; ".join(items) + "\n")

main()
