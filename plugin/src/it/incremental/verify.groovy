def log = new File(basedir, 'build.log').text
def work = log.readLines().findAll { it.contains(' rendered, ') }.collect { it.replaceFirst(/^\[INFO\] /, '') }
// three essays and the site bibliography; a first build writes every file of the site (pages, assets,
// source downloads), a second none, an edit only its page
def written = 0
new File(basedir, 'target/site/essays').eachFileRecurse(groovy.io.FileType.FILES) {
    if (it.name != '.essaykit') written++ // the marker that says the folder is essaykit's, not a page
}
assert work == ["4 pages rendered, 0 from the cache, ${written} files written".toString(),
                '0 pages rendered, 4 from the cache, 0 files written',
                '1 page rendered, 3 from the cache, 1 file written'] : work

def site = new File(basedir, 'target/site/essays')
assert new File(site, 'ebb.html').text.contains('at every turn of the tide')
def cache = new File(basedir, 'target/essaykit-cache')
assert cache.list().sort() == ['entries.index', 'entries.pack'] : 'one pack of entries and its index, not a file an entry'
// the entries the last build kept, as its index lists them: each record holds a mark, the key's and the value's
// lengths, a checksum, the key and the value
def index = java.nio.ByteBuffer.wrap(new File(cache, 'entries.index').bytes)
def pack = new File(cache, 'entries.pack').bytes
index.position('essaykit-index 1\n'.length() + 16)
def entries = (1..index.getInt()).collect {
    index.getLong()
    int at = (int) index.getLong()
    index.getInt()
    def record = java.nio.ByteBuffer.wrap(pack, at, 16)
    assert record.getInt() == 0x454b5231
    int keyLength = record.getInt()
    int valueLength = record.getInt()
    [name: new String(pack, at + 16, keyLength, 'US-ASCII'), value: new String(pack, at + 16 + keyLength, valueLength, 'ISO-8859-1')]
}
def value = { entry -> entry.value }
// no page's or download's bytes: the output folder holds them (a file gone from it is made again)
def stored = entries.findAll { def v = value(it); v.startsWith('<!DOCTYPE') || v.startsWith('@') || v.startsWith('[') || v.startsWith('TY  -') }
assert stored.isEmpty() : "bytes the output folder holds: ${stored*.name}"
// source downloads are cached by the sources they list: one set per essay's distinct sources, the
// site bibliography's being one of them; the edit kept its sources
def downloads = entries.findAll { !(it in stored) && it.value.contains('\u0000\u0000\u0000\u0003ris') }
assert downloads.size() == 3 : "one download entry per distinct source set: ${downloads*.name}"
// each essay's front matter and facts, so that a new build parses only what changed
def facts = entries.findAll { it.value.contains('essay head 2') || it.value.contains('essay facts 1') }
assert facts.size() == 3 + 3 : 'a head and facts per essay, the edited essay\'s replaced'
def places = entries.findAll { it.value.contains('bibliography places 1') }
assert places.size() == 1
// the digest and link-check scan of the index, the site bibliography page and each source page, in parts by their keys
def sitePages = entries.findAll { it.value.contains('site page 3') }
assert sitePages.size() >= 1 && sitePages.size() <= 16
// the order the sources sorted in (read by their data, with no processor: the order by their sort keys, unread, is
// gone), the digests of the files the build left in the output folder, the sources of sources.bib, and each essay's
// formatted citations and "cite this essay" (by its slug: the edited essay's read back, its citations unchanged), and
// the link check of every page (its table and targets, and the pages in 16 parts), what the build reads of the
// style besides its XML, and each source's print for page keys (by the library's, unchanged)
def others = ['sorted items 1', 'output digests 2', 'source file 2', 'essay citations 1', 'essay citation text 1', 'link checks 2',
        'style facts 3', 'source prints 1'].collect { kind ->
    entries.findAll { it.value.contains(kind) }
}
assert others*.size() == [1, 1, 1, 3, 3, 17, 1, 1]
// each essay's digest by its stamp, kept only for essays written at least 2 s before a build: there or not
def stamps = entries.findAll { it.value.contains('essay stamps 1') }
assert stamps.size() <= 1
// what the last build read and left in the output folder, for the short cut of a build with nothing changed
def record = entries.findAll { it.value.contains('unchanged site 1') }
assert record.size() == 1
// three pages, the site bibliography and the style's bibliography sort keys: the edited page replaced its old entry
assert entries.size() - stored.size() - downloads.size() - facts.size() - places.size() - sitePages.size() - others.sum { it.size() } -
        record.size() - stamps.size() == 5 : 'the edited page replaced its old entry'
