#!/usr/bin/env python3
# Rewrites known-differences.txt from the differences CitationCorpusPandocTest saw, a reason per
# difference by the rules below (a rule per known cause; a new cause shows as UNCLASSIFIED: add a
# rule and its reason). From plugin/, after running the test:
#   python3 src/test/resources/cases/citations-corpus/sort-differences.py target/citations-corpus/*.txt \
#     > src/test/resources/cases/citations-corpus/known-differences.txt
# Group sizes go to stderr.
import sys, re, difflib, collections
TEXT = {
 'NOTE_MARKER': 'essaykit bug (lane i11-format): in a note style the marker of a citation note follows the punctuation, as pandoc does, but the space written before the citation stays before the punctuation ("eye ,^3"); pandoc drops it ("eye,^3")',
 'IS_NUMERIC_LOCATOR': 'pandoc breaks CSL 1.0.2 is-numeric (the locator is a number variable; "2" is numeric): pandoc 2.17 tests is-numeric on the item\'s variables only, so the numeric-locator branch of the style\'s label-locator macro is skipped and no label printed; chicago-*.csl give a numeric chapter the short label ("chap. 2"), apa.csl the long one capitalised ("Chapter 2"), as we print',
 'PANDOC_RANGE': 'pandoc breaks CSL 1.0.2 page-range-format="chicago-16" (Appendix VI, Page Range Formats: 153-172 is written 153–72, for a page locator as for the page variable, as in the CSL test suite\'s label_CollapsedPageNumberPluralDetection): pandoc 2.17 prints the range in full',
 'PARTICLE': 'essaykit bug: citeproc-java writes a dropping particle ("van der", "de", "von", read by pandoc\'s BibLaTeX reader as dropping-particle) before the family name of an inverted name and sorts by it; CSL 1.0.2 name-part order for name-as-sort-order gives "Berg, Anneke van der", sorted under B, as pandoc prints',
 'ORDER': 'bibliography order follows from the particle placement above (van der Berg, de Beauvoir, von Humboldt sorted under v/d) and from the entries listed with their own reasons',
 'SITE_SUFFIX': 'essaykit design, not a CSL rule: year suffixes are assigned once for the whole site (its bibliography page lists both Okafor 2015 works, so they are 2015a and 2015b everywhere); pandoc sees one document, where this essay cites only one of them',
 'COLLAPSE': 'essaykit bug (lane i11-format): no same-author collapsing (CSL 1.0.2 collapse="year": "Okafor 2015a, 2015b, 2019")',
 'SORT_CITES': 'essaykit bug (lane i11-format): items of one citation are not sorted by the style\'s citation <sort> (APA sorts by author, then year)',
 'SORT_PREFIXED': 'disputed (lane i11-format): essaykit sorts the cites of an APA citation even when they carry prefixes ("see also", "cf."), as the citation <sort> says; pandoc keeps the written order for such a citation',
 'EDS': 'essaykit bug (lane i11-format): APA editor label: the locale\'s short verb term is "(Eds.)"/"(Ed.)", citeproc-java writes "(Editors)"/"(Editor)"',
 'EDITION': 'essaykit bug: the edition is not written as an ordinal ("2nd ed."); chicago/apa/mla print <number variable="edition" form="ordinal"/>, which needs a numeric edition (our reader gives the string "2", as pandoc\'s CSL-JSON does)',
 'EMPTY_GROUP_DELIM': 'essaykit bug: citeproc-java writes the delimiter of an empty group before the translator (". . Translated by", "(; I. Sørensen, Trans.)"); CSL 1.0.2 groups: an empty group is suppressed with its delimiter',
 'QUOTE_PERIOD': 'essaykit bug: a period is doubled after a closing quote at the end of a citation in an author\'s note ("Gauge.”."); pandoc writes "Gauge”." (it does not move the period inside as the en-US punctuation-in-quote would)',
 'PANDOC_LOCALE': 'pandoc 2.17 uses its own bundled en-US locale, older than the CSL locales 26.2 that essaykit uses: no term "original-work-published" (apa.csl prints "(Original work published 1974)"), translator short "tran." (26.2: "trans."), short month "Jun." (26.2: "June")',
 'MISC_TYPE': 'essaykit bug: pandoc reads @misc with howpublished={\\url{..}} as CSL type "" with the URL as publisher (same CSL-JSON in both, see BibTeXPandocTest); citeproc-java renders an empty type as an article ("Preprint", capitalised "Https://"), pandoc as no type (a book-like title in italics)',
 'INITIALS_HYPHEN': 'disputed: CSL 1.0.2 initialize-with-hyphen (default true) initialises each part of "Min-jun" ("M.-j.", ours); pandoc drops a lower-case part after the hyphen ("M.")',
 'NARRATIVE_NOTE': 'essaykit bug: a first narrative citation in a note style prints the short author name ("Thompson^6"); pandoc prints the name as the first note would ("E. P. Thompson^6")',
}
def codes(style,kind,a,b):
    if kind=='order': return ['ORDER']
    ta=re.findall(r'\S+',a);tb=re.findall(r'\S+',b)
    out=set()
    for op,i1,i2,j1,j2 in difflib.SequenceMatcher(None,ta,tb,autojunk=False).get_opcodes():
        if op=='equal': continue
        x=' '.join(ta[i1:i2]);y=' '.join(tb[j1:j2])
        out.add(one(style,kind,x,y,a,b))
    return sorted(out)
