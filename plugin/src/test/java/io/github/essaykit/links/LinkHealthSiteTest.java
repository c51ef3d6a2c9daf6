package io.github.essaykit.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Link health through a whole check of a site (as {@code essay:check -Dessay.checkLinks} runs it):
 * dead source addresses and essay links reported where they are written, the archived copy
 * offered when the entry has one, the Wayback search otherwise; DOIs checked at the configured
 * resolver. Every address is on a server on the loopback address.
 */
class LinkHealthSiteTest {

    @TempDir
    Path dir;

    private LocalServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
        server.status("/alive", 200).status("/moved-away", 404).status("/10.5555/ok", 200).status("/essay-gone", 410);
        server.redirect("/old", 301, "/alive");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path site() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("sources.bib"), """
                @online{alive,
                  title = {Still There},
                  url = {%s},
                  year = {2020}
                }

                @online{archived,
                  title = {Moved Away},
                  url = {%s},
                  archiveurl = {https://web.archive.org/web/2019/https://example.org/moved},
                  year = {2019}
                }

                @online{lost,
                  title = {Lost Too},
                  url = {%s},
                  year = {2018}
                }

                @article{withdoi,
                  title = {A Paper},
                  journaltitle = {A Journal},
                  doi = {10.5555/ok},
                  year = {2017}
                }
                """.formatted(server.url("/old"), server.url("/moved-away"), server.url("/moved-away")));
        Files.writeString(src.resolve("essay.md"), """
                ---
                title: Links
                ---
                Sources [@alive; @archived; @lost; @withdoi].

                See [a page](%s) and [another](%s), and [the page again](%s).
                A [local link](other.md) is never asked.
                """.formatted(server.url("/essay-gone"), server.url("/alive"), server.url("/essay-gone")));
        Files.writeString(src.resolve("other.md"), "---\ntitle: Other\n---\nText.\n");
        return src;
    }

    private BuildResult check(boolean links) throws Exception {
        Path src = site();
        SiteConfig.Builder config = SiteConfig.builder(src, dir.resolve("out")).doiResolver(server.url(""));
        if (links) {
            config.linkCheck(new LinkChecker.Options(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(60), 4, 5));
        }
        return SiteBuilder.compile(config.build());
    }

    @Test
    void deadLinksAreWarningsWhereTheyAreWrittenWithTheArchivedCopyOrTheWaybackSearch() throws Exception {
        BuildResult result = check(true);
        String dead = server.url("/moved-away");
        String gone = server.url("/essay-gone");
        String line6 = "See [a page](" + gone + ") and [another](" + server.url("/alive") + "), and [the page again](";
        int again = line6.indexOf("[the page again]") + 1;
        assertThat(result.diagnostics().all()).map(Diagnostic::toString).containsExactly(
                "essay.md:6:5: warning: link '" + gone + "' is dead: HTTP 410; fix or remove it, or look for an archived copy"
                        + " at https://web.archive.org/web/*/" + gone,
                "essay.md:6:" + again + ": warning: link '" + gone + "' is dead: HTTP 410; fix or remove it, or look for an"
                        + " archived copy at https://web.archive.org/web/*/" + gone,
                "sources.bib:7:1: warning: source 'archived': URL '" + dead + "' is dead: HTTP 404; its archived copy is"
                        + " https://web.archive.org/web/2019/https://example.org/moved (archive-url): link that instead, or fix the address",
                "sources.bib:14:1: warning: source 'lost': URL '" + dead + "' is dead: HTTP 404; fix or remove it, or look for an"
                        + " archived copy at https://web.archive.org/web/*/" + dead + " and add it to the entry as archive-url");
        assertThat(result.notes()).contains("Link check: 5 links checked, 2 dead");
        // each address asked once, however many places write it (/alive twice: as itself and as where /old leads);
        // the DOI at the configured resolver
        assertThat(server.requests()).containsExactlyInAnyOrder("HEAD /old", "HEAD /alive", "HEAD /alive", "HEAD /moved-away",
                "HEAD /essay-gone", "HEAD /10.5555/ok");
    }

    @Test
    void withoutTheSwitchNothingIsAsked() throws Exception {
        BuildResult result = check(false);
        assertThat(result.diagnostics().all()).isEmpty();
        assertThat(result.notes()).noneMatch(n -> n.startsWith("Link check"));
        assertThat(server.requests()).isEmpty();
    }
}
