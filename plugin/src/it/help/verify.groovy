// The parameters are listed without -Ddetail, with their property and default, for every goal
def log = new File(basedir, 'build.log').text
['essay:build', 'essay:check', 'essay:serve', 'essay:report', 'essay:help'].each { assert log.contains(it) : it }
assert log.contains('style (-Dessay.style), default chicago-author-date')
assert log.contains('CSL style: an id of the official style repository (e.g. apa) or a .csl file.')
assert log.contains('port (-Dessay.port), default 8000')
assert log.contains('verbose (-Dessay.verbose), default false')
assert !(log =~ /(?m)^\s+basedir\b/) : 'read-only parameters are not offered'
assert !log.contains('<code>') : 'descriptions as plain text'
