package io.github.essaykit.fetch;

import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Looks a source up by its identifier, once, over the network: a DOI through its resolver by
 * content negotiation (CSL-JSON, as Crossref, DataCite and mEDRA serve it), an ISBN through a
 * book service that answers Open Library's {@code api/books} JSON. What comes back is untrusted:
 * it is read with a size limit and handed to {@link FetchedItem} to keep only clean CSL.
 *
 * @param doiResolver e.g. {@code https://doi.org}
 * @param isbnService an address with {@code {isbn}} where the ISBN goes
 */
public record SourceLookup(String doiResolver, String isbnService, Duration timeout) {

    public static final String OPEN_LIBRARY = "https://openlibrary.org/api/books?bibkeys=ISBN:{isbn}&format=json&jscmd=data";

    /** The most of an answer read: a CSL record is a few KB; Crossref's largest, with references, some hundreds. */
    static final int LIMIT = 4 << 20;

    private static final String CSL_JSON = "application/vnd.citationstyles.csl+json";

    /** A CSL item for the identifier (cleaned, with the key as its id), or why there is none. */
    public record Found(Map<String, Object> item, String problem) {

        static Found problem(String problem) {
            return new Found(null, problem);
        }
    }

    public Found lookup(Identifier id) {
        String address = id.kind() == Identifier.Kind.DOI ? Identifier.doiAddress(doiResolver, id.value())
                : isbnService.replace("{isbn}", id.value());
        Object json;
        try {
            HttpResponse<InputStream> response = client().send(HttpRequest.newBuilder(URI.create(address))
                    .timeout(timeout)
                    .header("Accept", id.kind() == Identifier.Kind.DOI ? CSL_JSON : "application/json")
                    .header("User-Agent", "essaykit fetch-sources (+https://github.com/essaykit/essaykit)")
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            String body = read(response.body());
            if (response.statusCode() == 404) {
                return Found.problem(address + " knows no such " + id.kind() + " (HTTP 404)");
            }
            if (response.statusCode() != 200) {
                return Found.problem(address + " answered HTTP " + response.statusCode());
            }
            json = parse(body);
        } catch (HttpTimeoutException e) {
            return Found.problem(address + " did not answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return Found.problem("cannot reach " + address + " (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ")");
        } catch (IllegalArgumentException e) {
            return Found.problem("'" + address + "' is not a valid address; check the resolver or service setting");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Found.problem("interrupted");
        }
        if (json == null) {
            return Found.problem(address + " did not answer with JSON");
        }
        Map<?, ?> record = (Map<?, ?>) json;
        if (id.kind() == Identifier.Kind.ISBN) {
            Object book = record.get("ISBN:" + id.value());
            if (!(book instanceof Map<?, ?> map)) {
                return Found.problem(address + " has no record of this ISBN");
            }
            record = OpenLibraryBook.toCsl(map, id.value());
        }
        return FetchedItem.clean(record, id);
    }

    private HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(LIMIT + 1);
            if (bytes.length > LIMIT) {
                throw new IOException("the answer is larger than " + (LIMIT >> 20) + " MiB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A JSON object, or null when the text is none. */
    private static Object parse(String body) {
        if (!body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            return new JsonParser(new JsonLexer(new StringReader(body))).parseObject();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
