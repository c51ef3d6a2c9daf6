// One line that says what to pin, before the old site plugin gets to fail on its own
def log = new File(basedir, 'build.log').text
def message = ~/The essay report needs maven-site-plugin 3\.21\.0 or newer, and this build runs maven-site-plugin (3\.3|3\.12\.1) .*add org\.apache\.maven\.plugins:maven-site-plugin:3\.21\.0 to <build><pluginManagement><plugins>/
def lines = log.readLines()
assert lines.count { it =~ message } == 1 : 'the message once, on the failure line'
assert lines.find { it =~ message }.startsWith('[ERROR] Failed to execute goal')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
assert !log.contains('NoClassDefFoundError') && !log.contains('AbstractMethodError') && !log.contains('realm =')
if (log.contains('runs maven-site-plugin 3.3 ')) {
    // Maven 3.8: site 3.3 would fail next on the project-info reports (a class-loader dump); we stop first
    assert !log.contains('configuring report plugin org.apache.maven.plugins:maven-project-info-reports-plugin')
}
assert !new File(basedir, 'target/site/essays/index.html').exists()
