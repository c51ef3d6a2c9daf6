import org.jsoup.Jsoup

def site = new File(basedir, 'target/site/essays')
assert new File(site, 'index.html').isFile()
assert !new File(site, 'draft.html').exists() : 'drafts are left out by default'
assert new File(site, 'img/quay.svg').isFile() : 'images are copied along'
assert new File(site, 'assets/essaykit.css').isFile()

def index = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
def links = index.select('.essay-list a').collect { it.attr('href') }
assert links == ['market.html', 'harbour.html'] : "newest first: $links"
assert index.select('.essay-list a.essay-title').collect { it.text() } == ['Market Day', 'The Harbour at Dawn']

def page = Jsoup.parse(new File(site, 'harbour.html'), 'UTF-8')
assert page.selectFirst('h1').text() == 'The Harbour at Dawn'
def markers = page.select('sup.footnote-ref a')
assert markers.collect { it.text() } == ['1', '2', '3', '4', '1'] : markers.collect { it.text() }
markers.each { m ->
    def id = m.attr('href').substring(1)
    assert page.getElementById(id) != null : "marker ${m.text()} leads to #$id"
    assert page.getElementById(id).closest('section.footnotes') != null
}
def crane = page.getElementById('fn-1')
assert crane.select('> p')*.text()[0..1] == ['The crane is a 1974 model, still driven by hand.',
        'Its driver keeps a log of every lift, in pencil.'] : 'multi-paragraph note keeps both paragraphs'
assert crane.select('ul > li').size() == 2 : 'lists in notes'
assert crane.select('a.footnote-back').collect { it.attr('href') } == ['#fnref-1', '#fnref-1-2']
assert page.getElementById('fn-2').text().contains('three of the five dockers') : 'inline note'
assert page.getElementById('fn-4').select('blockquote').size() == 1 : 'quotes in notes'
// <toc> and <numberSections>: a table of contents whose entries read as their headings do
def toc = page.select('nav.toc .toc-list a')
assert toc*.text() == ['1 Before the boats', '1.1 Loading'] : toc*.text()
toc.each { a -> assert page.getElementById(a.attr('href').substring(1)).selectFirst('.heading-link').text() == a.text() }
assert page.selectFirst('.byline .reading-time').text() ==~ /\d+ min read/
def market = Jsoup.parse(new File(site, 'market.html'), 'UTF-8')
assert market.select('nav.toc').isEmpty() : 'an essay without headings has no table of contents'
assert market.selectFirst('a.essay-link').attr('href') == 'harbour.html' : 'links to essays lead to their pages'
assert page.select('section.footnotes > ol > li').size() == 4 : 'the unused note is not printed'

// every local link and fragment resolves; no script or handler inline
site.eachFileRecurse { f ->
    if (!f.name.endsWith('.html')) return
    def doc = Jsoup.parse(f, 'UTF-8')
    doc.select('[href], [src]').each { e ->
        def link = e.hasAttr('href') ? e.attr('href') : e.attr('src')
        if (link ==~ /^[a-z]+:.*/) return
        def parts = link.split('#', 2)
        def target = parts[0] ? new File(f.parentFile, parts[0]) : f
        assert target.isFile() : "${f.name}: $link"
        if (parts.length > 1 && target.name.endsWith('.html')) {
            assert Jsoup.parse(target, 'UTF-8').getElementById(parts[1]) != null : "${f.name}: $link"
        }
    }
    // the one inline script allowed is inert JSON-LD (schema.org metadata), which never runs
    assert doc.select('script:not([src])').every { it.attr('type') == 'application/ld+json' && !it.data().contains('<') }
    assert doc.select('style').isEmpty()
    assert doc.select('*').every { el -> el.attributes().every { !it.key.startsWith('on') } }
    doc.select('script[src], link[rel=stylesheet]').each {
        assert !(it.attr('src') + it.attr('href')).contains('//') : 'no remote script or stylesheet'
    }
}

def log = new File(basedir, 'build.log').text
assert log.contains('harbour.md:34:1: warning: note [^orphan] is defined but never referenced')
assert log.contains('2 essays, 0 citations, 5 notes')
