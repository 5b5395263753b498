package marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import marquee.testing.MarqueeTest;
import marquee.testing.OnDemoMarket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No dead ends (issue 19 item 5): every console and storefront page, collected from Spring's request mappings (so a
 * new page is walked without touching this test), opened as a browser does with and without its parameters, by
 * every demo role and by an anonymous visitor on the demo market. No answer may be a framework error page
 * ("Whitelabel", a stack trace) or a 5xx; every error answers in the console's layout with ways on. The JSON API
 * keeps answering problem details.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OnDemoMarket
@TestPropertySource(properties = {"marquee.demo.past-days=0", "marquee.demo.moviegoers=50"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoDeadEndsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    /** What the framework's own error pages and a leaked exception look like. */
    private static final Pattern FRAMEWORK_ERROR = Pattern.compile(
            "Whitelabel|There was an unexpected error|\\bat (java|org|marquee)\\.[\\w.$]+\\(|java\\.lang\\.\\w+Exception|TemplateInputException");
    private static final String PASSWORD = "marquee-demo-2026";
    private static final List<String> ROLES = List.of("operator@marquee.demo", "admin@huaxia.demo", "analyst@lumen.demo",
            "manager@wanda.demo", "moviegoer@marquee.demo");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, String> ids = new TreeMap<>();

    @BeforeAll
    void sampleIds() {
        ids.put("films", id("select min(id) from film where announced = true"));
        ids.put("film", ids.get("films"));
        ids.put("cinemas", id("select min(id) from cinema"));
        ids.put("screenings", id("select min(id) from screening where starts_at > current_timestamp"));
        ids.put("campaigns", id("select min(id) from campaign"));
        ids.put("coupons", jdbc.sql("select min(code) from coupon").query(String.class).optional().orElse("NONE"));
        ids.put("releases", id("select min(id) from film_release"));
    }

    /** A route of a page: its pattern and the request parameters its handler reads. */
    record Route(String pattern, HandlerMethod handler) {}

    @Test
    void every_page_answers_in_the_layout_with_and_without_its_parameters_for_every_role() throws Exception {
        List<Route> routes = routes();
        assertThat(routes).as("console and storefront pages found").hasSizeGreaterThan(20);
        List<String> dead = new ArrayList<>();
        List<Browser> browsers = new ArrayList<>();
        browsers.add(new Browser(null));
        for (String email : ROLES) {
            browsers.add(new Browser(email));
        }
        int requests = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Route route : routes) {
            for (String path : List.of(path(route, false), path(route, true))) {
                for (Browser browser : browsers) {
                    HttpResponse<String> answer = browser.get(path);
                    requests++;
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    String who = (browser.email == null ? "anonymous" : browser.email) + " GET " + path + " -> " + answer.statusCode();
                    if (answer.statusCode() >= 500) {
                        dead.add(who + " (server error)");
                    } else if (FRAMEWORK_ERROR.matcher(answer.body()).find()) {
                        dead.add(who + " (framework error page or stack trace)");
                    } else if (answer.statusCode() >= 400 && !answer.body().contains("class=\"brand\"")) {
                        dead.add(who + " (an error outside the console's layout)");
                    }
                }
            }
        }
        System.out.println("no dead ends: " + routes.size() + " routes, " + requests + " requests, by status " + statuses + ": "
                + routes.stream().map(Route::pattern).toList());
        assertThat(dead).as("pages that are dead ends").isEmpty();
    }

    @Test
    void a_page_without_its_parameters_asks_for_them() throws Exception {
        Browser operator = new Browser("operator@marquee.demo");
        HttpResponse<String> compare = operator.get("/audience/compare");
        assertThat(compare.statusCode()).isEqualTo(200);
        assertThat(compare.body()).contains("<select name=\"a\"", "<select name=\"b\"", "class=\"brand\"");

        HttpResponse<String> chinese = operator.get("/audience/compare?lang=zh");
        assertThat(chinese.body()).contains("比较两部影片的观众");

        HttpResponse<String> wrong = operator.get("/audience/compare?a=x&b=y");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("class=\"brand\"", "name=\"a\"");
    }

    @Test
    void unknown_pages_and_refusals_say_so_in_the_layout_and_the_api_keeps_problem_details() throws Exception {
        Browser manager = new Browser("manager@wanda.demo");
        HttpResponse<String> missing = manager.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Not found", "class=\"brand\"", "href=\"/films\"");

        HttpResponse<String> noFilm = manager.get("/films/999999999");
        assertThat(noFilm.statusCode()).isEqualTo(404);
        assertThat(noFilm.body()).contains("class=\"brand\"");

        HttpResponse<String> forbidden = new Browser("moviegoer@marquee.demo").get("/boxoffice");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("This page is not for your role", "class=\"brand\"");

        HttpResponse<String> notAllowed = manager.send("DELETE", "/films");
        assertThat(notAllowed.statusCode()).isIn(403, 405);
        assertThat(notAllowed.body()).doesNotContain("Whitelabel");

        HttpResponse<String> api = manager.get("/api/no-such-thing", "application/json");
        assertThat(api.statusCode()).isIn(403, 404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> apiFromBrowser = manager.get("/api/films/999999999");
        assertThat(apiFromBrowser.statusCode()).isEqualTo(404);
        assertThat(apiFromBrowser.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    /** The GET pages: every mapping of a controller that renders pages (not the JSON API, not a stream). */
    private List<Route> routes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            HandlerMethod handler = e.getValue();
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)
                    || handler.getBeanType().isAnnotationPresent(RestController.class)
                    || handler.hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class)
                    || info.getProducesCondition().getProducibleMediaTypes().contains(MediaType.TEXT_EVENT_STREAM)
                    || info.getPathPatternsCondition() == null) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/api") || pattern.startsWith("/error") || pattern.startsWith("/actuator")
                        || pattern.equals("/logout")) {
                    continue;
                }
                routes.putIfAbsent(pattern, new Route(pattern, handler));
            }
        }
        return List.copyOf(routes.values());
    }

    /** The route's address: path variables filled from the demo market, and with {@code parameters} its request parameters too. */
    private String path(Route route, boolean parameters) {
        String[] parts = route.pattern().split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("{")) {
                String before = i > 1 ? parts[i - 1] : "";
                part = ids.getOrDefault(before, ids.getOrDefault("films", "1"));
            }
            path.append('/').append(part);
        }
        if (path.isEmpty()) {
            path.append('/');
        }
        if (parameters) {
            List<String> query = new ArrayList<>();
            for (MethodParameter p : route.handler().getMethodParameters()) {
                RequestParam param = p.getParameterAnnotation(RequestParam.class);
                if (param == null || Map.class.isAssignableFrom(p.getParameterType())) {
                    continue;
                }
                String name = !param.name().isEmpty() ? param.name() : p.getParameterName();
                query.add(name + "=" + URLEncoder.encode(sample(name, p.getNestedParameterType()), StandardCharsets.UTF_8));
            }
            if (!query.isEmpty()) {
                path.append('?').append(String.join("&", query));
            }
        }
        return path.toString();
    }

    private String sample(String name, Class<?> type) {
        if (type == LocalDate.class || name.contains("date") || name.equals("day")) {
            return LocalDate.now().toString();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (name.equals("b")) {
            return id("select max(id) from film where announced = true");
        }
        if (name.toLowerCase().contains("cinema")) {
            return ids.get("cinemas");
        }
        if (name.toLowerCase().contains("screening")) {
            return ids.get("screenings");
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return ids.get("films");
        }
        return "x";
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(Long.class).optional().map(String::valueOf).orElse("1");
    }

    /** A browser: HTML first, cookies kept, signed in through the console's form unless anonymous. */
    private final class Browser {

        final String email;
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();

        Browser(String email) throws Exception {
            this.email = email;
            if (email != null) {
                Matcher csrf = CSRF.matcher(get("/login").body());
                assertThat(csrf.find()).isTrue();
                String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + PASSWORD
                        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
                HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(signedIn.statusCode()).as("signing in " + email).isEqualTo(302);
            }
        }

        HttpResponse<String> get(String path) throws Exception {
            return get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        }

        HttpResponse<String> get(String path, String accept) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html").method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
