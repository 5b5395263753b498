package marquee.shared.security;

/**
 * What a person may do. Kept in the shared kernel because every module checks it; the accounts
 * module assigns it. Staff roles belong to a tenant of the matching kind.
 */
public enum Role {
    MOVIEGOER(null),
    DISTRIBUTOR_ANALYST(TenantKind.DISTRIBUTOR),
    DISTRIBUTOR_ADMIN(TenantKind.DISTRIBUTOR),
    CINEMA_MANAGER(TenantKind.CINEMA_CHAIN),
    OPERATOR(TenantKind.OPERATOR);

    private final TenantKind tenantKind;

    Role(TenantKind tenantKind) {
        this.tenantKind = tenantKind;
    }

    /** The kind of tenant an account with this role belongs to; null for moviegoers, who belong to none. */
    public TenantKind tenantKind() {
        return tenantKind;
    }

    public boolean isStaff() {
        return this != MOVIEGOER;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
