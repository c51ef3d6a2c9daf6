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
// four pages and the style's bibliography sort keys: the edited page replaced its old entry
assert cache.listFiles().findAll { it.name.endsWith('.entry') }.size() == 5 : 'the edited page replaced its old entry'
