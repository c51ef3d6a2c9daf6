def log = new File(basedir, 'build.log').text
assert log.contains('broken.md:1:1: error: missing \'title\' in the front matter')
assert log.contains('broken.md:3:7: error: \'date\' must be an ISO date')
assert log.contains('broken.md:5:23: error: note [^missing] has no definition')
assert log =~ /broken\.md:5:\d+: error: .*nowhere\.md/
assert log =~ /Found [4-9] errors/
assert !(log =~ /(?m)^\s+at [a-z]/) : 'a user mistake gives no stack trace'
assert !new File(basedir, 'target/site').exists() : 'nothing is written under target/site'
