def log = new File(basedir, 'build.log').text
def work = log.readLines().findAll { it.contains(' rendered, ') }.collect { it.replaceFirst(/^\[INFO\] /, '') }
// three essays and the site bibliography; files: three pages, index, bibliography, two assets
assert work == ['4 pages rendered, 0 from the cache, 8 files written',
                '0 pages rendered, 4 from the cache, 0 files written',
                '1 page rendered, 3 from the cache, 1 file written'] : work

def site = new File(basedir, 'target/site/essays')
assert new File(site, 'ebb.html').text.contains('at every turn of the tide')
def cache = new File(basedir, 'target/essaykit-cache')
assert cache.listFiles().findAll { it.name.endsWith('.entry') }.size() == 4 : 'the edited page replaced its old entry'
