import org.jsoup.Jsoup

// barbara-budrich's default-locale (de-DE) with no locale configured; an essay's lang wins for its own citations
def site = new File(basedir, 'target/site/essays')
def entry = { String page -> Jsoup.parse(new File(site, page), 'UTF-8').selectFirst('#sources .csl-entry').text() }
def quay = entry('quay.html')
assert quay.contains('3. Auflage') : quay
assert quay.contains('Harbour Cities and the Long Century of Trade') : "a title as the entry writes it outside English: $quay"
def quai = entry('quai.html')
assert quai.contains('3ᵉ édition') : quai
assert Jsoup.parse(new File(site, 'quai.html'), 'UTF-8').selectFirst('.citation').text() == '(Okafor/Lindqvist 2014: 33)'
assert Jsoup.parse(new File(site, 'bibliography.html'), 'UTF-8').selectFirst('.csl-entry').text().contains('3. Auflage')
assert !new File(basedir, 'build.log').text.contains('WARNING') : 'no warning for a language CSL knows'
