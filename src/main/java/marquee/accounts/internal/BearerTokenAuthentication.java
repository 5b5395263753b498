package marquee.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import marquee.accounts.ApiTokens;
import marquee.shared.security.Caller;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <personal API token>} for that
 * request only (nothing goes into a session). A wrong or revoked token is a 401 at once.
 */
final class BearerTokenAuthentication extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;

    BearerTokenAuthentication(ApiTokens tokens) {
        this.tokens = tokens;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader("Authorization").substring(PREFIX.length()).trim();
        Optional<Caller> caller = secret.isEmpty() || secret.length() > 200 ? Optional.empty() : tokens.callerFor(secret);
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ProblemResponses.write(response, 401, "Unauthorized", "The API token is not valid or was revoked");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(Sessions.authenticationOf(caller.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
