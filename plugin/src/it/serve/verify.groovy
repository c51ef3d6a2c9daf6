import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
assert log =~ /Serving the essays at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C to stop\)/
assert log =~ /Built: 1 essay, \d+ citations?, .* \(1 essay parsed, 0 unchanged\)/
assert log.contains('Stopped serving the essays')
assert log.contains('BUILD SUCCESS')
def page = Jsoup.parse(new File(basedir, 'target/site/essays/market.html'), 'UTF-8')
assert page.select('script[src$="assets/essaykit-live.js"]').size() == 1 : 'served pages load the live-reload script'
assert new File(basedir, 'target/site/essays/assets/essaykit-live.js').isFile()
