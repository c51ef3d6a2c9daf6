def log = new File(basedir, 'build.log').text
assert log.contains('broken.md:1:1: error: missing \'title\' in the front matter')
assert log.contains('broken.md:3:7: error: \'date\' must be an ISO date')
assert log.contains('broken.md:5:23: error: note [^missing] has no definition')
assert log.contains('Found 3 errors and 0 warnings.')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'a user mistake gives no stack trace'
assert !new File(basedir, 'target/site/essays').exists() : 'nothing is written when there are errors'
