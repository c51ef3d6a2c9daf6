def log = new File(basedir, 'build.log').text
assert log.contains('broken.md:3:7: error: \'date\' must be a date such as 2021-01-29')
assert log.contains('broken.md:5:23: error: note [^missing] has no definition')
assert log =~ /broken\.md:5:\d+: error: .*nowhere\.md/
assert log =~ /Found [3-9] errors/
assert !(log =~ /(?m)^\s+at [a-z]/) : 'a user mistake gives no stack trace'
assert !new File(basedir, 'target/site').exists() : 'nothing is written under target/site'
