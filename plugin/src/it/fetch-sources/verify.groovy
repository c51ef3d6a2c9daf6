import org.jsoup.Jsoup

def server = System.properties.remove('essaykit.it.fetch-sources.server')
try {
    def log = new File(basedir, 'build.log').text
    def fetched = new File(basedir, 'src/bibliography/fetched.json')
    assert fetched.isFile()
    def text = fetched.getText('UTF-8')
    assert text.indexOf('"id": "doi:10.5555/tides"') < text.indexOf('"id": "isbn:978-0-306-40615-7"')
    assert text.contains('"title": "Harbour Clocks and the Tide Tables of 1850"')
    assert !text.contains('script') && !text.contains('abstract') && !text.contains('javascript')
    // each identifier asked once, the DOI by content negotiation
    assert server.requests() == ['GET /doi/10.5555/tides', 'GET /books?bibkeys=ISBN:9780306406157&format=json&jscmd=data']
    // the build reads the file: both sources listed, no unknown key
    def page = Jsoup.parse(new File(basedir, 'target/site/essays/tides.html'), 'UTF-8')
    def entries = page.select('.csl-entry').collect { it.text() }.join('\n')
    assert entries.contains('Marsh, Ada, and Piet van den Berg. 2011.')
    assert entries.contains('Keeper, Mary, and John Lamp. 1994. Lighthouses')
    assert !log.contains('unknown citation key')
} finally {
    server?.close()
}
