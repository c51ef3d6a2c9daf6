import org.jsoup.Jsoup
import org.jsoup.parser.Parser

def log = new File(basedir, 'build.log').text
def with = new File(basedir, 'target/with-address')
def without = new File(basedir, 'target/without-address')

// with baseUrl: feed and sitemap list both essays, never the draft; pages link their canonical address
def xml = { String name -> Jsoup.parse(new File(with, name).getText('UTF-8'), '', Parser.xmlParser()) }
assert xml('feed.xml').select('entry > id')*.text() == ['https://example.org/harbour/market.html',
        'https://example.org/harbour/harbour.html']
assert xml('sitemap.xml').select('url > loc')*.text().containsAll(['https://example.org/harbour/harbour.html',
        'https://example.org/harbour/market.html'])
assert !new File(with, 'feed.xml').text.contains('Unfinished')
def page = Jsoup.parse(new File(with, 'harbour.html'), 'UTF-8')
assert page.selectFirst('link[rel=canonical]').attr('href') == 'https://example.org/harbour/harbour.html'
assert page.select('meta[name=citation_reference]').size() == 2
assert page.select('span.Z3988').size() == 2
assert page.select('.downloads a').collect { it.attr('href') } == ['downloads/sources/harbour.bib',
        'downloads/sources/harbour.json', 'downloads/sources/harbour.ris']
assert new File(with, 'downloads/sources/harbour.bib').text.contains('family=Berg, given=Ola, prefix=van den, useprefix=true')
assert page.selectFirst('#cite-this-text').text().startsWith('Moreau, Ines. 2021. “The Harbour at Dawn.”')

// without baseUrl: none of the address-bound files or tags, the rest as before, and the build says why once
assert !new File(without, 'feed.xml').exists()
assert !new File(without, 'sitemap.xml').exists()
def plain = Jsoup.parse(new File(without, 'harbour.html'), 'UTF-8')
assert plain.select('link[rel=canonical], meta[property]').isEmpty()
assert plain.select('meta[name=citation_reference]').size() == 2
assert log.count('No baseUrl: feed.xml, sitemap.xml, canonical links and Open Graph tags are not written') == 1
return true
