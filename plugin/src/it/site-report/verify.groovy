import org.jsoup.Jsoup

def site = new File(basedir, 'target/site')
def essays = new File(site, 'essays')
assert new File(essays, 'index.html').isFile() : 'the report writes the essay site under target/site/essays'
assert new File(essays, 'harbour.html').isFile()
assert !new File(essays, 'assets/essaykit-live.js').exists() : 'no live reload outside essay:serve'
def index = Jsoup.parse(new File(essays, 'index.html'), 'UTF-8')
assert index.select('.essay-list a')*.attr('href') == ['harbour.html']
assert index.selectFirst('.site-title').text() == 'Harbour Papers'

// the Maven site lists the essays: in the menu of its pages and on the project reports page
def reports = Jsoup.parse(new File(site, 'project-reports.html'), 'UTF-8')
assert reports.select('a[href="essays/index.html"]').any { it.text() == 'Essays' } : reports.select('a')*.attr('href')
assert reports.select('table a[href="essays/index.html"]').size() == 1 : 'listed in the table of reports'
def home = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
assert home.select('a[href="project-reports.html"]').size() > 0 : 'the site menu leads to the project reports'

def log = new File(basedir, 'build.log').text
assert log =~ /1 essay, 1 citation, 2 notes, 0 cross-references, 1 source in \d+ ms/ : 'counts in the singular'

// the style comes from the <build> configuration: a note style, so the citation is a footnote
def page = Jsoup.parse(new File(essays, 'harbour.html'), 'UTF-8')
assert !page.selectFirst('main, body').text().contains('(Kaplan 1983') : 'no author-date citation'
def notes = page.select('section.footnotes > ol > li')
assert notes.size() == 2 : notes*.text()
assert notes.any { it.text().contains('Fred Kaplan') && it.text().contains('Wizards of Armageddon') } : notes*.text()
