package marquee.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.shared.security.Role;
import marquee.testing.Http;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint of the running application, taken from its handler mappings (so a new endpoint cannot
 * be forgotten), called anonymously and with each role: allowed or denied exactly as {@link AccessRules}
 * declares. An endpoint without a rule fails here (and is denied to everyone at run time).
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTest {

    /** One endpoint: a method and a pattern of a handler mapping. */
    record Endpoint(HttpMethod method, String pattern) implements Comparable<Endpoint> {
        String path() {
            return pattern.replace("/**", "").replaceAll("\\{[^}]+}", "999999");
        }

        @Override
        public int compareTo(Endpoint other) {
            return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;

    Http anonymous;
    Map<Role, Http> asRole = new EnumMap<>(Role.class);
    AccountFixtures fixtures;

    @BeforeEach
    void callers() {
        anonymous = new Http(port);
        fixtures = new AccountFixtures(accounts, tokens);
        for (Role role : Role.values()) {
            asRole.put(role, anonymous.withToken(fixtures.as(role).token()));
        }
    }

    @Test
    void every_endpoint_of_the_application_has_a_declared_rule() {
        Set<Endpoint> endpoints = endpoints();
        List<Endpoint> undeclared = endpoints.stream().filter(e -> AccessRules.ruleFor(e.method(), e.pattern()).isEmpty()).toList();

        assertThat(endpoints).hasSizeGreaterThan(30)
                .contains(new Endpoint(HttpMethod.POST, "/api/films"), new Endpoint(HttpMethod.GET, "/api/audit"),
                        new Endpoint(HttpMethod.POST, "/api/audience/rebuild"));
        assertThat(undeclared).as("endpoints without a rule in AccessRules").isEmpty();
    }

    @Test
    void every_endpoint_allows_and_denies_each_role_and_anonymous_callers_as_declared() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Optional<AccessRules.Rule> rule = AccessRules.ruleFor(endpoint.method(), endpoint.pattern());
            if (rule.isEmpty()) {
                continue; // reported by the test above
            }
            AccessRules.Access access = rule.get().access();
            check(endpoint, "anonymous", access.permits(Optional.empty()), anonymousCall(endpoint), wrong);
            for (Role role : Role.values()) {
                // Being forgotten ends the caller's token: that call gets a caller of its own.
                Http caller = endpoint.equals(new Endpoint(HttpMethod.DELETE, "/api/me"))
                        ? anonymous.withToken(fixtures.as(role).token()) : asRole.get(role);
                check(endpoint, role.name(), access.permits(Optional.of(role)), call(caller, endpoint), wrong);
            }
        }
        assertThat(wrong).as("answers that break the rule table").isEmpty();
    }

    private static void check(Endpoint endpoint, String who, boolean allowed, Http.Answer answer, List<String> wrong) {
        boolean refused = answer.status() == 401 || answer.status() == 403
                || answer.status() == 302 && String.valueOf(answer.header("Location")).endsWith("/login");
        boolean asDeclared = allowed ? !refused : refusedProperly(who, endpoint, answer);
        if (!asDeclared) {
            wrong.add(endpoint + " as " + who + ": " + answer.status() + (allowed ? " (should be allowed)" : " (should be refused)"));
        }
    }

    /** Anonymous callers of the API get 401 (never a redirect), of pages the sign-in page; roles get 403. */
    private static boolean refusedProperly(String who, Endpoint endpoint, Http.Answer answer) {
        boolean api = endpoint.pattern().startsWith("/api/") || endpoint.pattern().startsWith("/actuator");
        if (!who.equals("anonymous")) {
            return answer.status() == 403;
        }
        return api ? answer.status() == 401 && answer.contentType().startsWith("application/problem+json")
                : answer.status() == 302 && String.valueOf(answer.header("Location")).endsWith("/login");
    }

    /** Anonymous form posts carry a CSRF token from the sign-in page, as a browser's would. */
    private Http.Answer anonymousCall(Endpoint endpoint) {
        if (endpoint.method() == HttpMethod.GET || endpoint.pattern().startsWith("/api/")) {
            return call(anonymous, endpoint);
        }
        Http browser = anonymous.withCookies();
        Matcher csrf = CSRF_FIELD.matcher(browser.get("/login").body());
        assertThat(csrf.find()).as("the sign-in page has a CSRF field").isTrue();
        return call(browser.withHeader("X-CSRF-TOKEN", csrf.group(1)), endpoint);
    }

    private static Http.Answer call(Http http, Endpoint endpoint) {
        // Status and headers are enough to judge, and some endpoints stream without end (server-sent events).
        return endpoint.method() == HttpMethod.GET ? http.head(endpoint.path())
                : endpoint.method() == HttpMethod.DELETE ? http.delete(endpoint.path())
                : http.send(endpoint.method().name(), endpoint.path(), "{}");
    }

    private Set<Endpoint> endpoints() {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add(new Endpoint(HttpMethod.GET, pattern));
                    }
                    methods.forEach(m -> endpoints.add(new Endpoint(m.asHttpMethod(), pattern)));
                }
            }
        }
        return endpoints;
    }
}
