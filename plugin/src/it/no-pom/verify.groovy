import org.jsoup.Jsoup

def site = new File(basedir, 'target/site/essays')
def index = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
assert index.select('.essay-list a').collect { it.attr('href') } == ['only.html']
assert index.selectFirst('.site-title').text() == 'Loose'
def page = Jsoup.parse(new File(site, 'only.html'), 'UTF-8')
assert page.selectFirst('sup.footnote-ref a').attr('href') == '#fn-1'
assert page.getElementById('fn-1').text().startsWith('Still numbered.')
