#!/usr/bin/env python3
"""Compare essaykit's essay body with pandoc's HTML, structure and text, case by case."""
import json, re, sys, collections
from html.parser import HTMLParser
IGNORE_CLASSES = {'secnum', 'footnote-ref', 'footnote-back', 'table-wrap', 'preview', 'cite', 'citation'}
SKIP_TAGS = {'script', 'template'}
class Skel(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.tok = []; s.skip = 0
    def handle_starttag(s, tag, attrs):
        a = dict(attrs)
        if tag in SKIP_TAGS or a.get('hidden') is not None or 'preview' in (a.get('class') or ''): s.skip += 1; return
        if s.skip: return
        if tag == 'div' and 'table-wrap' in (a.get('class') or ''): return
        cls = sorted(c for c in (a.get('class') or '').split() if c not in IGNORE_CLASSES and not c.startswith('language-'))
        s.tok.append('<' + tag + ''.join('.' + c for c in cls) + '>')
    def handle_endtag(s, tag):
        if tag in SKIP_TAGS: s.skip = max(0, s.skip - 1)
    def handle_data(s, d):
        if not s.skip:
            s.tok.extend(d.split())
def skel(html):
    p = Skel(); p.feed(html); return p.tok
def body(ours):
    a = ours.find('<div class="essay-body">')
    b = ours.find('</article>', a)
    s = ours[a + len('<div class="essay-body">'):b]
    s = s[:s.rfind('</div>')]
    return s
CASES = sys.argv[1]
index = json.load(open(CASES + '/index.json'))
by = collections.defaultdict(lambda: [0, 0, 0])   # agree, differ, refused
detail = []
for c in index:
    ours = open(f"{CASES}/ours/{c['id']}.html", encoding='utf-8').read()
    theirs = open(f"{CASES}/pandoc/{c['id']}.html", encoding='utf-8').read()
    if ours.startswith('ERROR'):
        r = 2
    else:
        o = skel(body(ours)); t = skel(theirs)
        # pandoc's footnotes/section wrappers: compare only what precedes the notes
        cut = lambda toks: toks[:toks.index('<section.footnotes>')] if '<section.footnotes>' in toks else toks
        r = 0 if cut(o) == cut(t) else 1
        if r: detail.append((c['id'], cut(t), cut(o)))
    for e in c['exts']:
        by[e][r] += 1
print('| extension (cases using it) | cases | same structure and text as pandoc | different | refused by a check |')
print('|---|---:|---:|---:|---:|')
for e, (a, d, x) in sorted(by.items()):
    print(f'| {e} | {a+d+x} | {a} | {d} | {x} |')
if '-v' in sys.argv[2:]:
    for cid, t, o in detail:
        import difflib
        print('==', cid); print('\n'.join(list(difflib.unified_diff(t, o, lineterm='', n=1))[2:14]))
