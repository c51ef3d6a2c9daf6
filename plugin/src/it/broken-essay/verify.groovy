def log = new File(basedir, 'build.log').text
assert log.contains('broken.md:3:7: error: \'date\' must be a date such as 2021-01-29')
assert log.contains('broken.md:5:23: error: note [^missing] has no definition')
assert log.contains('Found 2 errors and 1 warning.')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'a user mistake gives no stack trace'
assert !new File(basedir, 'target/site/essays').exists() : 'nothing is written when there are errors'
// each problem printed once: not again in the failure message, and no warning repeated as [ERROR]
def lines = log.readLines()
assert lines.count { it.contains("broken.md:3:7: error: 'date' must be") } == 1
assert lines.count { it.contains('broken.md:5:23: error: note [^missing]') } == 1
assert !lines.any { it.startsWith('[ERROR]') && it.contains(': warning: ') }
assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.contains(': Found 2 errors and 1 warning. Each is listed above.') }
assert lines.count { it.startsWith('[WARNING]') && it.contains('note [^orphan] is defined but never referenced') } == 1
