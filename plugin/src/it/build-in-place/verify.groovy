import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
for (String output : ['target/site/essays', 'target/again', 'target/uncached']) {
    def site = new File(basedir, output)
    def files = []
    site.eachFileRecurse(groovy.io.FileType.FILES) { files << site.toPath().relativize(it.toPath()).toString() }
    assert files.contains('paper.html') && files.contains('figure.svg') : "${output}: ${files}"
    // nothing of the build's own folder is published: not the other site, not the cache's entries
    assert files.findAll { it.startsWith('target/') || it.startsWith('entries.') || it.startsWith('site/') || it.startsWith('again/') }.isEmpty()
    def page = Jsoup.parse(new File(site, 'paper.html'), 'UTF-8')
    assert page.selectFirst('.citation').text() == '(Marsh 1911, 4)'
}
assert !log.contains('Cannot write the site')
assert !log.contains('lies inside the source folder')
// an empty cacheDirectory keeps no cache: every page made afresh, no entry anywhere but the first two runs' cache
assert log.contains('2 pages rendered, 0 from the cache')
assert !basedir.list().any { it.startsWith('entries.') } : basedir.list()
assert new File(basedir, 'target/essaykit-cache').list().sort() == ['entries.index', 'entries.pack'] : 'the first two runs\' cache'
