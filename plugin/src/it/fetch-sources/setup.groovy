import com.sun.net.httpserver.HttpHandler
import io.github.essaykit.links.LocalServer

// The only server this IT talks to: recorded answers in the shapes of doi.org's CSL-JSON content
// negotiation and Open Library's api/books. Maven reads the addresses from .mvn/maven.config.
def server = new LocalServer()
def recorded = { String name -> LocalServer.getResourceAsStream('/fetch/' + name).getText('UTF-8') } // the unit tests' own
def doi = recorded('doi-10.5555-tides.json')
def isbn = recorded('isbn-9780306406157.json')
server.on('/doi/10.5555/tides', { exchange ->
    boolean csl = exchange.requestHeaders.getFirst('Accept') == 'application/vnd.citationstyles.csl+json'
    LocalServer.send(exchange, csl ? 200 : 406, 'application/vnd.citationstyles.csl+json', csl ? doi : '')
} as HttpHandler)
server.on('/books', { exchange ->
    boolean known = exchange.requestURI.query == 'bibkeys=ISBN:9780306406157&format=json&jscmd=data'
    LocalServer.send(exchange, 200, 'application/json', known ? isbn : '{}')
} as HttpHandler)
System.properties.put('essaykit.it.fetch-sources.server', server)
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = '-Dessay.doiResolver=' + server.url('/doi') +
        ' -Dessay.isbnService=' + server.url('/books') + '?bibkeys=ISBN:{isbn}&format=json&jscmd=data\n'
true // a hook script fails unless it returns true
