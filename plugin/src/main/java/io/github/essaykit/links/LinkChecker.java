package io.github.essaykit.links;

import io.github.essaykit.safety.HrefEncoding;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Asks web servers whether addresses still answer, with the JDK's {@link HttpClient}: each
 * address once, a few at a time, each request under a time limit and the whole check under a
 * budget. HEAD first; GET when the server refuses HEAD (405, 403, 501), since many do.
 * Redirects are followed here rather than by the client, so that a loop is named as one and a
 * chain stops at {@link Options#maxRedirects()}. Nothing here knows where an address was written.
 */
public final class LinkChecker {

    /**
     * How long and how wide: {@code connect} and {@code read} (until the response's headers)
     * per request, {@code budget} for the whole check, {@code concurrency} requests at once.
     */
    public record Options(Duration connect, Duration read, Duration budget, int concurrency, int maxRedirects) {

        public static final Options DEFAULT = new Options(Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(60), 8, 10);

        public Options {
            concurrency = Math.max(1, concurrency);
            maxRedirects = Math.max(0, maxRedirects);
        }
    }

    /** What became of an address: alive, dead (with why), or not checked within the budget. */
    public record Outcome(Status status, String reason) {

        static final Outcome ALIVE = new Outcome(Status.ALIVE, "");
        static final Outcome UNCHECKED = new Outcome(Status.UNCHECKED, "not checked: the time budget ran out");

        static Outcome dead(String reason) {
            return new Outcome(Status.DEAD, reason);
        }
    }

    public enum Status { ALIVE, DEAD, UNCHECKED }

    /** HEAD refused by these, so GET is tried: method not allowed, forbidden (some CDNs), not implemented. */
    private static final Set<Integer> HEAD_REFUSED = Set.of(405, 403, 501);

    private static final String USER_AGENT = "essaykit-link-check (+https://github.com/essaykit/essaykit)";

    private final Options options;
    private final HttpClient client;

    private LinkChecker(Options options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static LinkChecker create(Options options) {
        return new LinkChecker(options);
    }

    /** The outcome of each distinct address, sorted by address; the same address is asked once. */
    public Map<String, Outcome> check(Collection<String> addresses) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(addresses));
        Map<String, Outcome> outcomes = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.concurrency(), Math.max(1, distinct.size())),
                daemon());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (String address : distinct) {
                futures.add(pool.submit(() -> checkOne(address)));
            }
            long deadline = System.nanoTime() + options.budget().toNanos();
            for (int i = 0; i < distinct.size(); i++) {
                outcomes.put(distinct.get(i), await(futures.get(i), deadline));
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private static Outcome await(Future<Outcome> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            future.cancel(true);
            return Outcome.UNCHECKED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.UNCHECKED;
        } catch (java.util.concurrent.ExecutionException e) {
            return Outcome.dead("the check failed: " + e.getCause());
        }
    }

    /** One address, following its redirects. */
    Outcome checkOne(String address) {
        URI uri;
        try {
            uri = URI.create(HrefEncoding.encode(address.strip())); // as a browser would follow it
        } catch (IllegalArgumentException e) {
            return Outcome.dead("not a valid address (" + e.getMessage() + ")");
        }
        Set<URI> seen = new LinkedHashSet<>();
        for (int hop = 0; ; hop++) {
            if (!seen.add(uri)) {
                return Outcome.dead("redirect loop (back to " + uri + ")");
            }
            if (hop > options.maxRedirects()) {
                return Outcome.dead("more than " + options.maxRedirects() + " redirects");
            }
            HttpResponse<Void> response;
            try {
                response = send(uri, "HEAD");
                if (HEAD_REFUSED.contains(response.statusCode())) {
                    response = send(uri, "GET");
                }
            } catch (HttpTimeoutException e) {
                return Outcome.dead("no answer within " + seconds(e.getMessage().contains("connect") ? options.connect()
                        : options.read()) + " (timed out)");
            } catch (IOException e) {
                return Outcome.dead(failure(e, uri));
            } catch (IllegalArgumentException e) {
                return Outcome.dead("not an http(s) address");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.UNCHECKED;
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return Outcome.dead("HTTP " + status + " redirect without a Location");
                }
                try {
                    uri = uri.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    return Outcome.dead("HTTP " + status + " redirect to an invalid address");
                }
                continue;
            }
            return status >= 400 ? Outcome.dead("HTTP " + status + (hop > 0 ? " at " + uri : "")) : Outcome.ALIVE;
        }
    }

    private HttpResponse<Void> send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(options.read())
                .header("User-Agent", USER_AGENT)
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private static String failure(IOException e, URI uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "the host " + uri.getHost() + " is not found (DNS)";
            }
        }
        if (e instanceof ConnectException) {
            return "cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        }
        return "the request failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "essaykit-link-check");
            thread.setDaemon(true);
            return thread;
        };
    }
}
