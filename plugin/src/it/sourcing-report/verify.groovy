def log = new File(basedir, 'build.log').text
// the misquote: a warning at its place with the nearest passage
assert log =~ /essays\/ferries\.md:8:31: warning: the quotation is not in the text of 'ferry2022' \(sources\/ferry2022\.txt\); the nearest passage \(\d\d% alike, line 5\) reads "leaves far too early for anyone"/
// the report, printed by essay:check
assert log.contains('[INFO] Sourcing report')
assert log.contains('[INFO] essays/ferries.md (Earlier ferries): 3 of 4 paragraphs sourced; 1 claim without a source')
assert log.contains('[INFO]   essays/ferries.md:12:1: claim without a source: a number: Three hundred islanders signed the petition in 2021, and 40 of them work nights.')
assert log.contains('[INFO]   essays/ferries.md:10:59: book cited without a locator: tide1998 (book)')
assert log.contains('[INFO]   cited once: tide1998')
assert log.contains('[INFO] Site: 3 of 4 paragraphs sourced;')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
// essay:build wrote the page, linked from nowhere, and did not publish the source's text
def site = new File(basedir, 'target/site/essays')
def page = new File(site, '_editor/sourcing.html')
assert page.isFile()
assert page.text.contains('<svg class="sourcing-chart"')
assert page.text.contains('<meta name="robots" content="noindex, nofollow">')
assert !new File(site, 'sources/ferry2022.txt').exists()
site.eachFileRecurse { f -> if (f.name.endsWith('.html') && f != page) assert !f.text.contains('_editor') }
