package marquee.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import marquee.shared.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes an audit entry for every state-changing request of a staff member, whatever module served
 * it: who, the endpoint, when, the object (the created object's Location, else the path) and the answer's
 * status, refused ones included (probing another tenant's ids shows up as 404s).
 */
final class StaffAudit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StaffAudit.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuditStore store;
    private final Clock clock;

    StaffAudit(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (!READS.contains(request.getMethod())) {
                Caller.current().filter(c -> c.role().isStaff()).ifPresent(c -> record(c, request, response));
            }
        }
    }

    private void record(Caller caller, HttpServletRequest request, HttpServletResponse response) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
        String location = response.getHeader("Location");
        try {
            store.append(clock.instant(), caller.accountId(), caller.tenantId(), action,
                    location != null ? location : request.getRequestURI(), response.getStatus());
        } catch (RuntimeException e) {
            // The action itself has happened; a failing audit write must be seen in the logs, not break the answer.
            log.error("audit entry not written: {} by account {}", action, caller.accountId(), e);
        }
    }
}
