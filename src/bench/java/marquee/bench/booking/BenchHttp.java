package marquee.bench.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The booking bench's HTTP client: what a buyer's app does, over real HTTP/1.1 with keep-alive
 * connections (as most mobile and web clients still speak to an API), JSON in and out.
 */
final class BenchHttp {

    /** An answer: status and body; {@link #json()} parses it. */
    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final String base;

    BenchHttp(String baseUrl) {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build(), baseUrl);
    }

    private BenchHttp(HttpClient client, String baseUrl) {
        this.client = client;
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A client of its own that keeps cookies: a session, for signing a buyer in. */
    BenchHttp withCookies() {
        return new BenchHttp(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build(), base);
    }

    String base() {
        return base;
    }

    Answer get(String path, String token) {
        return send(request(path, token, null).GET());
    }

    Answer post(String path, String token, String json, String... headers) {
        HttpRequest.Builder request = request(path, token, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request);
    }

    private HttpRequest.Builder request(String path, String token, String[] headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers != null && headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