def one(style,kind,x,y,a,b):
    if re.search(r'[.,;:]\^\d',x) and re.search(r' \^\d+[.,;:]|\^\d+[.,;:]',b+' '): return 'NOTE_MARKER'
    if re.search(r'\^\d',x+y) and kind=='paragraph': return 'NOTE_MARKER'
    if 'chicago' in style and re.search(r'\d–\d{3}',x) and re.search(r'\d–\d{1,2}\b',y): return 'PANDOC_RANGE'
    if style in ('apa','chicago-author-date','chicago-notes-bibliography') and x=='' and y in ('chap.','Chapter'): return 'IS_NUMERIC_LOCATOR'
    if re.search(r'\b(van der|de|von)\b',x+' '+y) and ('ref-vanderberg' in a or 'ref-debeauvoir' in a or 'ref-vonhumboldt' in a): return 'PARTICLE'
    if re.search(r'20\d\d[ab]',y) and not re.search(r'20\d\d[ab]',x) and not re.search(r';',y): return 'SITE_SUFFIX'
    if re.search(r'2015a, 2015b|1998, 2009',a) or re.search(r'1998,$',x): return 'COLLAPSE'
    if ';' in a and style=='apa' and kind in ('citation','note') and re.search(r'see|cf\.',a): return 'SORT_PREFIXED'
    if ';' in a and style=='apa' and kind in ('citation','note'): return 'SORT_CITES'
    if re.search(r'\(Eds?\.\)',x) and re.search(r'\(Editors?\)',y): return 'EDS'
    if re.search(r'2nd',x) and re.search(r'\b2\b',y): return 'EDITION'
    if kind=='paragraph' and re.search(r'[A-Z]\.$',x) and y=='': return 'NARRATIVE_NOTE'
    if re.search(r'Tran\.|\(1974\)|\(1871\)|Jun\.',x): return 'PANDOC_LOCALE'
    if re.search(r'^\(?;',y) or (x=='' and y in ('.',',')) or y.startswith(', Translated'): return 'EMPTY_GROUP_DELIM'
    if '.”.' in y: return 'QUOTE_PERIOD'
    if 'Groundwater' in a and ('Groundwater' in x or 'Aquifer' in x or 'Preprint' in y): return 'MISC_TYPE'
    if re.search(r'-[a-z]\.',y) and 'lee2016' in a+b: return 'INITIALS_HYPHEN'
    if 'Editor' in y and 'lee2016' in a: return 'EDS'
    return 'UNCLASSIFIED: '+x+' -> '+y
groups=collections.OrderedDict()
for f in sys.argv[1:]:
    lines=open(f).read().split('\n'); i=0
    while i<len(lines):
        if lines[i].startswith('@ '):
            w=lines[i][2:].split(' '); a=lines[i+1][2:]; b=lines[i+2][2:]
            cs=codes(w[0],w[2],a,b)
            key='; '.join(TEXT.get(c,c) for c in cs)
            groups.setdefault(key,[]).append('@ %s\n- %s\n+ %s\n'%(' '.join(w),a,b))
            i+=3
        else: i+=1
print('# Every difference between essaykit and pandoc 2.17 in CitationCorpusPandocTest, grouped by reason.')
print('# Format (see KnownDifferences.java): "## reason", then entries "@ style essay kind n", "- pandoc", "+ essaykit".')
print('# Kinds: citation (span.citation, author-date), paragraph (body paragraph holding note markers, note styles),')
print('# note (text of each note), entry (bibliography entry by id; n = its place in the union of both lists),')
print('# order (the ids of a bibliography in order). Essay "site" is the site bibliography page.')
for k,v in groups.items():
    print('\n## '+k); print('\n'.join(v).rstrip('\n'))
import sys as s
s.stderr.write('\n'.join('%4d %s'%(len(v),k[:110]) for k,v in groups.items())+'\n')
