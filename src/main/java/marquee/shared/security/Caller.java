package marquee.shared.security;

import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: the principal of every authenticated request, whether it came with the session
 * cookie or a personal API token. Modules use it for object-level checks (a distributor's own films,
 * a chain's own cinemas) without depending on the accounts module.
 */
public record Caller(long accountId, String email, Role role, Long tenantId) implements Serializable {

    /** The caller of the current request; empty for an anonymous one. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? Optional.of(caller) : Optional.empty();
    }

    public boolean isOperator() {
        return role == Role.OPERATOR;
    }

    /** Whether an object owned by {@code ownerTenantId} is this caller's tenant's (never for market-wide objects). */
    public boolean belongsTo(Long ownerTenantId) {
        return ownerTenantId != null && ownerTenantId.equals(tenantId);
    }

    /** The operator, or staff of the owning tenant: who may see and change a tenant's private objects. */
    public boolean mayManage(Long ownerTenantId) {
        return isOperator() || belongsTo(ownerTenantId);
    }
}
