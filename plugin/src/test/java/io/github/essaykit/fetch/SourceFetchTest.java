package io.github.essaykit.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.links.LocalServer;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.site.SourceFetch;
import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.SourceLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cite by identifier: a build without the source says to run essay:fetch-sources; the goal's core
 * looks each identifier up once at a local server answering with recorded responses (written for
 * these tests, in the shapes doi.org's content negotiation and Open Library's api/books use),
 * cleans what it gets, and adds it to the fetched-sources file that the next build reads.
 */
class SourceFetchTest {

    @TempDir
    Path dir;

    private LocalServer server;
    private Path src;
    private Path fetched;

    @BeforeEach
    void start() throws Exception {
        String doi = resource("doi-10.5555-tides.json");
        String isbn = resource("isbn-9780306406157.json");
        server = new LocalServer();
        server.on("/10.5555/tides", exchange -> {
            boolean csl = exchange.getRequestHeaders().getFirst("Accept").equals("application/vnd.citationstyles.csl+json");
            LocalServer.send(exchange, csl ? 200 : 406, "application/vnd.citationstyles.csl+json", csl ? doi : "");
        });
        server.on("/books", exchange -> LocalServer.send(exchange, 200, "application/json",
                exchange.getRequestURI().getQuery().equals("bibkeys=ISBN:9780306406157&format=json&jscmd=data") ? isbn : "{}"));
        src = Files.createDirectories(dir.resolve("project/src/essays"));
        fetched = dir.resolve("project/src/bibliography/fetched.json");
        Files.writeString(src.resolve("sources.bib"), "@book{local, title = {A Local Book}, author = {Doe, Jane}, year = {2001}}\n");
        Files.writeString(src.resolve("tides.md"), """
                ---
                title: Tides
                ---
                Clocks ran late [@doi:10.5555/tides, 210], as lamps did [@isbn:978-0-306-40615-7; @local].
                """);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String resource(String name) throws Exception {
        return new String(getClass().getResourceAsStream("/fetch/" + name).readAllBytes(), StandardCharsets.UTF_8);
    }

    private SiteConfig config() {
        return SiteConfig.builder(src, dir.resolve("out")).fetchedSources(fetched).build();
    }

    private SourceFetch fetch() {
        return SourceFetch.run(config(), new SourceLookup(server.url(""),
                server.url("/books?bibkeys=ISBN:{isbn}&format=json&jscmd=data"), Duration.ofSeconds(10)));
    }

    @Test
    void aBuildWithoutTheFetchedSourceSaysToRunTheGoal() {
        BuildResult result = SiteBuilder.compile(config());
        assertThat(result.diagnostics().errors()).map(Diagnostic::toString).containsExactly(
                "tides.md:4:18: error: unknown citation key 'doi:10.5555/tides'; no bibliography holds this source yet: run"
                        + " 'mvn essay:fetch-sources' to look it up once and add it to the fetched-sources file"
                        + " (src/bibliography/fetched.json unless essay.fetchedSources says otherwise), then build again",
                "tides.md:4:58: error: unknown citation key 'isbn:978-0-306-40615-7'; no bibliography holds this source yet:"
                        + " run 'mvn essay:fetch-sources' to look it up once and add it to the fetched-sources file"
                        + " (src/bibliography/fetched.json unless essay.fetchedSources says otherwise), then build again");
        assertThat(server.requests()).as("a build never goes online").isEmpty();
    }

    @Test
    void theGoalLooksEachUpOnceCleansItAndTheNextBuildCitesIt() throws Exception {
        SourceFetch first = fetch();
        assertThat(first.diagnostics().all()).isEmpty();
        assertThat(first.added()).containsExactly("doi:10.5555/tides", "isbn:978-0-306-40615-7");
        assertThat(server.requests()).containsExactly("GET /10.5555/tides",
                "GET /books?bibkeys=ISBN:9780306406157&format=json&jscmd=data");
        String written = Files.readString(fetched);
        assertThat(written).isEqualTo(resource("expected-fetched.json"));

        // the file reads back as any bibliography does, with nothing to warn of
        LoadedSources loaded = SourceLoader.create(fetched.getParent()).load(List.of(fetched));
        assertThat(loaded.diagnostics().all()).isEmpty();
        assertThat(loaded.library().expect("doi:10.5555/tides").item().getTitle())
                .isEqualTo("Harbour Clocks and the Tide Tables of 1850");

        BuildResult build = SiteBuilder.build(config());
        assertThat(build.diagnostics().errors()).isEmpty();
        String entries = Jsoup.parse(dir.resolve("out/tides.html")).select(".csl-entry").text();
        assertThat(entries).contains("Marsh, Ada, and Piet van den Berg. 2011.", "Keeper, Mary, and John Lamp. 1994. Lighthouses");

        SourceFetch again = fetch();
        assertThat(again.added()).isEmpty();
        assertThat(again.known()).isEqualTo(2);
        assertThat(server.requests()).as("nothing asked twice").hasSize(2);
        assertThat(Files.readString(fetched)).isEqualTo(written);
    }

    @Test
    void aFailedLookupIsAnErrorAtItsCitationAndTheRestIsStillAdded() throws Exception {
        Files.writeString(src.resolve("more.md"), "---\ntitle: More\n---\nAlso [@doi:10.5555/missing] and [@isbn:123].\n");
        SourceFetch result = fetch();
        assertThat(result.diagnostics().all()).map(Diagnostic::toString).containsExactly(
                "more.md:4:7: error: cannot fetch 'doi:10.5555/missing': " + server.url("/10.5555/missing")
                        + " knows no such DOI (HTTP 404); check the identifier, or add the source to a bibliography file yourself",
                "more.md:4:34: error: '123' is not an ISBN (10 or 13 digits with a valid check digit, e.g. isbn:978-0-300-11035-2)");
        assertThat(result.added()).containsExactly("doi:10.5555/tides", "isbn:978-0-306-40615-7");
    }

    @Test
    void itemsAlreadyInTheFileAreKeptAsTheAuthorLeftThem() throws Exception {
        Files.createDirectories(fetched.getParent());
        Files.writeString(fetched, """
                [{"id": "isbn:978-0-306-40615-7", "type": "book", "title": "Lighthouses (corrected by hand)"},
                 {"id": "zzz", "type": "book", "title": "Kept"}]
                """);
        SourceFetch result = fetch();
        assertThat(result.added()).containsExactly("doi:10.5555/tides");
        assertThat(result.known()).isEqualTo(1);
        LoadedSources loaded = SourceLoader.create(fetched.getParent()).load(List.of(fetched));
        assertThat(loaded.library().keys()).containsExactly("doi:10.5555/tides", "isbn:978-0-306-40615-7", "zzz");
        assertThat(loaded.library().expect("isbn:978-0-306-40615-7").item().getTitle()).isEqualTo("Lighthouses (corrected by hand)");
    }

    @Test
    void aMalformedFileIsLeftAloneAndNamed() throws Exception {
        Files.createDirectories(fetched.getParent());
        Files.writeString(fetched, "[{\"id\": \"x\", ");
        SourceFetch result = fetch();
        assertThat(result.diagnostics().errors()).isNotEmpty();
        assertThat(Files.readString(fetched)).isEqualTo("[{\"id\": \"x\", ");
        assertThat(result.added()).isEmpty();
    }
}
