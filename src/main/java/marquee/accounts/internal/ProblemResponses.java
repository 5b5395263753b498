package marquee.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What a refused request gets: the JSON API answers problem details (401 for anonymous callers,
 * never a redirect; 403 for a role that may not call the endpoint); pages send people to /login.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (isApi(request)) {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, 401, "Unauthorized", "Sign in (session cookie) or send a personal API token (Authorization: Bearer ...)");
        } else {
            response.sendRedirect("/login");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        String detail = e instanceof CsrfException
                ? "The request has no valid CSRF token (send it as X-CSRF-TOKEN, or use an API token)"
                : "Your role may not do this";
        if (isApi(request)) {
            write(response, 403, "Forbidden", detail);
        } else {
            // The error page in the console's layout (marquee.console.internal.PageErrors) says it and shows ways on.
            if (e instanceof CsrfException) {
                request.setAttribute("marquee.error.csrf", Boolean.TRUE); // an expired form, not a role: said so
            }
            response.sendError(403);
        }
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
