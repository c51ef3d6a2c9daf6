def log = new File(basedir, 'build.log').text
def essays = new File(basedir, 'src/essays').canonicalPath
assert log.contains("The output folder ${essays} is the source folder ${essays}") : 'the error names both folders'
assert log.contains('Choose an outputDirectory outside the source folder')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'a user mistake gives no stack trace'
assert !log.contains('BUILD SUCCESS')
def folder = new File(basedir, 'src/essays')
assert folder.list().sort() == ['harbour.md'] : "the source folder holds only the essay: ${folder.list()}"
assert new File(folder, 'harbour.md').text.contains('Cranes at dawn, and the tide a little late.')
