#!/usr/bin/env python3
"""Cases from pandoc 2.17's test/command/*.md read with plain `-f markdown`, plus testsuite.txt and
markdown-reader-more.txt, written as essays; pandoc's own HTML for each beside it."""
import re, os, glob, subprocess, json
import sys
SRC = sys.argv[1] + '/test'          # a checkout of jgm/pandoc at tag 2.17.1.1
OUT = sys.argv[2]                    # where the cases go
os.makedirs(OUT + '/src', exist_ok=True); os.makedirs(OUT + '/pandoc', exist_ok=True)
EXT = [('fenced_divs', r'(?m)^:::'), ('bracketed_spans/attributes', r'\]\{|\{[#.][^}]*\}'), ('raw_attribute', r'\{=[a-z]+\}'),
       ('tex_math', r'\$'), ('superscript', r'\^[^\[\s^]+\^'), ('subscript', r'(?<!~)~[^~\s]+~(?!~)'),
       ('definition_lists', r'(?m)^[:~] {1,3}\S'), ('line_blocks', r'(?m)^\| (?!.*\|[ \t]*$)'), ('task_lists', r'(?m)^\s*[-*+] \[[ xX]\]'),
       ('smart', r'"|\'|--|\.\.\.')]
cases = []
for f in sorted(glob.glob(SRC + '/command/*.md')):
    text = open(f, encoding='utf-8').read()
    for i, m in enumerate(re.finditer(r'```+\n% pandoc([^\n]*)\n(.*?)\n\^D\n', text, re.S)):
        args = m.group(1)
        fm = re.search(r'(?:-f|--from)[ =](\S+)', args)
        reader = fm.group(1) if fm else 'markdown'
        if reader != 'markdown' and not re.fullmatch(r'markdown(\+[a-z_]+)*', reader): continue
        if re.search(r'--(?!from|to)\w', args): continue   # other options change the meaning
        inp = m.group(2)
        exts = [name for name, rx in EXT if re.search(rx, inp)]
        if not exts: continue
        cases.append((os.path.basename(f)[:-3] + '-' + str(i), reader, inp, exts))
for name in ('testsuite.txt', 'markdown-reader-more.txt'):
    cases.append((name[:-4], 'markdown', open(SRC + '/' + name, encoding='utf-8').read(), ['whole file']))
index = []
for cid, reader, inp, exts in cases:
    head = '' if inp.startswith('---\n') else '---\ntitle: "' + cid + '"\n---\n\n'   # a case's own front matter is kept
    open(f'{OUT}/src/{cid}.md', 'w', encoding='utf-8').write(head + inp + '\n')
    html = subprocess.run(['pandoc', '-f', reader, '-t', 'html', '--mathjax'], input=inp, capture_output=True, text=True).stdout
    open(f'{OUT}/pandoc/{cid}.html', 'w', encoding='utf-8').write(html)
    index.append({'id': cid, 'exts': exts})
json.dump(index, open(OUT + '/index.json', 'w'), indent=0)
print(len(index), 'cases')
