package marquee.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import marquee.shared.security.Caller;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Starts and ends the session (cookie) of a signed-in person, for the console and the API alike. */
@Component
class Sessions {

    private final HttpSessionSecurityContextRepository repository;

    Sessions(HttpSessionSecurityContextRepository repository) {
        this.repository = repository;
    }

    static Authentication authenticationOf(Caller caller) {
        return UsernamePasswordAuthenticationToken.authenticated(caller, null,
                List.of(new SimpleGrantedAuthority(caller.role().authority())));
    }

    /** Signs the caller in; a session that existed before gets a new id (no session fixation). */
    void start(Caller caller, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticationOf(caller));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    void end(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        new CookieClearingLogoutHandler("JSESSIONID").logout(request, response, null);
    }
}
