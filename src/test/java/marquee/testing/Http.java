package marquee.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for tests against the running application on its random port: anonymous,
 * with a personal API token ({@link #withToken}), or keeping cookies like a browser ({@link #withCookies}).
 */
public final class Http {

    /** A response: status, body text, and the body as JSON when it is JSON. */
    public record Answer(int status, String body, String contentType, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return MAPPER.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final HttpClient client;
    private final String base;
    private final List<String> headers;

    public Http(int port) {
        this(HttpClient.newHttpClient(), "http://127.0.0.1:" + port, List.of());
    }

    private Http(HttpClient client, String base, List<String> headers) {
        this.client = client;
        this.base = base;
        this.headers = headers;
    }

    /** The same client sending {@code Authorization: Bearer token}. */
    public Http withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    public Http withHeader(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new Http(client, base, more);
    }

    /** The same client (its cookies and headers) talking to another server on this machine, as a browser behind a balancer. */
    public Http on(int port) {
        return new Http(client, "http://127.0.0.1:" + port, headers);
    }

    /** A new client that keeps cookies (a session), like a browser. */
    public Http withCookies() {
        return new Http(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), base, headers);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String path, String json) {
        return send("POST", path, json);
    }

    /** A GET that reads the status and headers only, for endpoints that stream (server-sent events). */
    public Answer head(String path) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .header("Accept", "application/json, text/event-stream, */*;q=0.8");
            if (!headers.isEmpty()) {
                request.headers(headers.toArray(String[]::new));
            }
            HttpResponse<java.io.InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return new Answer(response.statusCode(), "", response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer put(String path, String json) {
        return send("PUT", path, json);
    }

    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    public Answer send(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A post whose body is streamed without a Content-Length (chunked). */
    public Answer postChunked(String path, String json) {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))));
    }

    /** A form post, as a browser sends it. */
    public Answer postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            request.header("Accept", "application/json, */*;q=0.8");
            if (!headers.isEmpty()) {
                request.headers(headers.toArray(String[]::new));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
