package io.github.essaykit.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP side of link health, against a server on the loopback address only (never the network). */
class LinkCheckerTest {

    private static final LinkChecker.Options QUICK = new LinkChecker.Options(Duration.ofSeconds(3), Duration.ofSeconds(3),
            Duration.ofSeconds(30), 4, 5);

    private LocalServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
        server.status("/ok", 200).status("/gone", 404).status("/broken", 500);
        server.redirect("/r1", 301, "/r2").redirect("/r2", 302, server.url("/r3")).redirect("/r3", 307, "/ok");
        server.redirect("/r-dead", 302, "/gone");
        server.redirect("/loop-a", 302, "/loop-b").redirect("/loop-b", 302, "/loop-a");
        for (int i = 0; i < 8; i++) {
            server.redirect("/chain" + i, 302, "/chain" + (i + 1));
        }
        server.status("/chain8", 200);
        server.on("/no-head", exchange -> exchange.sendResponseHeaders(exchange.getRequestMethod().equals("HEAD") ? 405 : 200, -1));
        for (String slow : List.of("/slow", "/slow-too")) {
            server.on(slow, exchange -> {
                try {
                    release.await(12, TimeUnit.SECONDS); // held until the test ends: beyond any timeout here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(200, -1);
            });
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private Map<String, LinkChecker.Outcome> check(String... paths) {
        return LinkChecker.create(QUICK).check(List.of(paths).stream().map(server::url).toList());
    }

    private LinkChecker.Outcome one(String path) {
        return check(path).get(server.url(path));
    }

    @Test
    void anAnsweringPageIsAliveAndAskedOnceWithHead() {
        assertThat(one("/ok").status()).isEqualTo(LinkChecker.Status.ALIVE);
        assertThat(server.requests()).containsExactly("HEAD /ok");
    }

    @Test
    void notFoundAndServerErrorsAreDead() {
        Map<String, LinkChecker.Outcome> outcomes = check("/gone", "/broken");
        assertThat(outcomes.get(server.url("/gone"))).isEqualTo(new LinkChecker.Outcome(LinkChecker.Status.DEAD, "HTTP 404"));
        assertThat(outcomes.get(server.url("/broken"))).isEqualTo(new LinkChecker.Outcome(LinkChecker.Status.DEAD, "HTTP 500"));
    }

    @Test
    void aRedirectChainIsFollowedToItsEnd() {
        assertThat(one("/r1").status()).isEqualTo(LinkChecker.Status.ALIVE);
        assertThat(server.requests()).containsExactly("HEAD /r1", "HEAD /r2", "HEAD /r3", "HEAD /ok");
        LinkChecker.Outcome dead = one("/r-dead");
        assertThat(dead.status()).isEqualTo(LinkChecker.Status.DEAD);
        assertThat(dead.reason()).isEqualTo("HTTP 404 at " + server.url("/gone"));
    }

    @Test
    void aRedirectLoopIsNamedAndStops() {
        LinkChecker.Outcome loop = one("/loop-a");
        assertThat(loop).isEqualTo(new LinkChecker.Outcome(LinkChecker.Status.DEAD, "redirect loop (back to " + server.url("/loop-a") + ")"));
        assertThat(server.requests()).containsExactly("HEAD /loop-a", "HEAD /loop-b");
    }

    @Test
    void aChainLongerThanTheLimitStops() {
        LinkChecker.Outcome chain = one("/chain0");
        assertThat(chain).isEqualTo(new LinkChecker.Outcome(LinkChecker.Status.DEAD, "more than 5 redirects"));
        assertThat(server.requests()).hasSize(6);
    }

    @Test
    void headRefusedThenGetAnswers() {
        assertThat(one("/no-head").status()).isEqualTo(LinkChecker.Status.ALIVE);
        assertThat(server.requests()).containsExactly("HEAD /no-head", "GET /no-head");
    }

    @Test
    void aSlowServerTimesOutWithoutHoldingUpTheOthers() {
        long start = System.nanoTime();
        Map<String, LinkChecker.Outcome> outcomes = check("/slow", "/ok");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(outcomes.get(server.url("/slow")))
                .isEqualTo(new LinkChecker.Outcome(LinkChecker.Status.DEAD, "no answer within 3 s (timed out)"));
        assertThat(outcomes.get(server.url("/ok")).status()).isEqualTo(LinkChecker.Status.ALIVE);
        assertThat(millis).as("the slow endpoint holds its answer for 12 s").isLessThan(10_000);
    }

    @Test
    void whatTheBudgetDoesNotReachIsUncheckedNotDead() {
        LinkChecker.Options tight = new LinkChecker.Options(Duration.ofSeconds(3), Duration.ofSeconds(9), Duration.ofSeconds(5), 1, 5);
        // one at a time: the first slow address holds the only thread past the budget, the second never starts
        Map<String, LinkChecker.Outcome> outcomes = LinkChecker.create(tight)
                .check(List.of(server.url("/slow"), server.url("/slow-too"), server.url("/ok")));
        assertThat(outcomes.get(server.url("/ok")).status()).isEqualTo(LinkChecker.Status.ALIVE); // sorted first, so asked first
        assertThat(outcomes.get(server.url("/slow"))).isEqualTo(new LinkChecker.Outcome(LinkChecker.Status.UNCHECKED,
                "not checked: the time budget ran out"));
        assertThat(outcomes.get(server.url("/slow-too")).status()).isEqualTo(LinkChecker.Status.UNCHECKED);
        assertThat(server.requests()).doesNotContain("HEAD /slow-too");
    }

    @Test
    void eachAddressIsAskedOnceHoweverOftenItIsGiven() {
        String ok = server.url("/ok");
        Map<String, LinkChecker.Outcome> outcomes = LinkChecker.create(QUICK).check(List.of(ok, ok, ok));
        assertThat(outcomes).containsOnlyKeys(ok);
        assertThat(server.requests()).containsExactly("HEAD /ok");
    }

    @Test
    void aClosedPortIsDead() {
        String closed = server.url("/ok");
        server.close();
        LinkChecker.Outcome refused = LinkChecker.create(QUICK).check(List.of(closed)).get(closed);
        assertThat(refused.status()).isEqualTo(LinkChecker.Status.DEAD);
        assertThat(refused.reason()).startsWith("cannot connect to 127.0.0.1:");
    }
}
