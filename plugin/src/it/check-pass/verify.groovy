def log = new File(basedir, 'build.log').text
assert log.contains('harbour.md:8:1: warning: note [^orphan] is defined but never referenced')
assert log.contains('2 essays, 0 citations, 1 note, ')
assert log.contains('Checked; nothing written')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target').exists() : 'essay:check writes nothing'
