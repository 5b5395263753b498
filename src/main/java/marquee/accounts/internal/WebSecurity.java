package marquee.accounts.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import marquee.accounts.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The web security of the whole application: the session cookie or a personal API token, CSRF on
 * forms, and authorization from the one rule table {@link AccessRules} with deny by default.
 */
@Configuration
@EnableWebSecurity
class WebSecurity {

    /**
     * Calls carrying a bearer token: the same rules, a leaner chain. Such a call is authenticated by its token alone
     * (or refused with 401), so it needs no session (none is read or created), no CSRF token (a browser never adds a
     * bearer token on its own), no anonymous caller, no logout and no request cache. Staff actions are audited as in
     * the other chain. Only API calls: a page (storefront, console) renders forms that carry the CSRF token, so a
     * page asked with a bearer token goes through the full chain below.
     */
    @Bean
    @Order(0)
    SecurityFilterChain tokenCalls(HttpSecurity http, ApiTokens tokens, AuditStore audit, Clock clock) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.securityMatcher(request -> BearerTokenAuthentication.carriesToken(request)
                        && request.getRequestURI().startsWith(request.getContextPath() + "/api/"))
                .authorizeHttpRequests(this::applyRules)
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .addFilterBefore(new BearerTokenAuthentication(tokens), AuthorizationFilter.class)
                .addFilterAfter(new StaffAudit(audit, clock), AuthorizationFilter.class);
        return http.build();
    }

    /** Every other request: the session cookie (console, storefront, signed-in API callers) or none. */
    @Bean
    @Order(1)
    SecurityFilterChain security(HttpSecurity http, ApiTokens tokens, AuditStore audit, Clock clock,
                                 HttpSessionSecurityContextRepository contexts) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.authorizeHttpRequests(this::applyRules)
                .securityContext(context -> context.securityContextRepository(contexts))
                // Forms and session writes need the CSRF token. Browsers never add a bearer token on their own, and an
                // API request without a live session carries no authority another site could borrow.
                .csrf(csrf -> csrf.ignoringRequestMatchers(WebSecurity::cannotBeForged))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out").deleteCookies("JSESSIONID"))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .addFilterBefore(new BearerTokenAuthentication(tokens), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new StaffAudit(audit, clock), AuthorizationFilter.class);
        return http.build();
    }

    private void applyRules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
        // Error pages, forwards and async dispatches (the end of a server-sent event stream) belong to a
        // request that was already authorized; a token caller has no session to re-authorize them from.
        registry.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC).permitAll();
        for (AccessRules.Rule rule : AccessRules.RULES) {
            RequestMatcher matcher = rule.method() == null
                    ? PathPatternRequestMatcher.withDefaults().matcher(rule.pattern())
                    : PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern());
            if (rule.access().anyone()) {
                registry.requestMatchers(matcher).permitAll();
            } else {
                registry.requestMatchers(matcher).hasAnyRole(rule.access().roles().stream().map(Enum::name).toArray(String[]::new));
            }
        }
        registry.anyRequest().denyAll();
    }

    private static boolean cannotBeForged(HttpServletRequest request) {
        return BearerTokenAuthentication.carriesToken(request)
                || ProblemResponses.isApi(request) && !request.isRequestedSessionIdValid();
    }

    /**
     * No observation (span and timer) around every security filter of every request, not even a no-op one: the
     * filters cost more to observe than to run, and http.server.requests still times each request as a whole.
     */
    @Bean
    SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    HttpSessionSecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** bcrypt through the delegating encoder, so stored hashes name their algorithm and can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** No built-in user: Boot would otherwise create one with a generated password. Accounts sign in through SignIn. */
    @Bean
    UserDetailsService noBuiltInUsers() {
        return new InMemoryUserDetailsManager();
    }
}
