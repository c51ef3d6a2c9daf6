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
def entries = cache.listFiles().findAll { it.name.endsWith('.entry') }
// source downloads are cached by the sources they list (RIS records end in 'ER  -'): one set per
// essay's distinct sources, the site bibliography's being one of them; the edit kept its sources
def downloads = entries.findAll { it.text.contains('ER  -') }
assert downloads.size() == 3 : "one download entry per distinct source set: ${downloads*.name}"
// four pages and the style's bibliography sort keys: the edited page replaced its old entry
assert entries.size() - downloads.size() == 5 : 'the edited page replaced its old entry'
